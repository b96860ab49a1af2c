#!/usr/bin/env node
// Builds the whole npm package, everything package.json's "exports", "bin"
// and the README name, and brings it into dist/:
//
// - the npm modules of vite.config.ts, with their type declarations (the
//   `sparkpulse` command among them);
// - the script-tag loader, dist/sparkpulse.js, with its chunks in dist/cdn/
//   and its integrity, for a script tag's `integrity`, in dist/integrity.json;
// - the custom-elements manifest, dist/custom-elements.json (`cem analyze`);
// - the editors' data, dist/vscode.html-custom-data.json and dist/web-types.json;
// - the framework types, dist/types/*.d.ts, from the manifest;
// - the JSON Schemas, dist/schema/*.schema.json.
//
//   node scripts/build-package.mjs           # the whole package; `npm run prepare` and `npm run build` run it
//   node scripts/build-package.mjs --cdn     # only the script-tag loader and dist/cdn/ (`npm run build:cdn`)
//   node scripts/build-package.mjs --force   # even when dist/ is already the build of these sources
//
// `--logLevel <level>` is Vite's (warn by default).
//
// dist/ is never emptied, since a running demo (or a test) may serve it: the
// package is built into a fresh folder under .cache/, then each new or
// changed file is renamed over the old one (chunks and sub-folders before the
// entry files that import them), and only then are the files the new build
// does not have removed. So a file both builds have is never missing, a new
// entry never names a chunk that is not there yet, and at the end dist/ holds
// exactly one build, which is what `npm pack` ships. A stamp of the inputs'
// hash and of what was written makes a repeat run a no-op while neither has
// changed, so `npm pack` right after `npm run build` does not build again.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateFrameworkTypes } from './generate-framework-types.mjs';

const run = promisify(execFile);
export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const at = (...parts) => join(ROOT, ...parts);

export const DIST = at('dist');
const CACHE = at('.cache');
const STAMP = join(CACHE, 'package-build.json');

/** Everything that can change what the package build writes. Folders are read whole, less build output. */
export const PACKAGE_INPUTS = [
  'src',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.json',
  'custom-elements-manifest.config.mjs',
  'scripts/build-package.mjs',
  'scripts/generate-framework-types.mjs',
  'scripts/write-schemas.mjs',
  'scripts/write-editor-data.mjs',
];
const SKIP = new Set(['node_modules', 'dist']);

