// The published form, as `sparkpulse build` writes it and `sparkpulse
// validate` checks it: which products a shard lists, which alternatives a
// product lists, which items a page holds, and the documents themselves.
// One module for both, so the two cannot drift apart.
//
// A derived document repeats the producer's own words: a summary is the
// index entry's fields as written, a page the product document's items as
// written. The widgets read them with the same reader as the full form, so
// they show the same thing and warn about the same things.
import { ALTERNATIVES_LISTED, fastestFirst } from '../contract/alternatives.js';
import { MAX_ACTIVITY } from '../contract/product-schema.js';
import { pageCount, pageEnd, pageStart } from '../contract/pages.js';
import { SHARD_COUNT, shardName, shardOf } from '../contract/shard.js';
import { MAX_PREFIX, SEARCH_LISTED, searchWords } from '../contract/search-words.js';
import type { ProductSummary } from '../contract/types.js';

export type Json = Record<string, unknown>;

/** The fields of a summary, in the order a derived document writes them. */
export const SUMMARY_FIELDS = ['slug', 'name', 'sector', 'velocity', 'sparks30d'] as const;

/** Every shard's name, `000` to `fff`. */
export function allShards(): string[] {
  return Array.from({ length: SHARD_COUNT }, (_, n) => shardName(n));
}

/** The products of each shard, sorted by slug; a shard with none is absent. */
export function productsByShard<T extends { slug: string }>(products: readonly T[]): Map<string, T[]> {
  const shards = new Map<string, T[]>();
  for (const product of products) {
    const shard = shardOf(product.slug);
    const list = shards.get(shard);
    if (list) list.push(product);
    else shards.set(shard, [product]);
  }
  for (const list of shards.values()) list.sort((x, y) => (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0));
  return shards;
}

/**
 * The fastest products of each sector, ALTERNATIVES_LISTED + 1 of them: a
 * product's alternatives are its sector's list without itself. Products
 * without a sector have none, and are no one's.
 */
export function sectorLeaders(products: readonly ProductSummary[]): Map<string, ProductSummary[]> {
  const keep = ALTERNATIVES_LISTED + 1;
  const leaders = new Map<string, ProductSummary[]>();
  for (const product of products) {
    if (product.sector === '') continue;
    let list = leaders.get(product.sector);
    if (!list) leaders.set(product.sector, (list = []));
    list.push(product);
    // Sorted and cut now and then, so a sector of 20,000 products never holds them all.
    if (list.length >= keep * 8) list.sort(fastestFirst).splice(keep);
  }
  for (const list of leaders.values()) list.sort(fastestFirst).splice(keep);
  return leaders;
}

/** The alternatives a published document of `product` lists: its sector's fastest, itself left out. */
export function alternativesOf(product: ProductSummary, leaders: Map<string, ProductSummary[]>): ProductSummary[] {
  if (product.sector === '') return [];
  return (leaders.get(product.sector) ?? []).filter((other) => other.slug !== product.slug).slice(0, ALTERNATIVES_LISTED);
}

/** The activity items pages hold: the product document's as written, as many as the reader reads. */
export function pagedItems(product: Json): unknown[] {
  return Array.isArray(product.activity) ? product.activity.slice(0, MAX_ACTIVITY) : [];
}

/** The items of page `n`. */
export function pageItems(items: readonly unknown[], n: number): unknown[] {
  return items.slice(pageStart(n), pageEnd(n));
}

export { pageCount };

/** The summary fields `entry` has, as written, in SUMMARY_FIELDS order. */
export function summaryOf(entry: Json): Json {
  const summary: Json = {};
  for (const field of SUMMARY_FIELDS) if (entry[field] !== undefined) summary[field] = entry[field];
  return summary;
}

/**
 * `language` as the index wrote it, when it did, and `site` as it wrote it,
 * or the site the widgets read without one: so every derived document that
 * needs a site has one, and a comparison never needs the index for it.
 */
export function sharedFields(index: Json): { language?: unknown; site: unknown } {
  return { ...(index.language !== undefined ? { language: index.language } : {}), site: siteOf(index) };
}

/** The index's `site` as written, or the one the widgets fall back to. */
export function siteOf(index: Json): unknown {
  return index.site !== undefined ? index.site : { name: 'Sparkpulse' };
}

