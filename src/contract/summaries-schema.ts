// `{E}summaries/{shard}.json` (published form): every product whose slug is
// in the shard (see shard.ts), in short, sorted by slug, with the site and the
// language of the index. A badge reads one of these instead of the whole
// index: `build` writes every shard, so a shard without the slug means the
// product is not tracked, and a shard that is not there means the endpoint
// is the full form.
import { documentLanguage, productSummarySchema, siteSchema } from './common-schema.js';
import { kind, list, object, orElse, string, version } from './fields.js';
import { regex } from 'zod/mini';
import type { Reader } from './reader.js';

/** Products a shard may list; the rest are ignored, with a warning. About 24 at 100,000 products. */
export const MAX_SHARD_PRODUCTS = 1_000;

/** Three lower-case hex digits, as shardOf gives. */
export const SHARD_PATTERN = /^[0-9a-f]{3}$/;

// Marked pure, each call in it too, so a bundle that never reads a shard drops it.
export const summariesSchema = /* @__PURE__ */ object({
  version,
  kind: /* @__PURE__ */ kind('summaries'),
  /** The index's language. */
  language: documentLanguage,
  /** The index's site. */
  site: /* @__PURE__ */ orElse('site', siteSchema, { name: 'Sparkpulse' }),
  /** Which shard this is: its file name, e.g. `3fa`. */
  shard: /* @__PURE__ */ string(
    'expected a shard: three hex digits',
    /* @__PURE__ */ regex(SHARD_PATTERN),
  ),
  /** Every product of the shard, sorted by slug. */
  products: /* @__PURE__ */ list(productSummarySchema, MAX_SHARD_PRODUCTS, 'products'),
});

/** Reads `{E}summaries/{shard}.json`; for Reader.read. */
export const readSummaries = (r: Reader, json: unknown) => r.parse(summariesSchema, json);