/** The files under `path` (or `path` itself, when it is a file), less node_modules/ and dist/. */
export async function filesUnder(path) {
  const entries = await readdir(path, { withFileTypes: true }).catch((error) => {
    if (error.code === 'ENOTDIR') return null;
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries === null) return [path];
  const nested = await Promise.all(
    entries.filter((entry) => !SKIP.has(entry.name)).map((entry) => filesUnder(join(path, entry.name))),
  );
  return nested.flat();
}

/** One hash of the files `inputs` names (paths relative to the repository), their names included, so a rename is a change. */
export async function inputHash(inputs) {
  const files = (await Promise.all(inputs.map((input) => filesUnder(at(input))))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(ROOT, file)).update('\0').update(await readFile(file)).update('\0');
  return hash.digest('hex');
}

/** Every file under `dir`, as paths relative to it with forward slashes; none when it does not exist. */
async function tree(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch((error) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** One hash of every file under `dir`, names and contents. */
async function treeHash(dir) {
  const hash = createHash('sha256');
  for (const file of await tree(dir)) hash.update(file).update('\0').update(await readFile(join(dir, file))).update('\0');
  return hash.digest('hex');
}

/**
 * Runs a Node script of the repository, or of a package. Its output is shown
 * if it fails; with `warnings`, what it wrote on stderr is shown anyway.
 */
async function runNode(file, args, what, { warnings = false } = {}) {
  try {
    const { stderr } = await run(process.execPath, [file, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    if (warnings && stderr) process.stderr.write(stderr);
  } catch (error) {
    throw new Error(`${what} failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }
}

/** Warnings stay on; rolldown's notes on slow plugins do not, since on a busy machine every build is slow. */
const QUIET = { rolldownOptions: { checks: { pluginTimings: false } } };

/** A build of vite.config.ts in this process, into `outDir`, a fresh folder. */
async function viteBuild(mode, outDir, logLevel, what) {
  const { build } = await import('vite');
  try {
    await build({ configFile: at('vite.config.ts'), root: ROOT, mode, logLevel, build: { outDir, emptyOutDir: false, ...QUIET } });
  } catch (error) {
    throw new Error(`${what} failed: ${error.message}`);
  }
}

const LOADER_BUILD = 'the script-tag build (dist/sparkpulse.js, dist/cdn/)';

/**
 * The whole package into `out`, a fresh folder inside the repository (`cem
 * analyze` writes only there). The npm build runs here; the script-tag
 * build, the manifest and the schemas each run in a process of their own
 * beside it, which on two cores takes about half as long as one after the other.
 */
async function buildAll(out, logLevel) {
  const loader = `${out}-loader`;
  const manifest = join(out, 'custom-elements.json');
  await Promise.all([
    viteBuild('production', out, logLevel, 'the npm build (the modules and their declarations)'),
    runNode(at('scripts', 'build-package.mjs'), ['--loader-into', loader, '--logLevel', logLevel], LOADER_BUILD, { warnings: true }),
    runNode(at('scripts', 'write-schemas.mjs'), ['--out', join(out, 'schema')], 'writing the JSON Schemas (dist/schema/)'),
    (async () => {
      // The project's config, which never rewrites package.json (packagejson: false).
      await runNode(
        at('node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js'),
        ['analyze', '--quiet', '--outdir', relative(ROOT, out)],
        'the custom-elements manifest (cem analyze)',
      );
      await Promise.all([
        runNode(at('scripts', 'write-editor-data.mjs'), ['--outdir', out, '--manifest', manifest], "writing the editors' data"),
        generateFrameworkTypes(manifest, join(out, 'types')).catch((error) => {
          throw new Error(`generating the framework types (dist/types/) failed: ${error.message}`);
        }),
      ]);
    })(),
  ]);
  // sparkpulse.js and cdn/, which the npm build does not write.
  for (const name of await readdir(loader)) await rename(join(loader, name), join(out, name));
}

/** How deep a path is: deeper files go into place first, so what an entry imports is there before the entry. */
const depth = (file) => file.split('/').length;

/** True when both files hold the same bytes. */
async function same(a, b) {
  const [left, right] = await Promise.all([readFile(a), readFile(b).catch(() => undefined)]);
  return right !== undefined && left.equals(right);
}

/**
 * Brings the build in `from` into `to`, for the files `inScope` selects:
 * each new or changed file is renamed over the old one (an atomic replace),
 * deepest first; then the files in scope that the build does not have are
 * removed, and the folders they leave empty. `onStep({ op, file })` is called
 * after each write and each removal. Gives back the counts.
 */
export async function bringInto(from, to, { inScope = () => true, onStep = () => {} } = {}) {
  const files = (await tree(from)).sort((a, b) => depth(b) - depth(a) || a.localeCompare(b));
  const built = new Set(files);
  let written = 0;
  for (const file of files) {
    const target = join(to, file);
    if (await same(join(from, file), target)) continue;
    await mkdir(dirname(target), { recursive: true }).catch(async (error) => {
      // A file where the new build has a folder: that file is not in the new build.
      if (error.code !== 'EEXIST' && error.code !== 'ENOTDIR') throw error;
      await clearFileOnPath(to, file);
      await mkdir(dirname(target), { recursive: true });
    });
    // A folder where the new build has a file: none of its files are in the new build.
    if ((await stat(target).catch(() => undefined))?.isDirectory()) await rm(target, { recursive: true, force: true });
    await rename(join(from, file), target);
    written++;
    onStep({ op: 'write', file });
  }
  const stale = (await tree(to)).filter((file) => inScope(file) && !built.has(file));
  for (const file of stale) {
    await rm(join(to, file), { force: true });
    onStep({ op: 'remove', file });
  }
  const folders = new Set(stale.flatMap((file) => file.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  for (const folder of [...folders].sort((a, b) => depth(b) - depth(a))) {
    await rmdir(join(to, folder)).catch(() => undefined);
  }
  return { files: files.length, written, removed: stale.length };
}

/** Removes a file that stands where `file` needs a folder. */
async function clearFileOnPath(root, file) {
  const parts = file.split('/');
  for (let i = 1; i < parts.length; i++) {
    const path = join(root, ...parts.slice(0, i));
    if ((await stat(path).catch(() => undefined))?.isFile()) await rm(path, { force: true });
  }
}

const WORK_PREFIX = 'package-build-';
/** A build folder this old was left by a build that was killed: a running build takes a minute at most. */
const ABANDONED_MS = 3_600_000;

async function removeAbandoned() {
  for (const name of await readdir(CACHE)) {
    if (!name.startsWith(WORK_PREFIX)) continue;
    const info = await stat(join(CACHE, name)).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > ABANDONED_MS) await rm(join(CACHE, name), { recursive: true, force: true });
  }
}

/** The script-tag part of dist/: what `--cdn` rebuilds and replaces (integrity.json: the loader's, for a script tag's `integrity`). */
export const LOADER_FILES = (file) => file === 'sparkpulse.js' || file === 'integrity.json' || file.startsWith('cdn/');

/**
 * Builds the package (or, with `cdn`, only the script-tag loader) and brings
 * it into dist/. Skips the whole build when the stamp says dist/ already holds
 * the build of the current inputs, untouched since.
 */
export async function buildPackage({ cdn = false, force = false, logLevel = 'warn', log = console.log } = {}) {
  const started = performance.now();
  const inputs = await inputHash(PACKAGE_INPUTS);
  if (!cdn && !force) {
    const stamp = JSON.parse(await readFile(STAMP, 'utf8').catch(() => '{}'));
    if (stamp.inputs === inputs && stamp.outputs === (await treeHash(DIST))) {
      log(`build-package: dist/ is already the build of these sources (${inputs.slice(0, 12)}); nothing to do (--force builds anyway)`);
      return { skipped: true };
    }
  }
  await mkdir(CACHE, { recursive: true });
  await removeAbandoned();
  const work = await mkdtemp(join(CACHE, WORK_PREFIX));
  try {
    const out = join(work, 'dist');
    await mkdir(out);
    if (cdn) await viteBuild('cdn', out, logLevel, LOADER_BUILD);
    else await buildAll(out, logLevel);
    // What dist/ will hold, before the files move out of the build folder.
    const outputs = cdn ? undefined : await treeHash(out);
    const counts = await bringInto(out, DIST, { inScope: cdn ? LOADER_FILES : () => true });
    if (!cdn) await writeFile(STAMP, `${JSON.stringify({ inputs, outputs }, null, 2)}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      `build-package: built ${cdn ? 'dist/sparkpulse.js and dist/cdn/' : 'the package'} (${counts.files} files) in ${seconds}s; ` +
        `${counts.written} written into dist/, ${counts.removed} old removed`,
    );
    const { 'sparkpulse.js': integrity } = JSON.parse(await readFile(join(DIST, 'integrity.json'), 'utf8'));
    log(`build-package: dist/sparkpulse.js has integrity="${integrity}" (dist/integrity.json)`);
    return { skipped: false, ...counts };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function option(args, name) {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? undefined : args[at + 1];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const logLevel = option(args, 'logLevel') ?? 'warn';
  // --loader-into <folder>: only the script-tag build, into a fresh folder, and dist/ left alone (buildAll() runs it so).
  const into = option(args, 'loader-into');
  const building = into
    ? viteBuild('cdn', into, logLevel, LOADER_BUILD)
    : buildPackage({ cdn: args.includes('--cdn'), force: args.includes('--force'), logLevel });
  building.catch((error) => {
    // Rolldown colours its messages even when they end up in a log file.
    const message = process.stderr.isTTY ? error.message : error.message.replace(/\x1b\[[0-9;]*m/g, '');
    console.error(`build-package: ${message}`);
    process.exitCode = 1;
  });
}
