// `{E}search.json` and `{E}search/{prefix}.json` (published form): the embed
// builder's product search, which never reads the whole index. A document
// lists the products that have a word (of the name, the slug or the sector,
// see search-words.ts) starting with its prefix, fastest first: all of them,
// or the SEARCH_LISTED fastest and, in `next`, the characters that continue
// the prefix with a document of their own. `search.json` is the empty
// prefix: the catalogue's fastest products, with the site; `build` writes it
// always, so its 404 means the endpoint is the full form.
import { $ZodCheckMaxLength } from 'zod/v4/core';
import { documentLanguage, siteSchema } from './common-schema.js';
import { count, holds, kind, list, name, object, optional, orElse, slug, string, velocity, version, withDefault } from './fields.js';
import type { Reader } from './reader.js';
import { MAX_PREFIX, searchWords } from './search-words.js';

/** Products a search document may list; the rest are ignored, with a warning. `build` writes at most SEARCH_LISTED. */
export const MAX_SEARCH_PRODUCTS = 1_000;

/** Characters `next` may list; the rest are ignored, with a warning. */
export const MAX_NEXT = 10_000;

/** True for '' or one word as searchWords gives it, of at most MAX_PREFIX characters. */
export function isPrefix(value: string): boolean {
  if (value === '') return true;
  const [word, other] = searchWords(value);
  return word === value && other === undefined && [...value].length <= MAX_PREFIX;
}

/** One product, in shorter short: what the builder's list shows. */
export const searchEntrySchema = /* @__PURE__ */ object({
  slug,
  name: /* @__PURE__ */ name('name'),
  /** Empty when the index had none. */
  sector: /* @__PURE__ */ orElse('sector', name, ''),
  velocity,
});

// Marked pure, each call in it too, so a bundle that never searches drops it.
export const searchSchema = /* @__PURE__ */ object({
  version,
  kind: /* @__PURE__ */ kind('search'),
  /** The index's language. */
  language: documentLanguage,
  /** `search.json` only: the index's site, for the snippets' links. */
  site: /* @__PURE__ */ orElse('site', /* @__PURE__ */ optional(siteSchema)),
  /** The start of a word every product listed has: '' in `search.json`. */
  prefix: /* @__PURE__ */ string('expected a prefix: the start of a word, in lower case, without accents', /* @__PURE__ */ holds(isPrefix)),
  /** How many products have a word starting with the prefix: all of them, in `search.json`. */
  matches: count,
  /** When the document lists fewer than `matches`: each character that continues the prefix in a document of its own. */
  next: /* @__PURE__ */ orElse(
    'next',
    /* @__PURE__ */ withDefault(
      /* @__PURE__ */ list(
        /* @__PURE__ */ string('expected one character', /* @__PURE__ */ new $ZodCheckMaxLength({ check: 'max_length', maximum: 2 }), /* @__PURE__ */ holds((char) => [...char].length === 1)),
        MAX_NEXT,
        'next',
      ),
      [],
    ),
    [],
  ),
  /** The products, fastest first (equal velocities by slug). */
  products: /* @__PURE__ */ list(searchEntrySchema, MAX_SEARCH_PRODUCTS, 'products'),
});

/** Reads `{E}search.json` or `{E}search/{prefix}.json`; for Reader.read. */
export const readSearch = (r: Reader, json: unknown) => r.parse(searchSchema, json);
