// The embed builder's product search on the published form: it reads the
// search documents `sparkpulse build` writes (contract/search-schema.ts),
// one small document per keystroke at most, never index.json. A 404 on
// `search.json` means the endpoint is the full form: the builder reads the
// index instead (loadIndex), as it always did.
import { readSearch } from '../contract/search-schema.js';
import { MAX_PREFIX, searchDocument, searchWords } from '../contract/search-words.js';
import { ContractError, type Reader } from '../contract/reader.js';
import type { SearchDocument, SearchEntry, Site } from '../contract/types.js';
import { NOT_FOUND, type DataClient, type ReadDocument } from './client.js';

/** The site the snippets name when `search.json` has none, as index.json's reader does. */
const DEFAULT_SITE: Site = { name: 'Sparkpulse' } as Site;

/** What a query found: the products, fastest first, and how many match in all. */
export interface Found {
  products: readonly SearchEntry[];
  /** How many products match: exact when `complete`, else at least `products.length`. */
  matches: number;
  /** True when `products` is every match. */
  complete: boolean;
}

/** `search.json`: the catalogue's fastest products, its size, language and site. */
export interface SearchRoot {
  language: string;
  site: Site;
  /** Products on the endpoint. */
  matches: number;
  products: readonly SearchEntry[];
}

/**
 * `{endpoint}search.json`, or NOT_FOUND when the endpoint has no search
 * documents (the full form). Broken, it rejects with a ContractError.
 */
export async function loadSearchRoot(client: DataClient, endpoint: string, signal?: AbortSignal): Promise<SearchRoot | null> {
  const root = await loadSearch(client, endpoint, '', signal);
  if (root === NOT_FOUND) return NOT_FOUND;
  return {
    language: root.language,
    site: root.site ?? DEFAULT_SITE,
    matches: root.matches,
    products: root.products,
  };
}

/** `{endpoint}search.json` or `{endpoint}search/{prefix}.json`, refused when it is another prefix's. */
export function loadSearch(client: DataClient, endpoint: string, prefix: string, signal?: AbortSignal): Promise<SearchDocument | null> {
  const path = searchDocument(prefix);
  return client.get(`${endpoint}${path}`, path, readSearchOf(prefix), signal);
}

function readSearchOf(prefix: string): ReadDocument<SearchDocument> {
  return (r: Reader, json: unknown) => {
    const document = readSearch(r, json);
    if (document.prefix !== prefix) {
      throw new ContractError(r.document, 'prefix', `expected "${prefix}", the prefix requested, but it is "${document.prefix}"`);
    }
    return document;
  };
}

/** True when one of `words` starts with `start`. */
const hasWordStarting = (words: readonly string[], start: string) => words.some((word) => word.startsWith(start));

/** The words search compares of a product: its name's, its slug's and its sector's. */
const wordsOf = (p: SearchEntry) => [p.name, p.slug, p.sector].flatMap(searchWords);

/**
 * The products `query` finds on a published endpoint: those with, for each
 * word of the query, a word (of their name, slug or sector) starting with
 * it, fastest first. For each word of the query, reads the documents from
 * `search.json` down to that word's own (each one character longer; the
 * client keeps them, so a keystroke reads one more at most), all words at
 * once; then keeps, from the word whose document matches fewest products,
 * those that have the other words too. NOT_FOUND when the endpoint has no
 * search documents.
 */
export async function findProducts(client: DataClient, endpoint: string, query: string, signal?: AbortSignal): Promise<Found | null> {
  const words = searchWords(query);
  const root = await loadSearch(client, endpoint, '', signal);
  if (root === NOT_FOUND) return NOT_FOUND;
  const documents = await Promise.all(words.map((word) => documentOf(client, endpoint, root, word, signal)));
  let narrowest = root;
  for (const document of documents) {
    if (document === NONE) return { products: [], matches: 0, complete: true };
    if (document.matches < narrowest.matches) narrowest = document;
  }
  // Every product the query finds has a word starting with this document's prefix.
  const complete = narrowest.products.length >= narrowest.matches;
  const products = narrowest.products.filter((p) => {
    const own = wordsOf(p);
    return words.every((word) => hasWordStarting(own, word));
  });
  if (complete) return { products, matches: products.length, complete };
  // A cut document: its count is the query's only when the query is its prefix.
  const itself = words.length === 0 || (words.length === 1 && narrowest.prefix === words[0]);
  return { products, matches: itself ? narrowest.matches : products.length, complete };
}

/** No product has a word starting with the word looked up. */
const NONE = 'none';

/** The document of the longest prefix of `word` that has one, read from `root` down; NONE when no product has the word. */
async function documentOf(
  client: DataClient,
  endpoint: string,
  root: SearchDocument,
  word: string,
  signal?: AbortSignal,
): Promise<SearchDocument | typeof NONE> {
  const chars = [...word].slice(0, MAX_PREFIX);
  let document = root;
  for (let depth = 0; depth < chars.length && document.products.length < document.matches;) {
    // A cut document names every character that continues it: one it does not name, no product has.
    if (!document.next.includes(chars[depth])) return document.next.length > 0 ? NONE : document;
    const prefix = chars.slice(0, ++depth).join('');
    const deeper = await loadSearch(client, endpoint, prefix, signal);
    // `build` writes a document for each character `next` names.
    if (deeper === NOT_FOUND)
      throw new ContractError(
        searchDocument(prefix),
        '(document)',
        `is missing, but ${searchDocument(document.prefix)} names "${chars[depth - 1]}" in next`,
      );
    document = deeper;
  }
  return document;
}
