// The activity a timeline shows: on the published form, the pages of each
// product's activity it needs (`activity/{slug}/{n}.json`), so a timeline
// fetches on the order of its `limit` items, however long the products'
// histories; on the full form, each product's document.
import { readActivityPage } from '../contract/activity-schema.js';
import { pageCount, pageEnd, pageOf } from '../contract/pages.js';
import { MAX_ACTIVITY } from '../contract/product-schema.js';
import { ContractError, type Reader } from '../contract/reader.js';
import type { Activity, ActivityPage } from '../contract/types.js';
import { feed, type FeedOptions, type FeedSource } from '../model/feed.js';
import { NOT_FOUND, type DataClient, type ReadDocument } from './client.js';
import { foundFullForm, isFullForm } from './form.js';
import { isSlug, loadProduct } from './product.js';

/** Pages a product's activity can take: the reader keeps MAX_ACTIVITY items of a product document, and pages hold those. */
const MAX_PAGES = pageCount(MAX_ACTIVITY);

/** One product's activity, as far as a timeline has read it. */
export interface ProductActivity extends FeedSource {
  /** The language of the product's texts. */
  readonly language: string;
  /** Newest first: the items of the pages read, or the product document's whole activity. */
  readonly activity: Activity[];
  /** Pages read, from the first; a product document counts as one page of one. */
  read: number;
  /** Pages there are. */
  pages: number;
}

export interface TimelineActivity {
  /** The tracked products, in the order asked. */
  products: ProductActivity[];
  /** The slugs that are not tracked. */
  untracked: string[];
}

/**
 * The activity of `slugs` that a feed of `options` shows: the first page of
 * each, in parallel; then, round by round, the next pages of the products
 * whose unread items could still be among the `limit` newest (each round
 * asks every such product at once, and a product short of items asks for
 * all the pages its share needs at once). A product without a first page
 * falls back to its product document: 404 there is not tracked; else the
 * endpoint is the full form for it.
 */
export async function loadActivity(
  client: DataClient,
  endpoint: string,
  slugs: readonly string[],
  options: FeedOptions,
  signal?: AbortSignal,
): Promise<TimelineActivity> {
  const found = await Promise.all(slugs.map((slug) => firstPage(client, endpoint, slug, signal)));
  const products = found.filter((p): p is ProductActivity => p !== NOT_FOUND);
  const untracked = slugs.filter((_, i) => found[i] === NOT_FOUND);
  for (let wanted = pagesWanted(products, options); wanted.size > 0; wanted = pagesWanted(products, options)) {
    await Promise.all([...wanted].map(([product, upTo]) => readPages(client, endpoint, product, upTo, signal)));
  }
  return { products, untracked };
}

/**
 * The products that must read on before the feed of `options` is certain,
 * each with the last page to read: none when what was read already holds
 * the feed's `limit` newest items.
 */
export function pagesWanted(products: readonly ProductActivity[], { limit, sparksOnly = false }: FeedOptions): Map<ProductActivity, number> {
  const wanted = new Map<ProductActivity, number>();
  const open = products.filter((p) => p.read < p.pages);
  if (open.length === 0 || limit <= 0) return wanted;
  const shown = feed(products, { limit, sparksOnly });
  if (shown.length < limit) {
    // Too few items so far: each product that has more reads on, by its share of those missing.
    const share = Math.ceil((limit - shown.length) / open.length);
    for (const p of open) wanted.set(p, Math.min(p.pages, pageOf(pageEnd(p.read) + share - 1)));
    return wanted;
  }
  // A product's unread items are no newer than its oldest read one: they can
  // only show if that one is at least as new as the last item shown (as new:
  // an equal date may sort before it).
  const last = Date.parse(shown[shown.length - 1].date);
  for (const p of open) {
    const oldest = p.activity.at(-1);
    if (!oldest || Date.parse(oldest.date) >= last) wanted.set(p, p.read + 1);
  }
  return wanted;
}

/** Page 1 of `slug`'s activity, else its product document (full form), else NOT_FOUND. */
async function firstPage(client: DataClient, endpoint: string, slug: string, signal?: AbortSignal): Promise<ProductActivity | null> {
  if (!isSlug(slug)) return NOT_FOUND;
  const probing = !isFullForm(client, endpoint);
  if (probing) {
    const page = await loadPage(client, endpoint, slug, 1, signal);
    if (page !== NOT_FOUND) {
      const { name, language, items, pages } = page;
      // A copy: later pages go onto its end, and the page itself stays as the client keeps it.
      return { slug, name, language, activity: [...items], read: 1, pages: Math.min(pages, MAX_PAGES) };
    }
  }
  const product = await loadProduct(client, endpoint, slug, signal);
  if (product === NOT_FOUND) return NOT_FOUND;
  if (probing) foundFullForm(client, endpoint);
  // One page of one: nothing is ever added to it.
  return { slug, name: product.name, language: product.language, activity: product.activity, read: 1, pages: 1 };
}

/**
 * Reads pages `product.read + 1` to `upTo`, in parallel, onto the end of its
 * activity. An item a page repeats from the pages before is left out: a
 * cached page beside a fresh one can hold an item twice, across their edge.
 * A page that is not there ends the product's activity where it is.
 */
async function readPages(client: DataClient, endpoint: string, product: ProductActivity, upTo: number, signal?: AbortSignal) {
  const numbers = Array.from({ length: upTo - product.read }, (_, i) => product.read + 1 + i);
  const pages = await Promise.all(numbers.map((n) => loadPage(client, endpoint, product.slug, n, signal)));
  const seen = new Set(product.activity.map(itemKey));
  for (const page of pages) {
    if (page === NOT_FOUND) {
      product.pages = product.read;
      return;
    }
    for (const item of page.items) if (!seen.has(itemKey(item))) product.activity.push(item);
    product.read += 1;
  }
}

/** What makes two items the same item. */
const itemKey = ({ date, title, url }: Activity) => `${date}\n${title}\n${url ?? ''}`;

/** `{endpoint}activity/{slug}/{n}.json`, or NOT_FOUND. */
function loadPage(client: DataClient, endpoint: string, slug: string, n: number, signal?: AbortSignal): Promise<ActivityPage | null> {
  const url = `${endpoint}activity/${encodeURIComponent(slug)}/${n}.json`;
  return client.get(url, `activity/${slug}/${n}.json`, readPageOf(slug, n), signal);
}

/**
 * readActivityPage, refusing a page of another product, or another page: its
 * items would show as these; and a page whose items are not newest first:
 * which pages to read is decided from the oldest item read, so such a page
 * would silently hide newer items on the pages after it.
 */
function readPageOf(slug: string, n: number): ReadDocument<ActivityPage> {
  return (r: Reader, json: unknown) => {
    const page = readActivityPage(r, json);
    const [field, want, is] = page.slug !== slug ? ['slug', slug, page.slug] : ['page', n, page.page];
    if (want !== is) throw new ContractError(r.document, field as string, `expected ${JSON.stringify(want)}, the one requested, but it is ${JSON.stringify(is)}`);
    const i = page.items.findIndex((item, i) => i > 0 && Date.parse(item.date) > Date.parse(page.items[i - 1].date));
    if (i > 0) throw new ContractError(r.document, `items[${i}].date`, 'expected the items newest first, but it is newer than the item before it');
    return page;
  };
}
