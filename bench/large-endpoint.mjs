// A synthetic endpoint with enough activity for `<sp-timeline limit="1000">`:
// the demo's index.json, and two of its products with many valid items each.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const LARGE_ENDPOINT_PATH = '/bench/large-endpoint/';
export const LARGE_PRODUCTS = ['kafka', 'linkerd'];
export const ITEMS_PER_PRODUCT = 600;

const HOUR = 3_600_000;
const NEWEST = Date.UTC(2026, 5, 15);

/** `count` activity items, newest first, interleaving with the other product's (`offset`). */
function activity(slug, count, offset) {
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(NEWEST - (2 * i + offset) * HOUR).toISOString().replace('.000Z', 'Z'),
    title: `${slug} update ${count - i}: release notes, fixes and a longer title so lines wrap like real ones`,
    url: `https://example.org/${slug}/updates/${count - i}`,
    spark: i % 10 === 0,
  }));
}

/** A Map of URL path → document, for bench/server.mjs. */
export async function largeEndpoint(demoEndpointDir) {
  const read = async (name) => JSON.parse(await readFile(join(demoEndpointDir, name), 'utf8'));
  const documents = new Map([[`${LARGE_ENDPOINT_PATH}index.json`, await read('index.json')]]);
  for (const [offset, slug] of LARGE_PRODUCTS.entries()) {
    const product = await read(`products/${slug}.json`);
    product.activity = activity(slug, ITEMS_PER_PRODUCT, offset);
    documents.set(`${LARGE_ENDPOINT_PATH}products/${slug}.json`, product);
  }
  return documents;
}
