// How long `sparkpulse validate` takes on a large endpoint: 5,000 products
// with 200 activity items each (about 200 MB of JSON), generated into a
// temporary folder, validated from that folder, then removed.
//
// The child runs with a heap smaller than the endpoint, so a validator that
// held every document at once would fail here rather than pass slowly.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeManyProducts } from '../test/fixtures/many-products.mjs';
import { runCli } from './run-cli.mjs';

export const VALIDATE_PRODUCTS = 5_000;
export const VALIDATE_ITEMS = 200;
export const VALIDATE_HEAP_MB = 128;
/** What the command must stay under on a 2-core machine. */
export const VALIDATE_BUDGET_S = 60;

export async function measureValidate() {
  const dir = await mkdtemp(join(tmpdir(), 'sparkpulse-bench-validate-'));
  try {
    const generating = performance.now();
    const bytes = await writeManyProducts(dir, { products: VALIDATE_PRODUCTS, items: VALIDATE_ITEMS });
    const generateSeconds = (performance.now() - generating) / 1000;
    const { stdout, seconds } = await runCli(['validate', dir, '--json'], { nodeArgs: [`--max-old-space-size=${VALIDATE_HEAP_MB}`] });
    const { summary } = JSON.parse(stdout);
    return {
      products: VALIDATE_PRODUCTS,
      itemsPerProduct: VALIDATE_ITEMS,
      bytes,
      heapMB: VALIDATE_HEAP_MB,
      generateSeconds,
      seconds,
      budgetSeconds: VALIDATE_BUDGET_S,
      summary,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The bench table's row: [measure, result, notes]. */
export function validateRow(validate) {
  const over = validate.seconds > validate.budgetSeconds ? ` OVER the ${validate.budgetSeconds} s budget` : '';
  return [
    `sparkpulse validate: ${validate.products.toLocaleString('en-US')} products × ${validate.itemsPerProduct} activity items`,
    `${validate.seconds.toFixed(1)} s${over}`,
    `${(validate.bytes / 1e6).toFixed(0)} MB of JSON in ${validate.summary.documents.toLocaleString('en-US')} documents, ` +
      `from a folder, heap capped at ${validate.heapMB} MB; ${validate.summary.errors} errors; budget ${validate.budgetSeconds} s`,
  ];
}
