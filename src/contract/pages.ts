// How a product's activity is split into pages on the published form
// (`activity/{slug}/{n}.json`): page sizes double, 20, 40, 80, 160, …, so a
// timeline that shows `limit` items fetches on the order of `limit` items,
// and a product with 1,000 items has 6 pages. Page n's items are known from
// n alone, so a widget can fetch several pages at once. No dependencies.

/** Items on the first page. */
export const FIRST_PAGE_ITEMS = 20;

/** Where page `n` (1-based) starts in the product's activity: 0, 20, 60, 140, … */
export function pageStart(n: number): number {
  return FIRST_PAGE_ITEMS * (2 ** (n - 1) - 1);
}

/** Where page `n` ends, exclusive: 20, 60, 140, 300, … (so page n holds up to 20·2^(n−1) items). */
export function pageEnd(n: number): number {
  return pageStart(n + 1);
}

/** How many pages `items` items take: at least 1, so every tracked product has a first page, empty or not. */
export function pageCount(items: number): number {
  let pages = 1;
  while (pageEnd(pages) < items) pages++;
  return pages;
}

/** The page that holds item `i` (0-based). */
export function pageOf(i: number): number {
  return pageCount(i + 1);
}
