// `{E}index.json`: every tracked product in short. A page of badges on the
// full form reads this document only, so nothing here may import the product
// schema.
//
// There is no cap on the number of products: a product that exists must
// never read as "not tracked". The reader's cap on a body (1 MB) bounds the
// index; past a few thousand products, publish with `sparkpulse build`, whose
// small documents the widgets read instead.
import { documentLanguage, productSummarySchema, siteSchema } from './common-schema.js';
import { list, object, orElse, version } from './fields.js';
import type { Reader } from './reader.js';

export { documentLanguage, productSummarySchema, siteSchema, summaryShape } from './common-schema.js';

export const indexSchema = object({
  version,
  language: documentLanguage,
  site: orElse('site', siteSchema, { name: 'Sparkpulse' }),
  products: list(productSummarySchema, Infinity, 'products'),
});

/** Reads `{E}index.json`; for Reader.read. */
export const readIndex = (r: Reader, json: unknown) => r.parse(indexSchema, json);
