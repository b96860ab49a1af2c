import type { Product, ProductSummary } from '../contract/types.js';
import { isolate } from './isolate.js';
import type { Words } from './words.js';

export interface FaqEntry {
  question: string;
  answer: string;
}

type Named = Pick<Product, 'name' | 'velocity' | 'sparks30d' | 'sector'>;

/** A data value inside a sentence: isolated, so its direction cannot leak into the words around it. */
const name = (p: Pick<Named, 'name'>) => isolate(p.name);

/** A velocity as shown, tenths: 5.04 and 4.96 are both shown as 5.0, so they are the same pace. */
const shown = (velocity: number) => Math.round(velocity * 10);

/**
 * Which of the two ships faster, with both scores to one decimal. Scores are
 * compared as shown, so 5.04 and 4.96 read as the same pace, never as
 * "faster, 5.0 against 5.0".
 */
export function paceSentence(a: Named, b: Named, words: Words): string {
  if (shown(a.velocity) === shown(b.velocity)) {
    return words.t('samePace', { a: name(a), b: name(b), score: words.score(a.velocity) });
  }
  const [fast, slow] = shown(a.velocity) > shown(b.velocity) ? [a, b] : [b, a];
  return words.t('faster', {
    fast: name(fast),
    slow: name(slow),
    fastScore: words.score(fast.velocity),
    slowScore: words.score(slow.velocity),
  });
}

export function sparksSentence(a: Named, b: Named, words: Words): string {
  if (a.sparks30d === undefined || b.sparks30d === undefined) return '';
  return words.t('sparksBoth', {
    a: name(a),
    b: name(b),
    sparksA: words.t('sparkCount', { count: a.sparks30d }),
    sparksB: words.t('sparkCount', { count: b.sparks30d }),
  });
}

/** The themes both products share, in A's order. */
export function sharedThemes(a: Pick<Product, 'themes'>, b: Pick<Product, 'themes'>): string[] {
  return a.themes.filter((theme) => b.themes.includes(theme));
}

function aboutClause(p: Product, words: Words): string {
  return p.themes.length > 0
    ? words.t('about', { name: name(p), themes: words.list(p.themes.map(isolate)) })
    : words.t('noThemes', { name: name(p) });
}

export function themesSentence(a: Product, b: Product, words: Words): string {
  const shared = sharedThemes(a, b);
  if (shared.length > 0) return words.t('themesOverlap', { themes: words.list(shared.map(isolate)) });
  return words.t('themesApart', { aboutA: aboutClause(a, words), aboutB: aboutClause(b, words) });
}

function sectorSentence(a: Named, b: Named, words: Words): string {
  if (!a.sector || !b.sector) return '';
  return a.sector === b.sector
    ? words.t('sameSector', { a: name(a), b: name(b), sector: isolate(a.sector) })
    : words.t('differentSectors', { a: name(a), b: name(b), sectorA: isolate(a.sector), sectorB: isolate(b.sector) });
}

export function alternativesSentence(product: Named, alternatives: readonly ProductSummary[], words: Words): string {
  const sector = product.sector ? isolate(product.sector) : '';
  if (alternatives.length === 0) {
    return sector ? words.t('noAlternativesTo', { sector, name: name(product) }) : words.t('noSimilarTo', { name: name(product) });
  }
  const list = words.list(alternatives.map((alt) => words.t('alternativeScore', { name: name(alt), score: words.score(alt.velocity) })));
  return sector
    ? words.t('fastestAlternatives', { sector, name: name(product), list })
    : words.t('fastestAlternativesAny', { name: name(product), list });
}

/** Joins the sentences the data allowed, as the language does; one it did not is empty. */
const sentences = (words: Words, ...parts: string[]) => parts.filter(Boolean).join(words.t('sentenceGap'));

/** The comparison's FAQ, every answer built from the data. */
export function compareFaq(
  a: Product,
  b: Product,
  alternativesToA: readonly ProductSummary[],
  alternativesToB: readonly ProductSummary[],
  words: Words,
): FaqEntry[] {
  const facts = [paceSentence(a, b, words), sparksSentence(a, b, words), themesSentence(a, b, words)];
  return [
    {
      question: words.t('faqDifference', { a: name(a), b: name(b) }),
      answer: sentences(words, sectorSentence(a, b, words), ...facts),
    },
    {
      question: words.t('faqBetter', { a: name(a), b: name(b) }),
      answer: sentences(words, words.t('neitherBetter'), ...facts),
    },
    { question: words.t('faqAlternatives', { name: name(a) }), answer: alternativesSentence(a, alternativesToA, words) },
    { question: words.t('faqAlternatives', { name: name(b) }), answer: alternativesSentence(b, alternativesToB, words) },
  ];
}
