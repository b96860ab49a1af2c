/// <reference types="node" />
// `sparkpulse validate`: reads an endpoint with the widgets' own reader, then
// checks what no single document can show: that the index and the product
// documents agree, and that the site's URL templates make a link for every
// product. On the published form (see published-form.ts), it also checks
// every derived document against its schema and against the full form it
// came from. Returns a report; printing it is format.ts's job.
import { ContractError, Reader, readActivityPage, readIndex, readProduct, readSearch, readSummaries, searchDocument, shardOf } from '../contract/index.js';
import type { Index, Product, ProductSummary, SearchEntry, Site } from '../contract/index.js';
import { MAX_BODY_BYTES } from '../client/fetch-text.js';
import { fillTemplate } from '../text/format.js';
import { MAX_INPUT_BYTES, notJson, type ReadOptions, type Source, type SourceProblem } from '../node/source.js';
import {
  allShards,
  alternativesOf,
  pageCount,
  pagedItems,
  pageItems,
  productsByShard,
  sameJson,
  searchNodes,
  sectorLeaders,
  type SearchNode,
} from './published-form.js';
import { pageStart } from '../contract/pages.js';

export type FindingKind =
  /** The endpoint itself cannot be read: a folder that does not exist. */
  | 'endpoint'
  | 'contract'
  | 'not-json'
  | SourceProblem
  | 'slug-mismatch'
  | 'index-disagrees'
  | 'duplicate-slug'
  | 'activity-order'
  | 'template'
  /** Published form: a product missing from its shard, in the wrong one, listed twice or out of order. */
  | 'shard'
  /** Published form: a summary, a site or a language that is not what the full form says. */
  | 'summary-disagrees'
  /** Published form: a product's alternatives are not its sector's fastest. */
  | 'alternatives'
  /** Published form: a page of activity that is not the product's activity, or the wrong pages. */
  | 'activity-pages'
  /** Published form: a search document that does not list what the index says it must. */
  | 'search';

/** One error or warning. `path` is '' when it is about the whole document. */
export interface Finding {
  document: string;
  path: string;
  message: string;
  kind: FindingKind;
}

export interface Report {
  /** The version of this report's shape. */
  version: 1;
  /** The endpoint as it was named. */
  endpoint: string;
  /**
   * `full`: index.json and the product documents; `published`: with the
   * documents `sparkpulse build` derives from them, found by their shards.
   */
  form: 'full' | 'published';
  /**
   * Every document that was read as JSON: `index.json`, then
   * `products/<slug>.json` in index order; on the published form, then every
   * `summaries/<shard>.json`, then `search.json` and every
   * `search/<prefix>.json` (each prefix before the longer ones that start
   * with it), then `activity/<slug>/<n>.json` in index order.
   */
  documents: string[];
  errors: Finding[];
  warnings: Finding[];
  summary: {
    /** Products listed in the index (each slug once). */
    products: number;
    documents: number;
    errors: number;
    warnings: number;
    /** True when there is no error; warnings are allowed. */
    ok: boolean;
  };
}

export interface ValidateOptions {
  /** Called after each product document, with how many are done and how many there are. */
  onProgress?: (done: number, total: number) => void;
  /**
   * `endpoint` (the default): as the widgets read it, in whichever form it
   * is. `input`: the full form as the input of `sparkpulse build`, which
   * no widget reads: index.json may be over the widgets' 1 MB cap, and the
   * derived documents are not looked at.
   */
  as?: 'endpoint' | 'input';
  /**
   * Checks the product documents (and their pages), in order; checkProducts
   * unless given: workers.ts gives one that shares them out among threads.
   */
  check?: CheckProducts;
}

/** Checks `entries`' documents; calls `onEach` after each. */
export type CheckProducts = (
  source: Source,
  entries: ProductSummary[],
  published: Published | undefined,
  onEach: () => void,
) => Promise<ProductCheck[]>;

/** What the product checks need to know of the published form: plain data, so a worker thread can be sent it. */
export interface Published {
  /** The index's site and language, as read. */
  site: Site;
  language: string;
  /** The fastest products of each sector (sectorLeaders). */
  leaders: Map<string, ProductSummary[]>;
}

/** What checking one product found: plain data, so a worker thread can send it back. */
export interface ProductCheck {
  product: FindingsData;
  /** Its pages' findings, on the published form. */
  pages?: FindingsData;
  /** Its own summary fields as read, on the published form: a shard must say the same. */
  own?: ProductSummary;
}

