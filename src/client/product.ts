import { readProduct } from '../contract/product-schema.js';
import { ContractError, type Reader } from '../contract/reader.js';
import { SLUG_PATTERN } from '../contract/rules.js';
import type { Product } from '../contract/types.js';
import { NOT_FOUND, type DataClient, type ReadDocument } from './client.js';

/**
 * `{endpoint}products/{slug}.json`, or NOT_FOUND when it is not tracked. A
 * document about another product is refused, like any broken core field.
 */
export function loadProduct(
  client: DataClient,
  endpoint: string,
  slug: string,
  signal?: AbortSignal,
): Promise<Product | null> {
  if (!isSlug(slug)) return Promise.resolve(NOT_FOUND);
  return client.get(productUrl(endpoint, slug), `products/${slug}.json`, readProductOf(slug), signal);
}

/**
 * readProduct, refusing a document whose slug is not `slug`. Part of the read,
 * so the refusal is shared, warned about once, and never kept in the cache.
 */
function readProductOf(slug: string): ReadDocument<Product> {
  return (r: Reader, json: unknown) => {
    const product = readProduct(r, json);
    if (product.slug !== slug) {
      throw new ContractError(r.document, 'slug', `expected "${slug}", the product requested, but it is "${product.slug}"`);
    }
    return product;
  };
}

/** True when `slug` may be used in a document URL at all. */
export function isSlug(slug: string | null | undefined): slug is string {
  return typeof slug === 'string' && SLUG_PATTERN.test(slug);
}

export function productUrl(endpoint: string, slug: string): string {
  return `${endpoint}products/${encodeURIComponent(slug)}.json`;
}
