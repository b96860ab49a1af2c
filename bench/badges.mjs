// How long `sparkpulse badges` takes on a large endpoint: 5,000 products,
// the most the reader keeps from an index, generated into a temporary
// folder, their badges written next to the documents, then all removed.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliBin } from '../scripts/build-cli.mjs';
import { writeManyProducts } from '../test/fixtures/many-products.mjs';

export const BADGES_PRODUCTS = 5_000;
/** What the command must stay under on a 2-core machine. */
export const BADGES_BUDGET_S = 30;
const RUN_TIMEOUT_MS = 3 * 60_000;

function run(bin, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, seconds: (performance.now() - started) / 1000 });
    });
  });
}

export async function measureBadges() {
  const bin = await cliBin();
  const dir = await mkdtemp(join(tmpdir(), 'sparkpulse-bench-badges-'));
  try {
    // One activity item each: the command reads index.json only, but the endpoint should be a valid one.
    await writeManyProducts(dir, { products: BADGES_PRODUCTS, items: 1 });
    const { code, signal, stdout, stderr, seconds } = await run(bin, ['badges', dir]);
    if (code !== 0) {
      const why = signal ? `was killed (${signal})` : `exited ${code}`;
      throw new Error(`sparkpulse badges ${why}: ${(stderr || stdout).trim().split('\n').slice(-3).join(' / ')}`);
    }
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