interface FindingsData {
  document: string;
  read: string[];
  errors: Finding[];
  warnings: Finding[];
}

const INDEX = 'index.json';

/**
 * What one document contributed (or one product's pages); kept apart so the
 * report's order never depends on timing.
 */
class Findings implements FindingsData {
  readonly read: string[] = [];
  readonly errors: Finding[] = [];
  readonly warnings: Finding[] = [];

  constructor(readonly document: string) {}

  error(path: string, message: string, kind: FindingKind, document = this.document): void {
    this.errors.push({ document, path, message, kind });
  }

  warning(path: string, message: string, kind: FindingKind, document = this.document): void {
    this.warnings.push({ document, path, message, kind });
  }
}

/** What the full form says the shards must hold: made from the index and the product documents. */
interface Expected extends Published {
  /** The index's entries by slug. */
  bySlug: Map<string, ProductSummary>;
  byShard: Map<string, ProductSummary[]>;
  /** Each product document's own summary fields: a summary must say what its product says. */
  products: Map<string, ProductSummary>;
}

/** Checks the endpoint `source` names; resolves once every document has been read. */
export async function validate(source: Source, { onProgress, as = 'endpoint', check = checkProducts }: ValidateOptions = {}): Promise<Report> {
  const index = new Findings(INDEX);
  const all: FindingsData[] = [index];
  let products = 0;
  let form: Report['form'] = 'full';
  // Read past the widgets' cap, so a catalogue too large for them is still checked whole.
  const read = await readDocument(source, index, readIndex, { maxBytes: MAX_INPUT_BYTES });
  if (read) {
    const entries = uniqueEntries(read.value, read.json, index);
    products = entries.length;
    checkTemplates(read.json, entries, index);
    if (as === 'endpoint' && (await isPublished(source, entries))) form = 'published';
    if (as === 'endpoint' && form === 'full') checkIndexSize(read.bytes, index);
    const published: Published | undefined =
      form === 'published' ? { site: read.value.site, language: read.value.language, leaders: sectorLeaders(entries) } : undefined;
    let done = 0;
    const checked = await check(source, entries, published, () => onProgress?.(++done, entries.length));
    all.push(...checked.map((c) => c.product));
    if (published) {
      const expected: Expected = {
        ...published,
        bySlug: new Map(entries.map((entry) => [entry.slug, entry])),
        byShard: productsByShard(entries),
        products: new Map(checked.flatMap((c) => (c.own ? [[c.own.slug, c.own]] : []))),
      };
      const shards = allShards().map((shard) => new Findings(`summaries/${shard}.json`));
      await eachLimited(shards, source.concurrency, (out) => checkShard(source, out, expected));
      const search = [...searchNodes(entries)].map((node) => ({ node, out: new Findings(searchDocument(node.prefix)) }));
      await eachLimited(search, source.concurrency, ({ node, out }) => checkSearch(source, out, node, expected));
      all.push(...shards, ...search.map(({ out }) => out), ...checked.flatMap((c) => (c.pages ? [c.pages] : [])));
    }
  }
  return report(source.name, form, products, all);
}

/** Checks `entries`' documents in this thread, a few at a time. */
export async function checkProducts(
  source: Source,
  entries: ProductSummary[],
  published: Published | undefined,
  onEach: () => void,
): Promise<ProductCheck[]> {
  const checked: ProductCheck[] = new Array(entries.length);
  await eachLimited(entries, source.concurrency, async (entry, i) => {
    const product = new Findings(`products/${entry.slug}.json`);
    const pages = published ? new Findings(`activity/${entry.slug}/1.json`) : undefined;
    const own = await checkProduct(source, entry, product, published && pages && { published, pages });
    checked[i] = { product, ...(pages ? { pages } : {}), ...(own ? { own } : {}) };
    onEach();
  });
  return checked;
}

function report(endpoint: string, form: Report['form'], products: number, all: FindingsData[]): Report {
  const documents = all.flatMap((f) => f.read);
  const errors = all.flatMap((f) => f.errors);
  const warnings = all.flatMap((f) => f.warnings);
  return {
    version: 1,
    endpoint,
    form,
    documents,
    errors,
    warnings,
    summary: {
      products,
      documents: documents.length,
      errors: errors.length,
      warnings: warnings.length,
      ok: errors.length === 0,
    },
  };
}

