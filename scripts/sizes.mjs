// Bundle sizes, raw and compressed, of what a page or a consumer's bundler
// actually loads from dist/. Used by check-size.mjs and bench/run.mjs.
//
// The script-tag build is measured per path through the loader: the loader
// plus the chunks one element pulls in, read from Vite's manifest
// (dist/cdn/manifest.json). Without a manifest, dist/sparkpulse.js is taken as
// the whole of every path. npm entries are bundled the way a consumer's Vite
// build would, with their dependencies (lit, @lit/task, …), and minified.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DIST = join(ROOT, 'dist');
export const LOADER = 'sparkpulse.js';
export const CDN_MANIFEST = join('cdn', 'manifest.json');

/**
 * Where each element's source lives: its chunk is the loader's dynamic import
 * under that folder, e.g. `src/badge/define.ts` or `src/badge/sp-velocity-badge.ts`.
 */
export const ELEMENT_SOURCES = {
  'sp-compare': 'src/compare/',
  'sp-timeline': 'src/timeline/',
  'sp-velocity-badge': 'src/badge/',
  'sp-embed-builder': 'src/builder/',
};

/** Raw, gzip -9 and brotli q11 bytes of one file's contents. */
export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sizes of files that are fetched separately: each is compressed on its own, then summed. */
async function pathSizes(files) {
  const total = { raw: 0, gzip: 0, brotli: 0, files: [] };
  for (const file of files) {
    const sizes = compressedSizes(await readFile(file));
    for (const key of ['raw', 'gzip', 'brotli']) total[key] += sizes[key];
    total.files.push(file);
  }
  return total;
}

async function readManifest(dist) {
  const path = join(dist, CDN_MANIFEST);
  if (!existsSync(path)) return undefined;
  try {
    return { path, chunks: JSON.parse(await readFile(path, 'utf8')) };
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${error.message}`);
  }
}

/**
 * A manifest's `file` is relative to the build's outDir, which may be dist/
 * or the manifest's own folder depending on how the CDN build is set up.
 */
function locate(file, dist, manifestPath) {
  const candidates = [join(dist, file), join(dirname(manifestPath), file)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${manifestPath} names ${file}, which is not in ${candidates.join(' or ')}`);
  return found;
}

/**
 * Translations other than English: each is fetched only by a page whose
 * widgets read in that language, so no figure here counts them (an English
 * page downloads none). Their own sizes are in translationSizes().
 */
const TRANSLATION = /text\/catalogue\/(?!en\.)[\w-]+\.(ts|js)$/;

/**
 * The embed builder, a tool for site owners: only a page with its tag fetches
 * it, so a widget page's figures leave it out (it has its own row).
 */
const TOOL = /^src\/builder\//;

/** Files of the manifest chunks `keys` and everything they import, statically and (optionally) dynamically. */
function reachable(manifest, keys, dist, { dynamic }) {
  const seen = new Set();
  const files = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest.chunks[key];
    if (!chunk) throw new Error(`${manifest.path} has no chunk "${key}"`);
    files.add(locate(chunk.file, dist, manifest.path));
    for (const css of chunk.css ?? []) files.add(locate(css, dist, manifest.path));
    for (const imported of chunk.imports ?? []) visit(imported);
    if (dynamic) {
      for (const imported of chunk.dynamicImports ?? []) if (!TRANSLATION.test(imported) && !TOOL.test(imported)) visit(imported);
    }
  };
  keys.forEach(visit);
  return [...files];
}

function loaderEntryKey(manifest) {
  const entries = Object.keys(manifest.chunks).filter((key) => manifest.chunks[key].isEntry);
  if (entries.length !== 1) {
    throw new Error(`${manifest.path} should have exactly one entry chunk (the loader), found ${entries.length}`);
  }
  return entries[0];
}

/**
 * `{ tag: manifest key }`: the chunk the loader dynamically imports for each
 * element, found by the element's source folder. Rolldown may merge an
 * element's module into a shared chunk (a key like `_base-….js`, with no
 * source path); that element then gets the one dynamic import no other claims.
 */
function elementChunkKeys(manifest, entry) {
  const dynamicImports = manifest.chunks[entry].dynamicImports ?? [];
  const keys = {};
  const unmatched = [];
  for (const [tag, folder] of Object.entries(ELEMENT_SOURCES)) {
    const matches = dynamicImports.filter((key) => key.startsWith(folder));
    if (matches.length === 1) keys[tag] = matches[0];
    else if (matches.length === 0) unmatched.push(tag);
    else throw new Error(`The loader (${entry}) dynamically imports several modules under ${folder}: ${matches.join(', ')}`);
  }
  const claimed = new Set(Object.values(keys));
  const unclaimed = dynamicImports.filter((key) => !claimed.has(key) && !key.startsWith('src/'));
  if (unmatched.length === 1 && unclaimed.length === 1) keys[unmatched[0]] = unclaimed[0];
  else if (unmatched.length > 0) {
    throw new Error(
      `Cannot tell which of the loader's dynamic imports (${dynamicImports.join(', ') || 'none'}) ` +
        `loads ${unmatched.map((tag) => `<${tag}>`).join(', ')}: expected a module under ` +
        `${unmatched.map((tag) => ELEMENT_SOURCES[tag]).join(', ')} in ${manifest.path}`,
    );
  }
  return keys;
}

