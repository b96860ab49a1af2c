// How long `sparkpulse badges` takes on a large endpoint: 5,000 products,
// the most the reader keeps from an index, generated into a temporary
// folder, their badges written next to the documents, then all removed.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeManyProducts } from '../test/fixtures/many-products.mjs';
import { runCli } from './run-cli.mjs';

export const BADGES_PRODUCTS = 5_000;
/** What the command must stay under on a 2-core machine. */
export const BADGES_BUDGET_S = 30;

export async function measureBadges() {
  const dir = await mkdtemp(join(tmpdir(), 'sparkpulse-bench-badges-'));
  try {
    // One activity item each: the command reads index.json only, but the endpoint should be a valid one.
    await writeManyProducts(dir, { products: BADGES_PRODUCTS, items: 1 });
    const { stdout, seconds } = await runCli(['badges', dir]);
    const svgs = (await readdir(join(dir, 'badges'))).filter((name) => name.endsWith('.svg')).length;
    const documents = (await readdir(join(dir, 'shields'))).filter((name) => name.endsWith('.json')).length;
    if (svgs !== BADGES_PRODUCTS || documents !== BADGES_PRODUCTS) {
      throw new Error(`sparkpulse badges wrote ${svgs} SVGs and ${documents} shields documents for ${BADGES_PRODUCTS} products`);
    }
    return { products: BADGES_PRODUCTS, svgs, documents, seconds, budgetSeconds: BADGES_BUDGET_S, output: stdout.trim() };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The bench table's row: [measure, result, notes]. */
export function badgesRow(badges) {
  const over = badges.seconds > badges.budgetSeconds ? ` OVER the ${badges.budgetSeconds} s budget` : '';
  return [
    `sparkpulse badges: ${badges.products.toLocaleString('en-US')} products`,
    `${badges.seconds.toFixed(1)} s${over}`,
    `${badges.svgs.toLocaleString('en-US')} SVGs and ${badges.documents.toLocaleString('en-US')} shields documents, ` +
      `from and into a folder, Node started included; budget ${badges.budgetSeconds} s`,
  ];
}