/**
 * True when the endpoint has summaries: `build` writes every shard, so shard
 * 000, or the first product's, answers. A shard that answers anything but
 * "not there" counts: the widgets would not fall back to the index either.
 */
async function isPublished(source: Source, entries: ProductSummary[]): Promise<boolean> {
  for (const shard of new Set(['000', ...entries.slice(0, 1).map((entry) => shardOf(entry.slug))])) {
    const document = `summaries/${shard}.json`;
    const got = source.readSync ? source.readSync(document) : await source.read(document);
    if (!('problem' in got) || got.problem !== 'missing-document') return true;
  }
  return false;
}

/** On the full form, the widgets read index.json itself: over their cap, they refuse it. */
function checkIndexSize(bytes: number, out: Findings): void {
  if (bytes <= MAX_BODY_BYTES) return;
  out.error(
    '',
    `is ${bytes.toLocaleString('en-US')} bytes, over the ${MAX_BODY_BYTES.toLocaleString('en-US')}-byte cap: the widgets refuse it. ` +
      'Publish the endpoint with "sparkpulse build", whose small documents they read instead',
    'too-large',
  );
}

/**
 * Fetches, parses and reads one document, recording why when it cannot.
 * Gives the raw JSON too: the cross-document checks name paths as the
 * publisher wrote them, and the reader leaves bad items out.
 */
async function readDocument<T>(
  source: Source,
  out: Findings,
  read: (r: Reader, json: unknown) => T,
  options: ReadOptions & {
    document?: string;
    /** The reader's warnings are not reported: a derived document's are the full form's again. */
    quiet?: boolean;
    /** What the reader is given instead of the document as parsed. */
    readable?: (json: unknown) => unknown;
  } = {},
): Promise<{ value: T; json: Record<string, unknown>; bytes: number } | undefined> {
  const document = options.document ?? out.document;
  const fetched = source.readSync ? source.readSync(document, options) : await source.read(document, options);
  if ('problem' in fetched) {
    out.error('', fetched.message, fetched.problem, document);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(fetched.text);
  } catch (error) {
    out.error('', notJson(fetched.text, error as Error), 'not-json', document);
    return undefined;
  }
  out.read.push(document);
  try {
    const [value, warnings] = Reader.read(document, options.readable ? options.readable(json) : json, read);
    if (!options.quiet) {
      for (const warning of warnings) {
        const { path, message } = splitWarning(document, warning);
        out.warning(path, message, 'contract', document);
      }
    }
    return { value, json: json as Record<string, unknown>, bytes: Buffer.byteLength(fetched.text) };
  } catch (error) {
    if (error instanceof ContractError) {
      out.error(error.path === '(document)' ? '' : error.path, `${error.problem}; the widgets refuse the whole document`, 'contract', document);
    } else {
      // The widgets would fail on it too; one such document must not hide the others' findings.
      out.error('', `the widgets' reader fails on it (${(error as Error)?.message ?? String(error)})`, 'contract', document);
    }
    return undefined;
  }
}

/** The reader's warnings read `products/kafka.json website: expected …`. */
function splitWarning(document: string, warning: string): { path: string; message: string } {
  const rest = warning.startsWith(`${document} `) ? warning.slice(document.length + 1) : warning;
  const match = /^(\S*): ([\s\S]*)$/.exec(rest);
  return match ? { path: match[1], message: match[2] } : { path: '', message: rest };
}

/**
 * The index's entries, each slug once; a slug listed again is an error at
 * its second place, named as in the file, which the reader's list may have
 * shortened.
 */
function uniqueEntries(index: Index, json: Record<string, unknown>, out: Findings): ProductSummary[] {
  const raw = Array.isArray(json.products) ? (json.products as unknown[]) : [];
  const first = new Map<string, number>();
  const entries: ProductSummary[] = [];
  let cursor = 0;
  for (const entry of index.products) {
    // The reader keeps the order and only leaves items out, so each entry is at or after the last one found.
    while (cursor < raw.length && (raw[cursor] as { slug?: unknown } | null)?.slug !== entry.slug) cursor++;
    const at = cursor++;
    const seen = first.get(entry.slug);
    if (seen === undefined) {
      first.set(entry.slug, at);
      entries.push(entry);
    } else {
      out.error(`products[${at}].slug`, `${quote(entry.slug)} is listed again; the first is products[${seen}]`, 'duplicate-slug');
    }
  }
  return entries;
}

