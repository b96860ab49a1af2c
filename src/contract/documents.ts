import { list, type Reader } from './reader.js';
import { link, number, object, slug, text, urlTemplate } from './rules.js';
import type { Index, ProductSummary } from './types.js';

// Caps keep a hostile document from costing the page memory or time.
const NAME = 200;
export const MAX_PRODUCTS = 5_000;

// Rules are built once, not once per product read.
export const name = text(NAME);
const velocity = number(0, 10);
const count = number(0, 1e9, true);

/** The contract's version; a document of another version is refused. */
const version = { expected: 'version 1', read: (value: unknown) => (value === 1 ? (1 as const) : undefined) };

/** The document's top-level object, refused unless it is one of version 1. */
export function versioned(r: Reader, json: unknown): Record<string, unknown> {
  const o = r.req(object, json, '');
  r.req(version, o.version, 'version');
  return o;
}

/** The fields a product summary and a full product document share. */
export function summary(r: Reader, o: Record<string, unknown>, path: string): ProductSummary {
  return {
    slug: r.req(slug, o.slug, `${path}slug`),
    name: r.req(name, o.name, `${path}name`),
    velocity: r.req(velocity, o.velocity, `${path}velocity`),
    sector: r.opt(name, o.sector, `${path}sector`, ''),
    sparks30d: r.opt(count, o.sparks30d, `${path}sparks30d`, undefined),
  };
}

const productSummary = {
  expected: 'an object',
  read: (value: unknown, path: string, r: Reader) => summary(r, r.req(object, value, path), `${path}.`),
};

/** `{E}index.json`: every tracked product in short. */
export function readIndex(r: Reader, json: unknown): Index {
  const o = versioned(r, json);
  const site = r.opt(object, o.site, 'site', {} as Record<string, unknown>);
  return {
    version: 1,
    site: {
      name: r.opt(name, site.name, 'site.name', 'Sparkpulse'),
      url: r.opt(link, site.url, 'site.url', undefined),
      productUrl: r.opt(urlTemplate, site.productUrl, 'site.productUrl', undefined),
      compareUrl: r.opt(urlTemplate, site.compareUrl, 'site.compareUrl', undefined),
    },
    products: r.req(list(productSummary, MAX_PRODUCTS), o.products, 'products'),
  };
}

