import { readProduct } from '../contract/product.js';
import { SLUG_PATTERN } from '../contract/rules.js';
import type { Product } from '../contract/types.js';
import { NOT_FOUND, type DataClient } from './client.js';

/** `{endpoint}products/{slug}.json`, or NOT_FOUND when it is not tracked. */
export function loadProduct(
  client: DataClient,
  endpoint: string,
  slug: string,
  signal?: AbortSignal,
): Promise<Product | null> {
  if (!isSlug(slug)) return Promise.resolve(NOT_FOUND);
  return client.get(productUrl(endpoint, slug), `products/${slug}.json`, readProduct, signal);
}

/** True when `slug` may be used in a document URL at all. */
export function isSlug(slug: string | null | undefined): slug is string {
  return typeof slug === 'string' && SLUG_PATTERN.test(slug);
}

export function productUrl(endpoint: string, slug: string): string {
  return `${endpoint}products/${encodeURIComponent(slug)}.json`;
}