/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Checks one product's document, and on the published form its pages; gives back its summary fields as read. */
async function checkProduct(
  source: Source,
  entry: ProductSummary,
  out: Findings,
  published?: { published: Published; pages: Findings },
): Promise<ProductSummary | undefined> {
  const read = await readDocument(source, out, readProduct);
  if (!read) return undefined;
  const { value: product, json } = read;
  if (product.slug !== entry.slug) {
    // The widgets refuse the whole document, so whatever else it says does not matter.
    out.error('slug', `is ${quote(product.slug)}, but a document at ${out.document} must describe ${quote(entry.slug)}: the widgets refuse it`, 'slug-mismatch');
    return undefined;
  }
  checkAgainstIndex(entry, product, out);
  checkActivityOrder(json.activity, out);
  if (!published) return undefined;
  checkPublishedProduct(entry, product, json, published.published, out);
  await checkPages(source, product, json, published.pages);
  const { slug, name, sector, velocity, sparks30d } = product;
  return { slug, name, sector, velocity, sparks30d };
}

const SHARED_FIELDS = ['name', 'sector', 'velocity', 'sparks30d'] as const;

/**
 * A badge shows the index, a comparison the product document: they must say
 * the same. A field the reader replaced (an empty sector, no sparks30d) has
 * its own warning already, so it is not compared.
 */
function checkAgainstIndex(entry: ProductSummary, product: Product, out: Findings): void {
  for (const field of SHARED_FIELDS) {
    const listed = entry[field];
    const own = product[field];
    if (listed === undefined || own === undefined || listed === '' || own === '' || listed === own) continue;
    out.error(field, `is ${quote(own)}, but index.json lists ${quote(listed)}`, 'index-disagrees');
  }
}

/**
 * Activity must be newest first. Checked on the items as written, so paths
 * match the file; items without a usable date have their own warning.
 */
function checkActivityOrder(activity: unknown, out: Findings): void {
  if (!Array.isArray(activity)) return;
  const dated = activity.flatMap((item: unknown, at) => {
    const date = (item as { date?: unknown } | null)?.date;
    const time = typeof date === 'string' ? Date.parse(date) : NaN;
    return Number.isNaN(time) ? [] : [{ at, date: date as string, time }];
  });
  const wrong = dated.filter((item, i) => i > 0 && item.time > dated[i - 1].time);
  if (wrong.length === 0) return;
  const first = wrong[0];
  const before = dated[dated.indexOf(first) - 1];
  const more = wrong.length - 1;
  const rest = more > 0 ? `; ${more} more ${more === 1 ? 'item is' : 'items are'} out of order after it` : '';
  out.error(
    `activity[${first.at}].date`,
    `${first.date} is newer than activity[${before.at}] (${before.date}): activity must be newest first${rest}`,
    'activity-order',
  );
}

/** Each `site` template, and the placeholders it is filled with. */
const TEMPLATES = [
  { field: 'productUrl', placeholders: ['slug'] },
  { field: 'compareUrl', placeholders: ['a', 'b'] },
  { field: 'alternativesUrl', placeholders: ['slug'] },
] as const;

const SHOWN_SLUGS = 5;

/**
 * Every template must fill to a safe absolute http(s) URL for every product,
 * or that product gets no link. Slugs are [a-z0-9-], so filling one
 * placeholder cannot change how another parses; only the URL's length
 * depends on both. So a comparison link is filled for each product as {a}
 * and as {b}, with the longest other slug beside it: the worst case of
 * every pair, in one pass.
 */
