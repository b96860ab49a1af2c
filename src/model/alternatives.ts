import type { ProductSummary } from '../contract/types.js';

/**
 * Products of the given sectors, fastest first, never one of `exclude`.
 * Ties keep a stable, readable order by name.
 */
export function alternatives(
  products: readonly ProductSummary[],
  sectors: readonly string[],
  exclude: readonly string[],
  limit: number,
): ProductSummary[] {
  return products
    .filter((p) => p.sector !== '' && sectors.includes(p.sector) && !exclude.includes(p.slug))
    .sort((x, y) => y.velocity - x.velocity || x.name.localeCompare(y.name))
    .slice(0, Math.max(0, limit));
}
