// The comparison's FAQ, in the words of the site's own comparison page:
// every answer is built from the data, and points to the sections that show
// more when the widget shows them.
import type { Product, ProductSummary } from '../contract/types.js';
import { isolate } from './isolate.js';
import type { Words } from './words.js';

export interface FaqEntry {
  question: string;
  /** The whole answer, as plain text: what the widget shows and search engines read. */
  answer: string;
  /** The answer's last sentence, when it names a page of the site: shown as a link to `href`. */
  link?: { text: string; href: string };
}

/** Where a section the answers point to is shown: above or below the FAQ, or not at all. */
export type Placement = 'above' | 'below' | undefined;

/** What the answers say beyond the two products and their alternatives. */
export interface FaqContext {
  /** The site's name, from `index.json`. */
  site: string;
  /** Where the editorial side-by-side is shown. */
  editorial?: Placement;
  /** Where the alternatives are shown. */
  alternatives?: Placement;
  /** The site's page of every alternative to the product `slug`, when it has one. */
  allAlternatives?: (slug: string) => string | undefined;
}

type Named = Pick<Product, 'name' | 'velocity' | 'sparks30d' | 'sector'>;

/** A data value inside a sentence: isolated, so its direction cannot leak into the words around it. */
const name = (p: Pick<Named, 'name'>) => isolate(p.name);

/** A velocity as shown, tenths: 5.04 and 4.96 are both shown as 5.0, so they are the same pace. */
const shown = (velocity: number) => Math.round(velocity * 10);

/** The faster of the two and the slower, or undefined when their scores show as the same number. */
function ranked<T extends Named>(a: T, b: T): [T, T] | undefined {
  if (shown(a.velocity) === shown(b.velocity)) return undefined;
  return shown(a.velocity) > shown(b.velocity) ? [a, b] : [b, a];
}

/**
 * Which of the two ships faster, with both scores to one decimal and, when
 * the data has both, their sparks of the last 30 days: "Apache Kafka is
 * currently shipping more aggressively (velocity 5.0 vs 2.5), with 0
 * editorial sparks in the last 30 days against 0." Scores are compared as
 * shown, so 5.04 and 4.96 read as the same pace, never as "5.0 vs 5.0".
 */
export function paceSentence(a: Named, b: Named, words: Words): string {
  const sparks = a.sparks30d !== undefined && b.sparks30d !== undefined;
  const order = ranked(a, b);
  if (!order) {
    const values = { a: name(a), b: name(b), score: words.score(a.velocity) };
    return sparks
      ? words.t('samePaceSparks', { ...values, sparksA: words.t('sparkCount', { count: a.sparks30d! }), sparksB: words.count(b.sparks30d!) })
      : words.t('samePace', values);
  }
  const [fast, slow] = order;
  const values = { fast: name(fast), fastScore: words.score(fast.velocity), slowScore: words.score(slow.velocity) };
  return sparks
    ? words.t('fasterSparks', { ...values, fastSparks: words.t('sparkCount', { count: fast.sparks30d! }), slowSparks: words.count(slow.sparks30d!) })
    : words.t('faster', values);
}

/** The themes both products share, in A's order. */
export function sharedThemes(a: Pick<Product, 'themes'>, b: Pick<Product, 'themes'>): string[] {
  return a.themes.filter((theme) => b.themes.includes(theme));
}

/**
 * Whether their shipped themes overlap: the shared ones by name; else that
 * they serve adjacent needs (or sit in two different sectors) without
 * overlapping; a product that lists no themes is said to, instead.
 */
export function themesSentence(a: Product, b: Product, words: Words): string {
  const without = [a, b].filter((p) => p.themes.length === 0);
  if (without.length > 0) return sentences(words, ...without.map((p) => words.t('noThemes', { name: name(p) })));
  const shared = sharedThemes(a, b);
  if (shared.length > 0) return words.t('themesOverlap', { themes: words.list(shared.map(isolate)) });
  return a.sector && b.sector && a.sector !== b.sector
    ? words.t('themesApartSectors', { sectorA: isolate(a.sector), sectorB: isolate(b.sector) })
    : words.t('themesApart');
}

