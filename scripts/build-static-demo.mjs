#!/usr/bin/env node
// Builds demo/static.html from demo/static.source.html the way a static-site
// generator would: each `<!--sparkpulse render …-->` comment becomes the
// output of `sparkpulse render …` on the sample endpoint, with its dates
// moved as the demo server moves them (SAMPLE_DATES=fixed keeps them), and
// published with `sparkpulse build` as the demo server serves it: each widget
// carries only the small documents it read (a badge its shard, not index.json).
//
//   node scripts/build-static-demo.mjs   # after npm install (which builds dist/cli)
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { daysSincePageDate, shiftDates } from './sample-dates.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, 'demo', 'static.source.html');
const OUT = join(ROOT, 'demo', 'static.html');
const ENDPOINT = join(ROOT, 'demo', 'endpoint');
const BIN = join(ROOT, 'bin', 'sparkpulse.js');
const MARKER = /<!--sparkpulse render ([^>]*?)-->/g;

/** The sample endpoint with today's dates, in a temporary folder. */
async function shiftedEndpoint() {
  const dir = await mkdtemp(join(tmpdir(), 'sparkpulse-static-'));
  const days = process.env.SAMPLE_DATES === 'fixed' ? 0 : daysSincePageDate();
  for (const name of ['index.json', ...(await readdir(join(ENDPOINT, 'products'))).map((file) => `products/${file}`)]) {
    if (!name.endsWith('.json')) continue;
    await mkdir(join(dir, 'products'), { recursive: true });
    const json = JSON.parse(await readFile(join(ENDPOINT, name), 'utf8'));
    await writeFile(join(dir, name), JSON.stringify(shiftDates(json, days)));
  }
  return dir;
}

async function main() {
  const source = await readFile(SOURCE, 'utf8');
  const fullForm = await shiftedEndpoint();
  const endpoint = `${fullForm}-published`;
  try {
    await promisify(execFile)(process.execPath, [BIN, 'build', fullForm, '--out', endpoint], { maxBuffer: 16 * 1024 * 1024 });
    const rendered = new Map();
    for (const [marker, args] of source.matchAll(MARKER)) {
      const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'render', ...args.trim().split(/\s+/), '--endpoint', endpoint], {
        maxBuffer: 16 * 1024 * 1024,
      });
      rendered.set(marker, stdout.trim());
    }
    const page = source.replace(/^<!--[\s\S]*?-->\n/m, '').replace(MARKER, (marker) => rendered.get(marker));
    await writeFile(OUT, page);
    console.log(`demo/static.html: ${rendered.size} widgets rendered with sparkpulse render.`);
  } finally {
    await rm(fullForm, { recursive: true, force: true });
    await rm(endpoint, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`build-static-demo: ${error.stderr?.trim() || error.message}`);
  process.exitCode = 1;
});
