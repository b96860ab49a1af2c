// The order alternatives are ranked in, and how many a published product
// document lists. One comparator for `build`, `validate` and the widgets, so a
// comparison merging two products' lists ranks them as `build` did.
import type { ProductSummary } from './types.js';

/**
 * Alternatives a published product document lists: the 20 a comparison shows
 * at most (MAX_ALTERNATIVES), and one spare. A comparison of a and b merges
 * both lists and drops a and b; each list lost at most one of them, the
 * other product, so the merge still holds the top 20 of both sectors.
 */
export const ALTERNATIVES_LISTED = 21;

/** Fastest first; equal velocities by slug, in code-unit order, which no locale can change. */
export function fastestFirst(x: Pick<ProductSummary, 'slug' | 'velocity'>, y: Pick<ProductSummary, 'slug' | 'velocity'>): number {
  return y.velocity - x.velocity || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0);
}