/**
 * `{ manifest, full, elements: { 'sp-compare': sizes, … } }`: the loader with
 * every chunk it can reach, and the loader with one element's chunks only.
 */
export async function loaderSizes(dist = DIST) {
  const manifest = await readManifest(dist);
  if (!manifest) {
    const loader = join(dist, LOADER);
    if (!existsSync(loader)) throw new Error(`${loader} is missing: run npm run build first`);
    const whole = await pathSizes([loader]);
    const elements = Object.fromEntries(Object.keys(ELEMENT_SOURCES).map((tag) => [tag, whole]));
    return { manifest: undefined, full: whole, elements };
  }
  const entry = loaderEntryKey(manifest);
  const full = await pathSizes(reachable(manifest, [entry], dist, { dynamic: true }));
  const elements = {};
  for (const [tag, chunk] of Object.entries(elementChunkKeys(manifest, entry))) {
    elements[tag] = await pathSizes(reachable(manifest, [entry, chunk], dist, { dynamic: false }));
  }
  return { manifest: manifest.path, full, elements };
}

/** Entry points for Node only (server rendering): no page downloads them. */
const NODE_ENTRIES = ['ssr/index.js'];

/** The package's JavaScript entry points for browsers from package.json "exports", without the script-tag loader. */
export async function npmEntries(root = ROOT) {
  const { exports } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const targets = Object.values(exports).map((target) =>
    typeof target === 'string' ? target : (target.import ?? target.default),
  );
  return targets
    .filter((target) => typeof target === 'string' && target.endsWith('.js'))
    .map((target) => target.replace(/^\.\/dist\//, ''))
    .filter((file) => file !== LOADER && !NODE_ENTRIES.includes(file));
}

/**
 * The package's peer dependencies (React for the React components): the app
 * already has them, so an entry's size leaves them out.
 */
async function peerDependency() {
  const { peerDependencies = {} } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const names = Object.keys(peerDependencies).map((name) => name.replace(/[/.]/g, '\\$&'));
  return names.length ? new RegExp(`^(${names.join('|')})(/|$)`) : /$^/;
}

/** One npm entry bundled by Vite with its dependencies (but not the `peer` ones), minified, all chunks in one. */
async function bundledEntry(file, dist, peer) {
  const { build } = await import('vite');
  const entry = join(dist, file);
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const result = await build({
    configFile: false,
    envDir: false,
    root: ROOT,
    publicDir: false,
    logLevel: 'silent',
    build: {
      write: false,
      outDir: join(ROOT, 'node_modules', '.cache', 'sizes'), // never written: write is false
      minify: true,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      // Vite keeps whitespace in ES library builds; a consumer's app build does not.
      // The translations stay imports: an app builds each into a chunk of its own;
      // so do peer dependencies, which the app has anyway.
      rolldownOptions: { external: (id) => TRANSLATION.test(id) || peer.test(id), output: { minify: true, codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
  const code = outputs.filter((item) => item.type === 'chunk').map((chunk) => chunk.code).join('\n');
  return compressedSizes(Buffer.from(code));
}

/** `{ 'index.js': sizes, … }` for every npm entry point. */
export async function npmEntrySizes(dist = DIST) {
  const sizes = {};
  const peer = await peerDependency();
  for (const file of await npmEntries()) sizes[file] = await bundledEntry(file, dist, peer);
  return sizes;
}

/**
 * Every figure as rows `{ group, key, name, raw, gzip, brotli }`. `group` and
 * `key` are where size-budget.json keeps the row's budget: `loader.all`,
 * `loader["sp-velocity-badge"]`, `npm["index.js"]`.
 */
export async function sizeRows(dist = DIST) {
  const loader = await loaderSizes(dist);
  const rows = [{ group: 'loader', key: 'all', name: 'loader, all elements', ...loader.full }];
  for (const [tag, sizes] of Object.entries(loader.elements)) {
    rows.push({ group: 'loader', key: tag, name: `loader, <${tag}> alone`, ...sizes });
  }
  for (const [file, sizes] of Object.entries(await npmEntrySizes(dist))) {
    rows.push({ group: 'npm', key: file, name: `npm ${file}`, ...sizes });
  }
  return { manifest: loader.manifest, rows };
}

/** "12.0 KiB": budgets are written in whole KiB. */
export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** A plain-text table; `align` has one letter per column, `l` or `r` (default: first left, rest right). */
export function formatTable(header, rows, align = 'l' + 'r'.repeat(header.length - 1)) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const pad = (cell, i) => (align[i] === 'l' ? cell.padEnd(widths[i]) : cell.padStart(widths[i]));
  const line = (row) => row.map(pad).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