/** What the velocity score says and does not, for "Is A better than B?". */
function betterSentence(a: Named, b: Named, words: Words): string {
  const order = ranked(a, b);
  if (!order) return words.t('betterSame', { score: words.score(a.velocity) });
  const [fast, slow] = order;
  return words.t('betterFaster', { fast: name(fast), fastScore: words.score(fast.velocity), slowScore: words.score(slow.velocity) });
}

/** The fastest alternatives to `product`, each with its score, or that there are none to suggest. */
export function alternativesSentence(product: Named, alternatives: readonly ProductSummary[], words: Words, site: string): string {
  const sector = product.sector ? isolate(product.sector) : '';
  if (alternatives.length === 0) {
    return sector
      ? words.t('noAlternativesTo', { site: isolate(site), sector, name: name(product) })
      : words.t('noSimilarTo', { site: isolate(site), name: name(product) });
  }
  const list = words.list(alternatives.map((alt) => words.t('alternativeScore', { name: name(alt), score: words.score(alt.velocity) })));
  return sector
    ? words.t('fastestAlternatives', { sector, name: name(product), list })
    : words.t('fastestAlternativesAny', { name: name(product), list });
}

/**
 * Joins the sentences the data allowed (one it did not is empty) as the
 * language writes them: after a full-width stop (。！？), as Chinese and
 * Japanese end a sentence, the next follows at once; else after the
 * language's sentence gap.
 */
export function sentences(words: Words, ...parts: string[]): string {
  return parts.filter(Boolean).reduce((text, sentence) => text + (/[。！？]$/.test(text) ? '' : words.t('sentenceGap')) + sentence);
}

/** "… above" or "… below", as the section is placed; nothing when it is not shown. */
const pointer = (words: Words, placement: Placement, above: 'editorialAbove' | 'alternativesAbove', below: 'editorialBelow' | 'alternativesBelow') =>
  placement ? words.t(placement === 'above' ? above : below) : '';

/** "What are the best alternatives to A?": the fastest, the section that ranks them, the site's page of them all. */
function alternativesEntry(product: Product, alternatives: readonly ProductSummary[], words: Words, context: FaqContext): FaqEntry {
  const href = context.allAlternatives?.(product.slug);
  const link = href ? { text: words.t('allAlternativesOn', { name: name(product), site: isolate(context.site) }), href } : undefined;
  const answer = sentences(
    words,
    alternativesSentence(product, alternatives, words, context.site),
    alternatives.length > 0 ? pointer(words, context.alternatives, 'alternativesAbove', 'alternativesBelow') : '',
    link?.text ?? '',
  );
  return { question: words.t('faqAlternatives', { name: name(product) }), answer, ...(link && { link }) };
}

/** The comparison's FAQ, every answer built from the data. */
export function compareFaq(
  a: Product,
  b: Product,
  alternativesToA: readonly ProductSummary[],
  alternativesToB: readonly ProductSummary[],
  words: Words,
  context: FaqContext,
): FaqEntry[] {
  const pace = paceSentence(a, b, words);
  return [
    {
      question: words.t('faqDifference', { a: name(a), b: name(b) }),
      answer: sentences(words, themesSentence(a, b, words), pace, pointer(words, context.editorial, 'editorialAbove', 'editorialBelow')),
    },
    {
      question: words.t('faqBetter', { a: name(a), b: name(b) }),
      answer: sentences(words, words.t('neitherBetter', { site: isolate(context.site) }), betterSentence(a, b, words)),
    },
    alternativesEntry(a, alternativesToA, words, context),
    alternativesEntry(b, alternativesToB, words, context),
  ];
}