function checkTemplates(json: Record<string, unknown>, entries: ProductSummary[], out: Findings): void {
  const site = json.site;
  if (typeof site !== 'object' || site === null) return;
  const slugs = entries.map((entry) => entry.slug);
  const byLength = [...slugs].sort((a, b) => b.length - a.length);
  const longestBesides = (slug: string) => (byLength[0] === slug && byLength.length > 1 ? byLength[1] : byLength[0]);

  for (const { field, placeholders } of TEMPLATES) {
    const template = (site as Record<string, unknown>)[field];
    const path = `site.${field}`;
    if (template === undefined) continue;
    if (typeof template !== 'string') {
      out.error(path, 'expected a URL template (text)', 'template');
      continue;
    }
    const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const wanted = placeholders.map((p) => `{${p}}`).join(' and ');
    const unknown = [...new Set(names.filter((name) => !(placeholders as readonly string[]).includes(name)))];
    if (unknown.length > 0) {
      out.error(path, `${unknown.map((n) => `{${n}}`).join(', ')} would stay in every link as written: it takes ${wanted}`, 'template');
    }
    const absent = placeholders.filter((p) => !names.includes(p));
    if (absent.length > 0) {
      const same = field === 'compareUrl' ? 'different comparisons' : 'every product';
      out.error(path, `has no ${absent.map((p) => `{${p}}`).join(' or ')}: it takes ${wanted}, or ${same} would get the same link`, 'template');
    }
    const fills =
      field === 'compareUrl'
        ? (slug: string) => [
            { a: slug, b: longestBesides(slug) },
            { a: longestBesides(slug), b: slug },
          ]
        : (slug: string) => [{ slug }];
    const failed: { slug: string; filled: string }[] = [];
    for (const slug of slugs) {
      const bad = fills(slug).find((values) => fillTemplate(template, values) === undefined);
      if (bad) failed.push({ slug, filled: fillAsWritten(template, bad) });
    }
    if (failed.length > 0) {
      const shown = failed.slice(0, SHOWN_SLUGS).map((f) => f.slug).join(', ');
      const rest = failed.length > SHOWN_SLUGS ? ` and ${failed.length - SHOWN_SLUGS} more` : '';
      out.error(
        path,
        `fills to no absolute http(s) URL for ${failed.length} of ${slugs.length} products (${shown}${rest}), e.g. ${quote(shorten(failed[0].filled))}: they would get no link`,
        'template',
      );
    }
  }
}

/** What fillTemplate fills in, before it is checked: to show the publisher what failed. */
function fillAsWritten(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? encodeURIComponent(values[key]) : whole));
}

function quote(value: string | number): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function shorten(text: string, max = 100): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

// The published form. Each derived document is read with its schema, and
// its values are compared, as the widgets read them, with what the full form
// says. A derived document repeats the full form's values, so the reader's
// warnings on it are the full form's warnings again: they are not repeated.

/** Where the full form says something: for messages. */
const productDocument = (slug: string) => `products/${slug}.json`;

/** The index's site and language, as the widgets read them. */
function checkShared(value: { site: Site; language: string }, expected: Published, out: Findings): void {
  if (value.language !== expected.language) {
    out.error('language', `is ${quote(value.language)}, but index.json says ${quote(expected.language)}`, 'summary-disagrees');
  }
  if (!sameJson(value.site, expected.site)) out.error('site', "is not index.json's site", 'summary-disagrees');
}

/** A product document of the published form carries the index's site and its sector's fastest products. */
function checkPublishedProduct(entry: ProductSummary, product: Product, json: Record<string, unknown>, expected: Published, out: Findings): void {
  if (json.site === undefined) {
    out.error('site', "is missing: on the published form, a product document carries index.json's site, so a comparison needs no index", 'summary-disagrees');
  } else if (!sameJson(product.site, expected.site)) {
    out.error('site', "is not index.json's site", 'summary-disagrees');
  }
  const want = alternativesOf(entry, expected.leaders);
  const have = product.alternatives;
  if (have === undefined) {
    out.error('alternatives', `is missing: on the published form, a product document lists its sector's fastest products, so a comparison needs no index`, 'alternatives');
    return;
  }
  const wanted = want.map((p) => p.slug);
  const listed = have.map((p) => p.slug);
  if (!sameJson(listed, wanted)) {
    const sector = entry.sector === '' ? 'it has no sector, so none' : `the fastest of ${quote(entry.sector)} are ${shortList(wanted)}`;
    out.error('alternatives', `are ${shortList(listed)}, but ${sector}`, 'alternatives');
    return;
  }
  have.forEach((alternative, i) => {
    const field = differingField(alternative, want[i]);
    if (field) {
      out.error(
        `alternatives[${i}].${field}`,
        `is ${quote(alternative[field] ?? '(nothing)')}, but index.json lists ${quote(want[i][field] ?? '(nothing)')}`,
        'summary-disagrees',
      );
    }
  });
}

