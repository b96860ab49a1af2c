import type { Product, ProductSummary } from '../contract/types.js';
import { formatVelocity } from './format.js';
import { isolate } from './isolate.js';
import { listOf } from './list.js';

export interface FaqEntry {
  question: string;
  answer: string;
}

type Named = Pick<Product, 'name' | 'velocity' | 'sparks30d' | 'sector'>;

/** A data value inside a sentence: isolated, so its direction cannot leak into the words around it. */
const name = (p: Pick<Named, 'name'>) => isolate(p.name);

function sparks(count: number): string {
  return `${count} editorial ${count === 1 ? 'spark' : 'sparks'}`;
}

/**
 * Which of the two ships faster, with both scores to one decimal. Scores are
 * compared as shown, so 5.04 and 4.96 read as the same pace, never as
 * "faster, 5.0 against 5.0".
 */
export function paceSentence(a: Named, b: Named): string {
  const [shownA, shownB] = [formatVelocity(a.velocity), formatVelocity(b.velocity)];
  if (shownA === shownB) {
    return `${name(a)} and ${name(b)} ship at the same pace, both with a velocity score of ${shownA}.`;
  }
  const [fast, slow] = Number(shownA) > Number(shownB) ? [a, b] : [b, a];
  return `${name(fast)} ships faster, with a velocity score of ${formatVelocity(fast.velocity)} against ${formatVelocity(slow.velocity)} for ${name(slow)}.`;
}

export function sparksSentence(a: Named, b: Named): string {
  if (a.sparks30d === undefined || b.sparks30d === undefined) return '';
  return `In the last 30 days, ${name(a)} earned ${sparks(a.sparks30d)} and ${name(b)} earned ${sparks(b.sparks30d)}.`;
}

/** The themes both products share, in A's order. */
export function sharedThemes(a: Pick<Product, 'themes'>, b: Pick<Product, 'themes'>): string[] {
  return a.themes.filter((theme) => b.themes.includes(theme));
}

function aboutClause(p: Product): string {
  return p.themes.length > 0 ? `${name(p)} is about ${listOf(p.themes.map(isolate))}` : `${name(p)} lists no themes yet`;
}

export function themesSentence(a: Product, b: Product): string {
  const shared = sharedThemes(a, b);
  if (shared.length > 0) return `Their themes overlap on ${listOf(shared.map(isolate))}.`;
  return `Their themes do not overlap: ${aboutClause(a)}, while ${aboutClause(b)}.`;
}

function sectorSentence(a: Named, b: Named): string {
  if (!a.sector || !b.sector) return '';
  return a.sector === b.sector
    ? `${name(a)} and ${name(b)} are both in the ${isolate(a.sector)} sector.`
    : `${name(a)} is in the ${isolate(a.sector)} sector and ${name(b)} in the ${isolate(b.sector)} sector.`;
}

export function alternativesSentence(product: Named, alternatives: readonly ProductSummary[]): string {
  if (alternatives.length === 0) {
    return `Sparkpulse tracks no other ${product.sector ? isolate(product.sector) : 'similar'} products to suggest in place of ${name(product)} yet.`;
  }
  const named = alternatives.map((alt) => `${name(alt)} (velocity ${formatVelocity(alt.velocity)})`);
  return `The fastest-moving ${product.sector ? `${isolate(product.sector)} ` : ''}alternatives to ${name(product)} are ${listOf(named)}.`;
}

/** Joins the sentences the data allowed; one it did not is empty. */
const sentences = (...parts: string[]) => parts.filter(Boolean).join(' ');

/** The comparison's FAQ, every answer built from the data. */
export function compareFaq(
  a: Product,
  b: Product,
  alternativesToA: readonly ProductSummary[],
  alternativesToB: readonly ProductSummary[],
): FaqEntry[] {
  return [
    {
      question: `What is the difference between ${name(a)} and ${name(b)}?`,
      answer: sentences(sectorSentence(a, b), paceSentence(a, b), sparksSentence(a, b), themesSentence(a, b)),
    },
    {
      question: `Is ${name(a)} better than ${name(b)}?`,
      answer: sentences(
        'Neither is better for every team: it depends on what you need from it.',
        paceSentence(a, b),
        sparksSentence(a, b),
        themesSentence(a, b),
      ),
    },
    {
      question: `What are the best alternatives to ${name(a)}?`,
      answer: alternativesSentence(a, alternativesToA),
    },
    {
      question: `What are the best alternatives to ${name(b)}?`,
      answer: alternativesSentence(b, alternativesToB),
    },
  ];
}
