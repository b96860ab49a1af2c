import type { Activity, Product } from '../contract/types.js';

/** An activity item together with the product it belongs to. */
export interface FeedItem extends Activity {
  product: Pick<Product, 'slug' | 'name'>;
}

/** A product's activity, newest first, as a feed reads it: a product document's, or the pages of it read so far. */
export type FeedSource = Pick<Product, 'slug' | 'name'> & { readonly activity: readonly Activity[] };

export interface FeedOptions {
  limit: number;
  sparksOnly?: boolean;
}

/** Interleaves the products' activity, newest first, and keeps the first `limit`. */
export function feed(products: readonly FeedSource[], { limit, sparksOnly = false }: FeedOptions): FeedItem[] {
  const items: FeedItem[] = [];
  for (const { slug, name, activity } of products) {
    for (const item of activity) {
      if (!sparksOnly || item.spark) items.push({ ...item, product: { slug, name } });
    }
  }
  const time = (item: FeedItem) => Date.parse(item.date);
  return items.sort((x, y) => time(y) - time(x)).slice(0, Math.max(0, limit));
}