const SUMMARY_COMPARED = ['name', 'sector', 'velocity', 'sparks30d'] as const;

/** The first field in which two summaries differ, as the widgets read them. */
function differingField(have: ProductSummary, want: ProductSummary): (typeof SUMMARY_COMPARED)[number] | undefined {
  return SUMMARY_COMPARED.find((field) => have[field] !== want[field]);
}

/**
 * Page n holds the product document's items pageStart(n) to pageEnd(n) as
 * written, and says how many pages there are. Its items are compared with the
 * document's, which the same item schema has read: they are not read again.
 */
async function checkPages(source: Source, product: Product, json: Record<string, unknown>, out: Findings): Promise<void> {
  const items = pagedItems(json);
  const pages = pageCount(items.length);
  const of = `${productDocument(product.slug)}'s activity`;
  for (let n = 1; n <= pages; n++) {
    const document = `activity/${product.slug}/${n}.json`;
    const read = await readDocument(source, out, readActivityPage, {
      document,
      quiet: true,
      readable: (page) => (isObject(page) ? { ...page, items: [] } : page),
    });
    if (!read) continue;
    const page = read.value;
    const wrong = (path: string, message: string) => out.error(path, message, 'activity-pages', document);
    if (page.slug !== product.slug) wrong('slug', `is ${quote(page.slug)}: this is ${quote(product.slug)}'s page`);
    if (page.name !== product.name) wrong('name', `is ${quote(page.name)}, but ${productDocument(product.slug)} says ${quote(product.name)}`);
    if (page.language !== product.language) wrong('language', `is ${quote(page.language)}, but ${productDocument(product.slug)} says ${quote(product.language)}`);
    if (page.page !== n) wrong('page', `is ${page.page}, but this is page ${n}`);
    if (page.pages !== pages) wrong('pages', `is ${page.pages}, but ${of} takes ${pages} ${pages === 1 ? 'page' : 'pages'} (${items.length} items)`);
    const want = pageItems(items, n);
    const have = read.json.items;
    if (!Array.isArray(have)) {
      out.error('items', 'expected a list; the widgets refuse the whole document', 'contract', document);
      continue;
    }
    if (have.length !== want.length) {
      wrong('items', `holds ${have.length} items, but page ${n} holds items ${pageStart(n)} to ${pageStart(n) + want.length - 1} of ${of}, ${want.length} of them`);
      continue;
    }
    const at = have.findIndex((item, i) => !sameJson(item, want[i]));
    if (at !== -1) wrong(`items[${at}]`, `is not item ${pageStart(n) + at} of ${of}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A shard lists exactly the products whose slugs hash to it, sorted by slug,
 * each saying what its product document says, with the index's site and
 * language: a badge reads nothing else.
 */
async function checkShard(source: Source, out: Findings, expected: Expected): Promise<void> {
  const read = await readDocument(source, out, readSummaries, { quiet: true });
  if (!read) return;
  const shard = out.document.slice('summaries/'.length, -'.json'.length);
  const { value } = read;
  if (value.shard !== shard) out.error('shard', `is ${quote(value.shard)}, but this is shard ${quote(shard)}`, 'shard');
  checkShared(value, expected, out);
  const at = rawPositions(value.products, read.json.products);
  const listed = new Set<string>();
  let previous = '';
  value.products.forEach((summary, i) => {
    const path = `products[${at[i]}]`;
    const slug = summary.slug;
    if (slug <= previous && i > 0) out.error(`${path}.slug`, `${quote(slug)} comes after ${quote(previous)}: a shard is sorted by slug`, 'shard');
    previous = slug;
    const entry = expected.bySlug.get(slug);
    if (shardOf(slug) !== shard) {
      out.error(`${path}.slug`, `${quote(slug)} belongs in summaries/${shardOf(slug)}.json, not in this shard`, 'shard');
    } else if (!entry) {
      out.error(`${path}.slug`, `${quote(slug)} is not in index.json: a badge would show a product that is not tracked`, 'shard');
    } else if (listed.has(slug)) {
      out.error(`${path}.slug`, `${quote(slug)} is listed twice`, 'shard');
    } else {
      listed.add(slug);
      const own = expected.products.get(slug);
      const want = own ?? entry;
      const field = differingField(summary, want);
      if (field) {
        out.error(
          `${path}.${field}`,
          `is ${quote(summary[field] ?? '(nothing)')}, but ${own ? productDocument(slug) : 'index.json'} says ${quote(want[field] ?? '(nothing)')}`,
          'summary-disagrees',
        );
      }
    }
  });
  const missing = (expected.byShard.get(shard) ?? []).filter((entry) => !listed.has(entry.slug)).map((entry) => entry.slug);
  if (missing.length > 0) {
    out.error(
      'products',
      `does not list ${shortList(missing)}, which index.json lists and whose shard this is: a badge for ${missing.length === 1 ? 'it' : 'them'} would say "not tracked"`,
      'shard',
    );
  }
}

/**
 * A search document lists what searchNodes says, as `build` writes it:
 * its prefix, how many products match it, the characters continuing it,
 * and its products in order, each saying what index.json says. The
 * builder reads nothing else, so a product left out there cannot be found.
 */
async function checkSearch(source: Source, out: Findings, node: SearchNode<ProductSummary>, expected: Expected): Promise<void> {
  const read = await readDocument(source, out, readSearch, { quiet: true });
  if (!read) return;
  const { value } = read;
  const wrong = (path: string, message: string) => out.error(path, message, 'search');
  if (value.language !== expected.language) {
    out.error('language', `is ${quote(value.language)}, but index.json says ${quote(expected.language)}`, 'summary-disagrees');
  }
  if (node.prefix === '' && !sameJson(value.site, expected.site)) out.error('site', "is not index.json's site", 'summary-disagrees');
  if (value.prefix !== node.prefix) wrong('prefix', `is ${quote(value.prefix)}, but this is the document of ${quote(node.prefix)}`);
  const products = node.prefix === '' ? 'products' : `products with a word starting with ${quote(node.prefix)}`;
  if (value.matches !== node.matches) wrong('matches', `is ${value.matches}, but index.json has ${node.matches} ${products}`);
  if (!sameJson(value.next, node.next)) {
    wrong('next', `is ${shortList(value.next)}, but ${node.next.length > 0 ? `the characters that continue it are ${shortList(node.next)}` : 'it lists every match, so none'}`);
  }
  const listed = value.products.map((p) => p.slug);
  const wanted = node.products.map((p) => p.slug);
  if (!sameJson(listed, wanted)) {
    const missing = wanted.filter((slug) => !listed.includes(slug));
    const extra = listed.filter((slug) => !wanted.includes(slug));
    const whys = [
      ...(missing.length > 0 ? [`${shortList(missing)} could not be found`] : []),
      ...(extra.length > 0 ? [`${shortList(extra)} ${extra.length === 1 ? 'does' : 'do'} not belong here`] : []),
    ];
    const why = whys.length > 0 ? `: ${whys.join('; ')}` : '';
    wrong('products', `are ${shortList(listed)}, but the ${wanted.length === node.matches ? '' : `${wanted.length} fastest `}${products}, fastest first, are ${shortList(wanted)}${why}`);
    return;
  }
  const at = rawPositions(value.products, read.json.products);
  value.products.forEach((entry, i) => {
    const field = SEARCH_COMPARED.find((key) => entry[key] !== node.products[i][key]);
    if (field) {
      out.error(`products[${at[i]}].${field}`, `is ${quote(entry[field])}, but index.json lists ${quote(node.products[i][field])}`, 'summary-disagrees');
    }
  });
}

const SEARCH_COMPARED = ['name', 'sector', 'velocity'] as const satisfies readonly (keyof SearchEntry)[];

/** Where each item the reader kept was in the list as written; it keeps their order and only leaves items out. */
function rawPositions(kept: readonly { slug: string }[], raw: unknown): number[] {
  const list = Array.isArray(raw) ? raw : [];
  const positions: number[] = [];
  let cursor = 0;
  for (const item of kept) {
    while (cursor < list.length && (list[cursor] as { slug?: unknown } | null)?.slug !== item.slug) cursor++;
    positions.push(cursor++);
  }
  return positions;
}

/** `"a", "b", "c" and 4 more`, or `none`. */
function shortList(slugs: readonly string[], max = SHOWN_SLUGS): string {
  if (slugs.length === 0) return 'none';
  const shown = slugs.slice(0, max).map(quote).join(', ');
  return slugs.length > max ? `${shown} and ${slugs.length - max} more` : shown;
}
