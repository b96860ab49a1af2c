import type { Product, ProductSummary } from '../contract/types.js';
import { formatVelocity } from './format.js';
import { listOf } from './list.js';

export interface FaqEntry {
  question: string;
  answer: string;
}

type Named = Pick<Product, 'name' | 'velocity' | 'sparks30d' | 'sector'>;

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
    return `${a.name} and ${b.name} ship at the same pace, both with a velocity score of ${shownA}.`;
  }
  const [fast, slow] = Number(shownA) > Number(shownB) ? [a, b] : [b, a];
  return `${fast.name} ships faster, with a velocity score of ${formatVelocity(fast.velocity)} against ${formatVelocity(slow.velocity)} for ${slow.name}.`;
}

export function sparksSentence(a: Named, b: Named): string {
  if (a.sparks30d === undefined || b.sparks30d === undefined) return '';
  return `In the last 30 days, ${a.name} earned ${sparks(a.sparks30d)} and ${b.name} earned ${sparks(b.sparks30d)}.`;
}

/** The themes both products share, in A's order. */
export function sharedThemes(a: Pick<Product, 'themes'>, b: Pick<Product, 'themes'>): string[] {
  return a.themes.filter((theme) => b.themes.includes(theme));
}

function aboutClause(p: Product): string {
  return p.themes.length > 0 ? `${p.name} is about ${listOf(p.themes)}` : `${p.name} lists no themes yet`;
}

export function themesSentence(a: Product, b: Product): string {
  const shared = sharedThemes(a, b);
  if (shared.length > 0) return `Their themes overlap on ${listOf(shared)}.`;
  return `Their themes do not overlap: ${aboutClause(a)}, while ${aboutClause(b)}.`;
}

function sectorSentence(a: Named, b: Named): string {
  if (!a.sector || !b.sector) return '';
  return a.sector === b.sector
    ? `${a.name} and ${b.name} are both in the ${a.sector} sector.`
    : `${a.name} is in the ${a.sector} sector and ${b.name} in the ${b.sector} sector.`;
}

export function alternativesSentence(product: Named, alternatives: readonly ProductSummary[]): string {
  if (alternatives.length === 0) {
    return `Sparkpulse tracks no other ${product.sector || 'similar'} products to suggest in place of ${product.name} yet.`;
  }
  const named = alternatives.map((alt) => `${alt.name} (velocity ${formatVelocity(alt.velocity)})`);
  return `The fastest-moving ${product.sector ? `${product.sector} ` : ''}alternatives to ${product.name} are ${listOf(named)}.`;
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
      question: `What is the difference between ${a.name} and ${b.name}?`,
      answer: sentences(sectorSentence(a, b), paceSentence(a, b), sparksSentence(a, b), themesSentence(a, b)),
    },
    {
      question: `Is ${a.name} better than ${b.name}?`,
      answer: sentences(
        'Neither is better for every team: it depends on what you need from it.',
        paceSentence(a, b),
        sparksSentence(a, b),
        themesSentence(a, b),
      ),
    },
    {
      question: `What are the best alternatives to ${a.name}?`,
      answer: alternativesSentence(a, alternativesToA),
    },
    {
      question: `What are the best alternatives to ${b.name}?`,
      answer: alternativesSentence(b, alternativesToB),
    },
  ];
}
