/// <reference types="node" />
// `sparkpulse build`: publishes an endpoint. Reads the full form (index.json
// and products/{slug}.json), refuses it when `validate` finds an error, and
// writes the published form into another folder: the full form itself, with
// site and alternatives in each product document; every shard of summaries;
// every page of activity; the search documents of the embed builder; the
// badges `sparkpulse badges` writes. See
// published-form.ts for what each document holds.
//
// It streams: the index is held (the catalogue in short), never more than a
// few product documents at once. Files are written with node/safe-files.ts:
// never through a link, only inside the output folder, and a file that
// already says what it would say is left alone, date included, so a second
// run over an unchanged catalogue writes nothing. Files the last run wrote
// for what is gone (a removed product, a page past the last) are deleted.
import { ContractError, Reader, readIndex, type ProductSummary } from '../contract/index.js';
import { MAX_SHARD_PRODUCTS } from '../contract/summaries-schema.js';
import { searchDocument } from '../contract/search-words.js';
import { checkInside, eachFileInside, OutputFolder, RefusedPathError, WriteFailedError, type Outcome } from '../node/safe-files.js';
import { MAX_INPUT_BYTES, type Source } from '../node/source.js';
import { badgeSvg, loadBadgeMaker, shieldsEndpoint, type BadgeStyle } from './badges.js';
import {
  activityPageDocument,
  allShards,
  alternativesOf,
  pageCount,
  pagedItems,
  pageItems,
  productsByShard,
  publishedProduct,
  searchDocumentJson,
  searchNodes,
  sectorLeaders,
  siteOf,
  summariesDocument,
  summaryOf,
  type Json,
} from './published-form.js';
import { validate, type CheckProducts, type Report } from './validate.js';

export interface BuildOptions {
  style?: BadgeStyle;
  /** Called while the full form is validated, then while it is published, with how many products are done. */
  onProgress?: (phase: 'validate' | 'publish', done: number, total: number) => void;
  /** How the product documents are checked: in this thread unless given (workers.ts shares them out). */
  check?: CheckProducts;
  /** How they are published: publishProducts unless given (workers.ts shares them out). */
  publish?: PublishProducts;
}

/** What publishing a product needs besides the product: plain data, so a worker thread can be sent it. */
export interface PublishContext {
  /** The folder to write into. */
  out: string;
  style: BadgeStyle;
  /** The index's site as written (siteOf). */
  site: unknown;
  /** The fastest products of each sector (sectorLeaders). */
  leaders: Map<string, ProductSummary[]>;
  /** Those products' summaries as the index wrote them (summaryOf), by slug. */
  leaderSummaries: Map<string, Json>;
}

/**
 * Publishes `entries`' documents, pages and badges, counting each file in
 * `counts` as it goes; resolves to the number of pages of each; calls
 * `onEach` after each product.
 */
export type PublishProducts = (
  source: Source,
  entries: ProductSummary[],
  context: PublishContext,
  counts: Record<Outcome, number>,
  onEach: () => void,
) => Promise<number[]>;

export interface BuildResult {
  /** Products published. */
  products: number;
  /** Files the published endpoint holds: written and unchanged. */
  files: number;
  written: number;
  unchanged: number;
  /** Files of an earlier build deleted: what the catalogue no longer has. */
  deleted: number;
  /** The full form's validation: warnings only, since an error stops the build. */
  report: Report;
}

/** The full form cannot be read, is broken, or changed while it was published (exit 1). */
export class BuildError extends Error {
  override name = 'BuildError';
  constructor(
    message: string,
    /** validate's report, when it is what refused the full form: nothing was written. */
    readonly report?: Report,
  ) {
    super(message);
  }
}

/** A file could not be written, or a link appeared where one was to be, after `written` files were. */
export class BuildStopped extends Error {
  override name = 'BuildStopped';
  constructor(
    readonly reason: RefusedPathError | WriteFailedError,
    readonly written: number,
  ) {
    super(reason.message);
  }
}

/** The folders `build` writes into: every file of its kinds in them is its own, to replace or delete. */
const FOLDERS = ['products', 'summaries', 'activity', 'search', 'badges', 'shields'] as const;

const INDEX = 'index.json';
/** The root of the search documents: the empty prefix's. */
const SEARCH = searchDocument('');

/**
 * Publishes the full form `source` names into the folder `out`. Rejects with
 * a BuildError before writing anything when validate finds an error, and
 * with a RefusedPathError before writing anything when a link is where it
 * would write or delete (safe-files.ts).
 */
