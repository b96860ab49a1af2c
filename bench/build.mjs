// How long `sparkpulse build` takes, and how much memory it holds, on
// generated catalogues of 200, 20,000 and 100,000 products with 200 activity
// items each; and `sparkpulse validate` on what it published.
//
// For each size: a first build into an empty folder, a second over the
// unchanged catalogue (which must write nothing), then validate on the
// published form. Each runs in a child Node, timed from spawn to exit; its
// peak resident memory is what the kernel counted for it (maxRSS), reported
// by bench/max-rss.mjs as it exits.
//
// The catalogues are generated once into .cache/bench/ (the 100,000 one is
// about 4.7 GB of JSON and takes a minute or two) and reused while the
// generator is unchanged; the published folders are removed after each size.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBin, ROOT } from '../scripts/build-cli.mjs';
import { runNode } from '../scripts/run-node.mjs';
import { writeManyProducts } from '../test/fixtures/many-products.mjs';

export const BUILD_SIZES = [200, 20_000, 100_000];
export const BUILD_ITEMS = 200;
/** What the first build of the largest catalogue must stay under on a 2-core machine. */
export const BUILD_BUDGET_S = 300;

const CACHE = join(ROOT, '.cache', 'bench');
const GENERATOR = fileURLToPath(new URL('../test/fixtures/many-products.mjs', import.meta.url));
const MAX_RSS = fileURLToPath(new URL('./max-rss.mjs', import.meta.url));
/** One run of the command at 100,000 products takes minutes: this is the hang guard. */
const RUN_TIMEOUT_MS = 20 * 60_000;
/** A minute of the whole measure per 1,000 products at most, besides generating. */
export const BUILD_BENCH_TIMEOUT_MS = 45 * 60_000;

/**
 * A catalogue of `products` × `items` in .cache/bench/, generated unless a
 * complete one made by the same generator is there: `.complete` is written
 * last, naming the generator's hash.
 */
export async function catalogue(products, items) {
  const dir = join(CACHE, `catalogue-${products}x${items}`);
  const marker = join(dir, '.complete');
  const generator = createHash('sha256').update(await readFile(GENERATOR)).digest('hex');
  if (existsSync(marker)) {
    const made = JSON.parse(await readFile(marker, 'utf8'));
    if (made.generator === generator) return { dir, bytes: made.bytes, generateSeconds: undefined };
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const started = performance.now();
  const bytes = await writeManyProducts(dir, { products, items });
  const generateSeconds = (performance.now() - started) / 1000;
  await writeFile(marker, JSON.stringify({ generator, bytes, products, items }));
  return { dir, bytes, generateSeconds };
}

/** `sparkpulse <args> --json` in a child Node: its report, seconds and peak RSS in bytes; throws unless it exits `expect`. */
async function timed(args, expect = 0) {
  const rssFile = join(CACHE, `max-rss-${process.pid}.json`);
  await rm(rssFile, { force: true });
  const env = { ...process.env, SPARKPULSE_MAX_RSS_FILE: rssFile };
  const { code, signal, stdout, stderr, seconds } = await runNode(['--import', MAX_RSS, await cliBin(), ...args, '--json'], {
    cwd: ROOT,
    env,
    timeoutMs: RUN_TIMEOUT_MS,
    outputCap: 64 * 1024 * 1024,
  });
  if (code !== expect) {
    const why = signal ? `was killed (${signal})` : `exited ${code}`;
    throw new Error(`sparkpulse ${args[0]} ${why}: ${(stderr || stdout).trim().split('\n').slice(-3).join(' / ')}`);
  }
  const maxRssBytes = existsSync(rssFile) ? JSON.parse(await readFile(rssFile, 'utf8')).maxRssBytes : undefined;
  await rm(rssFile, { force: true });
  return { report: JSON.parse(stdout), seconds, maxRssBytes };
}

/** Files and bytes under `dir`. */
async function sizeOf(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return { files, bytes };
}

async function measureSize(products) {
  const input = await catalogue(products, BUILD_ITEMS);
  const out = await mkdtemp(join(CACHE, `published-${products}-`));
  try {
    const first = await timed(['build', input.dir, '--out', out]);
    const second = await timed(['build', input.dir, '--out', out]);
    if (second.report.written !== 0) throw new Error(`a second build of ${products} products rewrote ${second.report.written} files`);
    const validate = await timed(['validate', out]);
    if (!validate.report.summary.ok) throw new Error(`validate found ${validate.report.summary.errors} errors in what build published`);
    const published = await sizeOf(out);
    const summary = (run) => ({ seconds: run.seconds, maxRssBytes: run.maxRssBytes });
    return {
      products,
      itemsPerProduct: BUILD_ITEMS,
      inputBytes: input.bytes,
      generateSeconds: input.generateSeconds,
      files: first.report.files,
      publishedFiles: published.files,
      publishedBytes: published.bytes,
      build: summary(first),
      rebuild: { ...summary(second), written: second.report.written, unchanged: second.report.unchanged },
      validate: { ...summary(validate), documents: validate.report.summary.documents },
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

export async function measureBuild() {
  await mkdir(CACHE, { recursive: true });
  const sizes = [];
  for (const products of BUILD_SIZES) sizes.push(await measureSize(products));
  return { sizes, budgetSeconds: BUILD_BUDGET_S };
}

const mb = (bytes) => (bytes === undefined ? '?' : `${(bytes / 1e6).toFixed(0)} MB`);
const s = (seconds) => `${seconds.toFixed(1)} s`;

/** The bench table's rows: [measure, result, notes], one per catalogue size. */
export function buildRows(build) {
  return build.sizes.map((size) => {
    const over = size.products === Math.max(...BUILD_SIZES) && size.build.seconds > build.budgetSeconds ? ` OVER the ${build.budgetSeconds} s budget` : '';
    return [
      `sparkpulse build: ${size.products.toLocaleString('en-US')} products × ${size.itemsPerProduct} activity items`,
      `build ${s(size.build.seconds)}${over} · again ${s(size.rebuild.seconds)} · validate ${s(size.validate.seconds)}`,
      `peak RSS ${mb(size.build.maxRssBytes)} · ${mb(size.rebuild.maxRssBytes)} · ${mb(size.validate.maxRssBytes)}; ` +
        `${mb(size.inputBytes)} in, ${size.files.toLocaleString('en-US')} files (${mb(size.publishedBytes)}) out; ` +
        `again: ${size.rebuild.written} written; budget ${build.budgetSeconds} s at 100,000`,
    ];
  });
}
