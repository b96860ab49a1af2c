/// <reference types="node" />
// `sparkpulse badges`: every product in the index as a static SVG badge and
// as a shields.io endpoint document, for pages where no script runs (a
// README, an npm page, an email). index.json is read with the widgets' own
// reader, so a badge says what <sp-velocity-badge> says. Returns what was
// written; printing it is badges-command.ts's job. Files are written with
// node/safe-files.ts: never through a link below the output folder.
import { join } from 'node:path';
import { ContractError, Reader, readIndex, type Index, type ProductSummary } from '../contract/index.js';
import { cutGraphemes } from '../contract/rules.js';
import { englishWords } from '../text/words.js';
import { importPeer } from '../node/peer.js';
import { writeAllInside, type FileToWrite } from '../node/safe-files.js';
import { MAX_INPUT_BYTES, notJson, type Source } from '../node/source.js';
import { velocityBand } from '../model/velocity-bands.js';
import { withoutControls } from '../text/controls.js';

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
  /** How many of those files already held what was to be written, and were left untouched. */
  unchanged: number;
  /** The reader's warnings on index.json, and slugs listed twice; each already names its document. */
  warnings: string[];
}

/** index.json cannot be read or is refused: nothing the arguments could fix (exit 1). A file that cannot be written is a WriteFailedError. */
export class BadgesError extends Error {
  override name = 'BadgesError';
}

const INDEX = 'index.json';

// The name is not isolated (U+2068 … U+2069) as the widgets' sentences do:
// badge-maker stretches each text to a computed width (textLength), and
// Chromium then draws an isolated Hebrew name in reverse letter order.
// Controls and bidi marks are dropped instead (DROPPED_CONTROLS says why).

/**
 * The badge's left text: the product's name without controls, its white
 * space collapsed, cut to LABEL_MAX. The slug stands in for a name that was
 * only such characters.
 */
export function badgeLabel(name: string, slug: string): string {
  const plain = withoutControls(name)
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

let badgeMaker: Promise<typeof import('badge-maker')> | undefined;

/** badge-maker, an optional peer: imported once, when the first badge is drawn. */
export function loadBadgeMaker(): Promise<typeof import('badge-maker')> {
  badgeMaker ??= importPeer('badge-maker', 'Drawing badges (sparkpulse badges, sparkpulse build)', () => import('badge-maker'));
  return badgeMaker;
}

export async function badgeSvg(product: ProductSummary, style: BadgeStyle = 'flat'): Promise<string> {
  const { makeBadge } = await loadBadgeMaker();
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
 * as a file name. Files are replaced, unless they already hold the same
 * bytes; files of products no longer listed are left alone. A symbolic link
 * at badges/, shields/ or any of the files refuses the whole run before
 * anything is written (RefusedPathError, from node/safe-files.ts); a file
 * that cannot be written stops the rest (WriteFailedError).
 */
export async function writeBadges(source: Source, out: string, style: BadgeStyle = 'flat'): Promise<BadgesResult> {
  await loadBadgeMaker();
  const [index, warnings] = await readIndexOf(source);
  const products = uniqueProducts(index, warnings);
  const badges = join(out, 'badges');
  const shields = join(out, 'shields');
  const written = products.map(({ slug }) => ({ slug, svg: join(badges, `${slug}.svg`), json: join(shields, `${slug}.json`) }));
  const files: FileToWrite[] = [];
  for (const product of products) {
    files.push(
      { path: `badges/${product.slug}.svg`, content: await badgeSvg(product, style) },
      { path: `shields/${product.slug}.json`, content: `${JSON.stringify(shieldsEndpoint(product), null, 2)}\n` },
    );
  }
  const outcomes = files.length > 0 ? await writeAllInside(out, files) : [];
  const unchanged = outcomes.filter((outcome) => outcome === 'unchanged').length;
  return { badges, shields, written, unchanged, warnings };
}

async function readIndexOf(source: Source): Promise<[Index, string[]]> {
  // The producer's index, which may be past the widgets' cap: they read shards then (sparkpulse build).
  const fetched = await source.read(INDEX, { maxBytes: MAX_INPUT_BYTES });
  if ('problem' in fetched) {
    // A fetch problem names its URL; the others are said of the document.
    throw new BadgesError(fetched.problem === 'fetch' ? fetched.message : `${INDEX} ${fetched.message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(fetched.text);
  } catch (error) {
    throw new BadgesError(`${INDEX} ${notJson(fetched.text, error as Error)}`);
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