export async function buildEndpoint(
  source: Source,
  out: string,
  { style = 'flat', onProgress, check, publish = publishProducts }: BuildOptions = {},
): Promise<BuildResult> {
  // Before any work: a missing optional peer is said at once.
  await loadBadgeMaker();
  const report = await validate(source, { as: 'input', check, onProgress: (done, total) => onProgress?.('validate', done, total) });
  if (!report.summary.ok) {
    const errors = report.summary.errors;
    throw new BuildError(`the full form has ${errors.toLocaleString('en-US')} ${errors === 1 ? 'error' : 'errors'}: nothing was written`, report);
  }
  const { text: indexText, json: index, products } = await readFullIndex(source);
  const byShard = productsByShard(products);
  for (const [shard, listed] of byShard) {
    if (listed.length > MAX_SHARD_PRODUCTS) {
      throw new BuildError(`summaries/${shard}.json would list ${listed.length.toLocaleString('en-US')} products, over the ${MAX_SHARD_PRODUCTS.toLocaleString('en-US')} the widgets read: nothing was written`, report);
    }
  }

  // Every link is refused before anything is written.
  await checkInside(out, INDEX);
  await checkInside(out, SEARCH);
  for (const folder of FOLDERS) eachFileInside(out, folder, () => {});

  const counts = { written: 0, unchanged: 0 };
  try {
    const leaders = sectorLeaders(products.map((p) => p.read));
    const rawOf = new Map(products.map((p) => [p.slug, p.raw]));
    const leaderSummaries = new Map([...leaders.values()].flat().map(({ slug }) => [slug, summaryOf(rawOf.get(slug)!)]));
    const context: PublishContext = { out, style, site: siteOf(index), leaders, leaderSummaries };
    let done = 0;
    const entries = products.map((p) => p.read);
    const pages = await publish(source, entries, context, counts, () => onProgress?.('publish', ++done, products.length));
    const folder = new OutputFolder(out);
    for (const shard of allShards()) {
      const summaries = (byShard.get(shard) ?? []).map((p) => summaryOf(p.raw));
      counts[folder.write(`summaries/${shard}.json`, JSON.stringify(summariesDocument(shard, index, summaries)))]++;
    }
    const searched = new Set<string>();
    for (const node of searchNodes(entries)) {
      const path = searchDocument(node.prefix);
      searched.add(path);
      counts[folder.write(path, JSON.stringify(searchDocumentJson(node, index, (slug) => rawOf.get(slug)!)))]++;
    }
    // The producer's own bytes: index.json is the full form's, and stays readable as it was written.
    counts[folder.write(INDEX, indexText)]++;
    const deleted = deleteStale(out, folder, new Map(entries.map((entry, i) => [entry.slug, pages[i]])), searched);
    return { products: products.length, files: counts.written + counts.unchanged, ...counts, deleted, report };
  } catch (error) {
    if (error instanceof RefusedPathError || error instanceof WriteFailedError) throw new BuildStopped(error, counts.written);
    throw error;
  }
}

/** Publishes `entries` in this thread, one after another: the file system is called synchronously. */
export async function publishProducts(
  source: Source,
  entries: ProductSummary[],
  context: PublishContext,
  counts: Record<Outcome, number>,
  onEach: () => void,
): Promise<number[]> {
  const folder = new OutputFolder(context.out);
  const write = (path: string, content: string) => {
    counts[folder.write(path, content)]++;
  };
  const pagesOf: number[] = [];
  for (const entry of entries) {
    const document = `products/${entry.slug}.json`;
    const product = await readProduct(source, document, entry.slug);
    const alternatives = alternativesOf(entry, context.leaders).map((other) => context.leaderSummaries.get(other.slug)!);
    write(document, JSON.stringify(publishedProduct(product, context.site, alternatives)));
    const items = pagedItems(product);
    const pages = pageCount(items.length);
    for (let n = 1; n <= pages; n++) {
      write(`activity/${entry.slug}/${n}.json`, JSON.stringify(activityPageDocument(product, n, pages, pageItems(items, n))));
    }
    pagesOf.push(pages);
    write(`badges/${entry.slug}.svg`, await badgeSvg(entry, context.style));
    // As `sparkpulse badges` writes it, so the two commands never rewrite each other's files.
    write(`shields/${entry.slug}.json`, `${JSON.stringify(shieldsEndpoint(entry), null, 2)}\n`);
    onEach();
  }
  return pagesOf;
}

