import type { Index, Product } from '../contract/types.js';
import { alternatives } from '../model/alternatives.js';
import { compareFaq, type FaqEntry } from '../text/faq.js';
import type { Words } from '../text/words.js';

/** What a comparison is drawn from: the index and both products. */
export interface CompareData {
  index: Index;
  a: Product;
  b: Product;
}

/**
 * The comparison's FAQ, as its section shows it and as the server renderer
 * gives it to search engines: each product's alternatives are its own
 * sector's fastest, `count` of them.
 */
export function comparisonFaq({ index, a, b }: CompareData, count: number, words: Words): FaqEntry[] {
  const pick = (sector: string) => alternatives(index.products, [sector], [a.slug, b.slug], count);
  return compareFaq(a, b, pick(a.sector), pick(b.sector), words);
}
