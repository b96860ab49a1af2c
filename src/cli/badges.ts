/// <reference types="node" />
// `sparkpulse badges`: every product in the index as a static SVG badge and
// as a shields.io endpoint document, for pages where no script runs (a
// README, an npm page, an email). index.json is read with the widgets' own
// reader, so a badge says what <sp-velocity-badge> says. Returns what was
// written; printing it is badges-command.ts's job.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeBadge } from 'badge-maker';
import { ContractError, Reader, readIndex, type Index, type ProductSummary } from '../contract/index.js';
import { cutGraphemes } from '../contract/rules.js';
import { englishWords } from '../text/words.js';
import type { Source } from '../node/source.js';
import { velocityBand } from './velocity-bands.js';

export const BADGE_STYLES = ['flat', 'flat-square', 'for-the-badge'] as const;
export type BadgeStyle = (typeof BADGE_STYLES)[number];

/**
 * Longest label, in UTF-16 code units on whole graphemes, before "…". The
 * reader allows 200; a badge is read at a glance, and 60 characters of
 * Verdana are already about 400 px wide.
 */
export const LABEL_MAX = 60;

/** The shields.io endpoint badge's document (https://shields.io/badges/endpoint-badge). */
export interface ShieldsEndpoint {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

/** What the command wrote, each path as the user would spell it. */
export interface BadgesResult {
  /** The folders the files went to. */
  badges: string;
  shields: string;
  /** One per product, in index order. */
  written: { slug: string; svg: string; json: string }[];
  /** The reader's warnings on index.json, and slugs listed twice; each already names its document. */
  warnings: string[];
}

/** index.json cannot be read, or a file cannot be written: nothing the arguments could fix (exit 1). */
export class BadgesError extends Error {
  override name = 'BadgesError';
}

const INDEX = 'index.json';
/** Files written at once: enough to keep a disk busy without running out of file handles. */
const WRITERS = 16;

// XML 1.0 forbids most controls and U+FFFE/U+FFFF, and a lone surrogate is
// no character at all: a name holding one would make an SVG no viewer opens.
// The bidi embeddings, overrides, isolates and marks go too. A name never
// needs them, and left in, an override turns "velocity 5.0" into
// "0.5 yticolev" in the title, which tooltips and screen readers give.
// Without them, a right-to-left name still reads right to left, and digits
// always read left to right, so no name can reverse the score.
//
// The name is not isolated (U+2068 … U+2069) as the widgets' sentences do:
// badge-maker stretches each text to a computed width (textLength), and
// Chromium then draws an isolated Hebrew name in reverse letter order.
import { DROPPED_CONTROLS as DROPPED } from '../text/controls.js';

/**
 * The badge's left text: the product's name without controls, its white
 * space collapsed, cut to LABEL_MAX. The slug stands in for a name that was
 * only such characters.
 */
export function badgeLabel(name: string, slug: string): string {
  const plain = name
    .replace(DROPPED, (c) => (/\s/.test(c) ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
  // "Long name …" would read as a word left out; "Long name…" as a cut.
  return cutGraphemes(plain || slug, LABEL_MAX).replace(/\s+…$/, '…');
}

// English, as the endpoint's index has no reader whose language could choose.
const words = englishWords();

/** The right text: "velocity 5.0", in the widget's own English words. */
export function badgeMessage(velocity: number): string {
  return words.t('velocity', { score: words.score(velocity) });
}

export function badgeSvg(product: ProductSummary, style: BadgeStyle = 'flat'): string {
  return makeBadge({
    label: badgeLabel(product.name, product.slug),
    message: badgeMessage(product.velocity),
    color: velocityBand(product.velocity).color,
    style,
  });
}

/** The fields shields.io requires and the colour; nothing else, so nothing can disagree with the SVG. */
export function shieldsEndpoint(product: ProductSummary): ShieldsEndpoint {
  return {
    schemaVersion: 1,
    label: badgeLabel(product.name, product.slug),
    message: badgeMessage(product.velocity),
    color: velocityBand(product.velocity).color,
  };
}

/**
 * Writes `<out>/badges/<slug>.svg` and `<out>/shields/<slug>.json` for every
 * product `source`'s index.json lists. A slug is the reader's, so it is safe
 * as a file name. Files are overwritten; files of products no longer listed
 * are left alone.
 */
export async function writeBadges(source: Source, out: string, style: BadgeStyle = 'flat'): Promise<BadgesResult> {
  const [index, warnings] = await readIndexOf(source);
  const products = uniqueProducts(index, warnings);
  const badges = join(out, 'badges');
  const shields = join(out, 'shields');
  const written = products.map(({ slug }) => ({ slug, svg: join(badges, `${slug}.svg`), json: join(shields, `${slug}.json`) }));
  if (products.length > 0) {
    await writing(badges, () => mkdir(badges, { recursive: true }));
    await writing(shields, () => mkdir(shields, { recursive: true }));
  }
  let next = 0;
  const writer = async () => {
    while (next < products.length) {
      const i = next++;
      const { svg, json } = written[i];
      await writing(svg, () => writeFile(svg, badgeSvg(products[i], style)));
      await writing(json, () => writeFile(json, `${JSON.stringify(shieldsEndpoint(products[i]), null, 2)}\n`));
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITERS, products.length) }, writer));
  return { badges, shields, written, warnings };
}

async function readIndexOf(source: Source): Promise<[Index, string[]]> {
  const fetched = await source.read(INDEX);
  if ('problem' in fetched) {
    // A fetch problem names its URL; the others are said of the document.
    throw new BadgesError(fetched.problem === 'fetch' ? fetched.message : `${INDEX} ${fetched.message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(fetched.text);
  } catch (error) {
    throw new BadgesError(`${INDEX} is not JSON (${(error as Error).message})`);
  }
  try {
    return Reader.read(INDEX, json, readIndex);
  } catch (error) {
    if (error instanceof ContractError) throw new BadgesError(`${error.message}; the widgets refuse it`);
    throw error;
  }
}

/** Each slug once, the first listing kept, as the widgets find it. */
function uniqueProducts(index: Index, warnings: string[]): ProductSummary[] {
  const seen = new Set<string>();
  return index.products.filter(({ slug }) => {
    if (seen.has(slug)) {
      warnings.push(`${INDEX} products: "${slug}" is listed more than once; its badge shows the first`);
      return false;
    }
    seen.add(slug);
    return true;
  });
}

/** A file system error as one line naming the path, not a stack trace. */
async function writing(path: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BadgesError(`could not write ${path} (${code ?? (error as Error).message})`);
  }
}