interface Listed {
  slug: string;
  /** As the widgets read it. */
  read: ProductSummary;
  /** As the index wrote it. */
  raw: Json;
}

/**
 * index.json as text, as JSON, and each product it lists once: validate
 * has read it already, and said that it is sound.
 */
async function readFullIndex(source: Source): Promise<{ text: string; json: Json; products: Listed[] }> {
  const fetched = await source.read(INDEX, { maxBytes: MAX_INPUT_BYTES });
  if ('problem' in fetched) throw new BuildError(`${INDEX} ${fetched.message}`);
  let json: Json;
  let read;
  try {
    json = JSON.parse(fetched.text) as Json;
    [read] = Reader.read(INDEX, json, readIndex);
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof ContractError) throw changed(INDEX);
    throw error;
  }
  // The reader keeps the order and only leaves items out: each entry is at or after the last one found.
  const raw = json.products as Json[];
  const seen = new Set<string>();
  const products: Listed[] = [];
  let cursor = 0;
  for (const entry of read.products) {
    while (cursor < raw.length && raw[cursor]?.slug !== entry.slug) cursor++;
    const at = cursor++;
    if (seen.has(entry.slug)) continue;
    seen.add(entry.slug);
    products.push({ slug: entry.slug, read: entry, raw: raw[at] });
  }
  return { text: fetched.text, json, products };
}

/**
 * True for a temporary file safe-files.ts made (`.kafka.json.<pid>.….tmp`)
 * in a process that is no longer running: a build that was stopped before
 * it could rename the file into place.
 */
function isLeftOver(name: string): boolean {
  const pid = /^\..+\.(\d+)\.[0-9a-f]+(?:\.\d+)?\.tmp$/.exec(name)?.[1];
  if (pid === undefined || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const changed = (document: string) => new BuildError(`${document} changed while the endpoint was being published; run the build again`);

/** The product document as written; validate has read it with the widgets' reader already. */
async function readProduct(source: Source, document: string, slug: string): Promise<Json> {
  const fetched = source.readSync ? source.readSync(document) : await source.read(document);
  if ('problem' in fetched) throw changed(document);
  let json: unknown;
  try {
    json = JSON.parse(fetched.text);
  } catch {
    throw changed(document);
  }
  if (typeof json !== 'object' || json === null || (json as Json).slug !== slug) throw changed(document);
  return json as Json;
}

/**
 * Deletes the files of the kinds `build` writes that this run did not:
 * the documents, pages and badges of products no longer listed, pages
 * past a product's last, search documents of prefixes no longer split
 * (`searched` holds this run's), and the temporary files of a run that
 * was stopped. Other files in those folders are left alone.
 */
function deleteStale(out: string, folder: OutputFolder, pagesOf: Map<string, number>, searched: Set<string>): number {
  const stale: string[] = [];
  const keep = (path: string): boolean => {
    if (isLeftOver(path.slice(path.lastIndexOf('/') + 1))) return false;
    const [kind, name, page, ...rest] = path.split('/');
    if (kind === 'activity') {
      if (rest.length > 0 || page === undefined || !page.endsWith('.json')) return true;
      const n = /^[1-9]\d*\.json$/.test(page) ? Number.parseInt(page, 10) : 0;
      return n >= 1 && n <= (pagesOf.get(name) ?? 0);
    }
    if (page !== undefined) return true;
    if (kind === 'search') return !name.endsWith('.json') || searched.has(path);
    const extension = kind === 'badges' ? '.svg' : '.json';
    if (!name.endsWith(extension)) return true;
    const stem = name.slice(0, -extension.length);
    return kind === 'summaries' ? /^[0-9a-f]{3}$/.test(stem) : pagesOf.has(stem);
  };
  for (const kind of FOLDERS) {
    eachFileInside(out, kind, (path) => {
      if (!keep(path)) stale.push(path);
    });
  }
  let deleted = 0;
  for (const path of stale) if (folder.remove(path)) deleted++;
  // A removed product's pages leave its folder empty.
  const emptied = new Set(stale.filter((path) => path.startsWith('activity/')).map((path) => path.split('/').slice(0, 2).join('/')));
  for (const path of emptied) folder.removeFolderIfEmpty(path);
  return deleted;
}

