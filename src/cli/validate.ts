// `sparkpulse validate`: reads an endpoint with the widgets' own reader, then
// checks what no single document can show: that the index and the product
// documents agree, and that the site's URL templates make a link for every
// product. Returns a report; printing it is format.ts's job.
import { ContractError, Reader, readIndex, readProduct } from '../contract/index.js';
import type { Index, Product, ProductSummary } from '../contract/index.js';
import { fillTemplate } from '../text/format.js';
import { notJson, type Source, type SourceProblem } from '../node/source.js';

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
  | 'template';

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
  /** Every document that was read as JSON, in index order: `index.json`, then `products/<slug>.json`. */
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
}

const INDEX = 'index.json';

/** What one document contributed; kept per document so the report's order never depends on timing. */
class Findings {
  read = false;
  readonly errors: Finding[] = [];
  readonly warnings: Finding[] = [];

  constructor(readonly document: string) {}

  error(path: string, message: string, kind: FindingKind): void {
    this.errors.push({ document: this.document, path, message, kind });
  }

  warning(path: string, message: string, kind: FindingKind): void {
    this.warnings.push({ document: this.document, path, message, kind });
  }
}

/** Checks the endpoint `source` names; resolves once every document has been read. */
export async function validate(source: Source, { onProgress }: ValidateOptions = {}): Promise<Report> {
  const index = new Findings(INDEX);
  const all = [index];
  const read = await readDocument(source, index, readIndex);
  if (read) {
    const entries = uniqueEntries(read.value, read.json, index);
    checkTemplates(read.json, entries, index);
    const products = entries.map((entry) => new Findings(`products/${entry.slug}.json`));
    all.push(...products);
    let done = 0;
    await eachLimited(entries, source.concurrency, async (entry, i) => {
      await checkProduct(source, entry, products[i]);
      onProgress?.(++done, entries.length);
    });
  }
  return report(source.name, all);
}

function report(endpoint: string, all: Findings[]): Report {
  const documents = all.filter((f) => f.read).map((f) => f.document);
  const errors = all.flatMap((f) => f.errors);
  const warnings = all.flatMap((f) => f.warnings);
  return {
    version: 1,
    endpoint,
    documents,
    errors,
    warnings,
    summary: {
      products: all.length - 1,
      documents: documents.length,
      errors: errors.length,
      warnings: warnings.length,
      ok: errors.length === 0,
    },
  };
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
): Promise<{ value: T; json: Record<string, unknown> } | undefined> {
  const fetched = await source.read(out.document);
  if ('problem' in fetched) {
    out.error('', fetched.message, fetched.problem);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(fetched.text);
  } catch (error) {
    out.error('', notJson(fetched.text, error as Error), 'not-json');
    return undefined;
  }
  out.read = true;
  try {
    const [value, warnings] = Reader.read(out.document, json, read);
    for (const warning of warnings) {
      const { path, message } = splitWarning(out.document, warning);
      out.warning(path, message, 'contract');
    }
    return { value, json: json as Record<string, unknown> };
  } catch (error) {
    if (error instanceof ContractError) {
      out.error(error.path === '(document)' ? '' : error.path, `${error.problem}; the widgets refuse the whole document`, 'contract');
    } else {
      // The widgets would fail on it too; one such document must not hide the others' findings.
      out.error('', `the widgets' reader fails on it (${(error as Error)?.message ?? String(error)})`, 'contract');
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

async function checkProduct(source: Source, entry: ProductSummary, out: Findings): Promise<void> {
  const read = await readDocument(source, out, readProduct);
  if (!read) return;
  const { value: product, json } = read;
  if (product.slug !== entry.slug) {
    // The widgets refuse the whole document, so whatever else it says does not matter.
    out.error('slug', `is ${quote(product.slug)}, but a document at ${out.document} must describe ${quote(entry.slug)}: the widgets refuse it`, 'slug-mismatch');
    return;
  }
  checkAgainstIndex(entry, product, out);
  checkActivityOrder(json.activity, out);
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
