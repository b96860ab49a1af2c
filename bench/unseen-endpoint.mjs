// Endpoints unlike the typical data the placeholders are an estimate for, for
// the bench's layout measures: the generated data of
// test/fixtures/generated.mjs for a few seeds, its texts from half to twice
// the seed page's lengths; the seed-length data itself for reference; both
// answered after a delay as a distant endpoint would; and the long data (no
// delay: only its final layout counts).

import { documentAt, generatedEndpoint, longEndpoint, seedLengthEndpoint } from '../test/fixtures/generated.mjs';

export const UNSEEN_PATH = '/bench/unseen/';
export const UNSEEN_SEEDS = [1, 2, 3];
export const UNSEEN_LATENCY_MS = 300;

/** The base URL of one of them: `generated-<seed>`, `seedlength` or `long`. */
export const unseenEndpoint = (name) => `${UNSEEN_PATH}${name}/`;

/** A Map of URL path → document, for bench/server.mjs. */
export function unseenEndpoints() {
  const documents = new Map();
  const add = (name, endpoint) => {
    for (const path of ['index.json', ...[...endpoint.products.keys()].map((slug) => `products/${slug}.json`)]) {
      documents.set(`${unseenEndpoint(name)}${path}`, documentAt(endpoint, path));
    }
  };
  for (const seed of UNSEEN_SEEDS) add(`generated-${seed}`, generatedEndpoint(seed, { from: 'seed' }));
  add('seedlength', seedLengthEndpoint());
  add('long', longEndpoint());
  return documents;
}

/** The delay before bench/server.mjs answers `path`. */
export function unseenLatency(path) {
  if (!path.startsWith(UNSEEN_PATH) || path.startsWith(unseenEndpoint('long'))) return 0;
  return UNSEEN_LATENCY_MS;
}
