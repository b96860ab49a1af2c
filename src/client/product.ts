import { readProduct } from '../contract/product.js';
import type { Product } from '../contract/types.js';
import { NOT_FOUND, type DataClient } from './client.js';
import { isSlug, productUrl } from './endpoint.js';

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
