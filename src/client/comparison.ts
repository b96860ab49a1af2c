// What a comparison is drawn from: its two product documents, and the
// products it may suggest as alternatives. On the published form both
// documents carry their sector's fastest products and the site, so nothing
// else is read; on the full form, `index.json` as well.
import type { Product, ProductSummary, Site } from '../contract/types.js';
import type { DataClient } from './client.js';
import { foundFullForm, isFullForm } from './form.js';
import { loadIndex } from './index-document.js';
import { loadProduct } from './product.js';
import { loadSummary } from './summaries.js';

export interface ComparisonDocuments {
  a: Product;
  b: Product;
  /** The site that publishes the endpoint, for the comparison's links. */
  site: Site;
  /** The language of the endpoint's texts. */
  language: string;
  /**
   * The products whose fastest of a sector are the alternatives: every
   * product of the index, or, on the published form, a's and b's lists,
   * which hold the fastest of both sectors but for a and b (see ALTERNATIVES_LISTED).
   */
  candidates: readonly ProductSummary[];
}

/**
 * The documents of a comparison of `a` and `b`, or which of them is not
 * tracked (`[slug of a or '', slug of b or '']`). The two product documents
 * come first, in parallel; the index only when one of them has no
 * alternatives (the full form), or at once with them on an endpoint already
 * found to be the full form.
 */
export async function loadComparison(
  client: DataClient,
  endpoint: string,
  a: string,
  b: string,
  signal?: AbortSignal,
): Promise<ComparisonDocuments | [string, string]> {
  const fullForm = isFullForm(client, endpoint);
  const [index, productA, productB] = await Promise.all([
    fullForm ? loadIndex(client, endpoint, signal) : undefined,
    loadProduct(client, endpoint, a, signal),
    loadProduct(client, endpoint, b, signal),
  ]);
  if (!productA || !productB) {
    // A product document that is not there means not tracked only on an
    // endpoint that answers for its catalogue: the slug's shard (published
    // form) or index.json (full form). An endpoint that has neither (a wrong
    // URL, a failed upload) is an error, which this load throws.
    const missing: [string, string] = [productA ? '' : a, productB ? '' : b];
    await loadSummary(client, endpoint, missing[0] || missing[1], signal);
    return missing;
  }
  if (!index && productA.alternatives && productB.alternatives && productA.site) {
    const candidates = new Map<string, ProductSummary>();
    for (const p of [...productA.alternatives, ...productB.alternatives]) if (!candidates.has(p.slug)) candidates.set(p.slug, p);
    return { a: productA, b: productB, site: productA.site, language: productA.language, candidates: [...candidates.values()] };
  }
  if (!fullForm) foundFullForm(client, endpoint);
  const { site, language, products } = index ?? (await loadIndex(client, endpoint, signal));
  return { a: productA, b: productB, site, language, candidates: products };
}
