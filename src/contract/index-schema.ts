// `{E}index.json`: every tracked product in short. A page of badges reads
// this document only, so nothing here may import the product schema.
import { count, language, link, list, name, object, optional, orElse, slug, urlTemplate, velocity, version, withDefault } from './fields.js';
import type { Reader } from './reader.js';

export const MAX_PRODUCTS = 5_000;

/** The fields a product summary and a full product document share; slug, name and velocity are required. */
export const summaryShape = {
  slug,
  name: name('name'),
  /** 0 to 10. */
  velocity,
  /** Empty when the document had none. */
  sector: orElse('sector', name, ''),
  /** Editorial sparks of the last 30 days. */
  sparks30d: orElse('sparks30d', count),
};

/** One product in short, as listed in `index.json`. */
export const productSummarySchema = object(summaryShape);

/** The site that publishes the endpoint, with URL templates for its pages; fill them with `fillTemplate`. */
export const siteSchema = object({
  name: orElse('site.name', name, 'Sparkpulse'),
  url: orElse('site.url', link),
  /** `{slug}` stands for the URL-encoded product slug. */
  productUrl: orElse('site.productUrl', urlTemplate),
  /** `{a}` and `{b}` stand for the URL-encoded product slugs. */
  compareUrl: orElse('site.compareUrl', urlTemplate),
  /** `{slug}` stands for the URL-encoded product slug. Optional. */
  alternativesUrl: orElse('site.alternativesUrl', optional(urlTemplate)),
});

/** The document's language, `en` unless it says. */
export const documentLanguage = orElse('language', withDefault(language, 'en'), 'en');

export const indexSchema = object({
  version,
  language: documentLanguage,
  site: orElse('site', siteSchema, { name: 'Sparkpulse' }),
  products: list(productSummarySchema, MAX_PRODUCTS, 'products'),
});

/** Reads `{E}index.json`; for Reader.read. */
export const readIndex = (r: Reader, json: unknown) => r.parse(indexSchema, json);
