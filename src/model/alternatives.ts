import { fastestFirst } from '../contract/alternatives.js';
import type { ProductSummary } from '../contract/types.js';

/**
 * Products of the given sectors, fastest first, never one of `exclude`.
 * Equal velocities go by slug (fastestFirst), the order `sparkpulse build`
 * picks a published product's alternatives in: so a comparison shows the same
 * alternatives from the published lists as from the whole index, and the same
 * in every locale, on the server as in the browser.
 */
export function alternatives(
  products: readonly ProductSummary[],
  sectors: readonly string[],
  exclude: readonly string[],
  limit: number,
): ProductSummary[] {
  return products
    .filter((p) => p.sector !== '' && sectors.includes(p.sector) && !exclude.includes(p.slug))
    .sort(fastestFirst)
    .slice(0, Math.max(0, limit));
}