/** `summaries/{shard}.json`: `summaries`, the entries' summaries as written, already sorted by slug. */
export function summariesDocument(shard: string, index: Json, summaries: readonly Json[]): Json {
  return { version: 1, kind: 'summaries', ...sharedFields(index), shard, products: summaries };
}

/** The fields of a search entry, in the order a search document writes them. */
export const SEARCH_FIELDS = ['slug', 'name', 'sector', 'velocity'] as const;

/** One search document's content, before it is written: see searchNodes. */
export interface SearchNode<T> {
  prefix: string;
  /** Products with a word starting with the prefix. */
  matches: number;
  /** The characters that continue the prefix in documents of their own: none unless the document is cut. */
  next: string[];
  /** The fastest SEARCH_LISTED of those products, fastest first. */
  products: T[];
}

/**
 * Every search document (see contract/search-schema.ts), one at a time:
 * `search.json` first, then each prefix's children in character order,
 * depth first. A prefix is split one character further only while it has
 * more than SEARCH_LISTED products, up to MAX_PREFIX characters, so a
 * catalogue of 100,000 products makes a few thousand small documents; the
 * products a cut document leaves out are each in a longer prefix's, down
 * to their whole words.
 */
export function* searchNodes<T extends ProductSummary>(products: readonly T[]): Generator<SearchNode<T>> {
  const ranked = [...products].sort(fastestFirst);
  const words = ranked.map((p) => [...new Set([p.name, p.slug, p.sector].flatMap(searchWords))]);
  function* visit(prefix: string, depth: number, members: number[]): Generator<SearchNode<T>> {
    const children = new Map<string, number[]>();
    if (members.length > SEARCH_LISTED && depth < MAX_PREFIX) {
      // Members are in rank order, so each child's are too.
      for (const i of members) {
        for (const word of words[i]) {
          if (word.length <= prefix.length || !word.startsWith(prefix)) continue;
          const char = String.fromCodePoint(word.codePointAt(prefix.length)!);
          const list = children.get(char);
          if (!list) children.set(char, [i]);
          else if (list.at(-1) !== i) list.push(i);
        }
      }
    }
    const next = [...children.keys()].sort();
    yield { prefix, matches: members.length, next, products: members.slice(0, SEARCH_LISTED).map((i) => ranked[i]) };
    for (const char of next) yield* visit(prefix + char, depth + 1, children.get(char)!);
  }
  yield* visit('', 0, ranked.map((_, i) => i));
}

/**
 * `search.json` or `search/{prefix}.json`: each product's search fields as
 * the index wrote them (`rawOf` its entry), the index's language, and in
 * `search.json` its site.
 */
export function searchDocumentJson(node: SearchNode<ProductSummary>, index: Json, rawOf: (slug: string) => Json): Json {
  const { language, site } = sharedFields(index);
  return {
    version: 1,
    kind: 'search',
    ...(language !== undefined ? { language } : {}),
    ...(node.prefix === '' ? { site } : {}),
    prefix: node.prefix,
    matches: node.matches,
    ...(node.next.length > 0 ? { next: node.next } : {}),
    products: node.products.map(({ slug }) => {
      const raw = rawOf(slug);
      const entry: Json = {};
      for (const field of SEARCH_FIELDS) if (raw[field] !== undefined) entry[field] = raw[field];
      return entry;
    }),
  };
}

/** `activity/{slug}/{n}.json`. */
export function activityPageDocument(product: Json, n: number, pages: number, items: readonly unknown[]): Json {
  const language = product.language !== undefined ? { language: product.language } : {};
  return { version: 1, kind: 'activity', ...language, slug: product.slug, name: product.name, page: n, pages, items };
}

/**
 * The published `products/{slug}.json`: the product document as written,
 * with the index's `site` and the product's `alternatives` put in (in place
 * of any the document had).
 */
export function publishedProduct(product: Json, site: unknown, alternatives: readonly Json[]): Json {
  const published: Json = { ...product };
  delete published.site;
  delete published.alternatives;
  published.site = site;
  published.alternatives = alternatives;
  return published;
}

/**
 * True when two values read from JSON say the same: objects by their keys,
 * whatever their order, lists item by item; a key whose value is undefined
 * (a field the reader left out) counts as absent.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const keys = (o: object) => Object.keys(o).filter((key) => (o as Json)[key] !== undefined);
  const ka = keys(a);
  if (ka.length !== keys(b).length) return false;
  return ka.every((key) => Object.hasOwn(b, key) && sameJson((a as Json)[key], (b as Json)[key]));
}
