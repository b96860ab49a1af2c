// Builds the `sparkpulse` command from src/ into .cache/cli/<hash>/, laid out
// as the package is (bin/sparkpulse.js beside dist/cli/main.js), for the
// tests and the bench. dist/ is left alone: others use it, and a build of the
// current sources must not wait for one of the whole package.
//
//   node scripts/build-cli.mjs   # prints the path of the built bin
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, '.cache', 'cli');
const BIN = join(ROOT, 'bin', 'sparkpulse.js');
/** A build no run has touched for this long is left from older sources. */
const STALE_MS = 24 * 3_600_000;

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** Changes whenever a source, the bin or this script does: the build is keyed by it. */
async function sourceHash() {
  const hash = createHash('sha256');
  for (const file of [...(await filesUnder(join(ROOT, 'src'))), BIN, fileURLToPath(import.meta.url)]) {
    hash.update(relative(ROOT, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function viteBuild(outDir) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      // For Node: built-ins and packages (zod) stay imports, as in the npm build.
      ssr: 'src/cli/main.ts',
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rolldownOptions: {
        external: (id) => id.startsWith('node:') || builtinModules.includes(id),
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  });
}

let building;

/**
 * The path of a bin/sparkpulse.js that runs the current sources, building
 * them once per change. Safe when two test runs build at once: each builds
 * in its own folder and the first to finish names it.
 */
export function cliBin() {
  building ??= (async () => {
    const hash = await sourceHash();
    const dir = join(CACHE, hash);
    const bin = join(dir, 'bin', 'sparkpulse.js');
    if (await stat(bin).catch(() => undefined)) return bin;
    const temporary = `${dir}.${process.pid}.tmp`;
    await rm(temporary, { recursive: true, force: true });
    await viteBuild(join(temporary, 'dist'));
    await mkdir(join(temporary, 'bin'), { recursive: true });
    await copyFile(BIN, join(temporary, 'bin', 'sparkpulse.js'));
    await rename(temporary, dir).catch(async (error) => {
      // Another run got there first with the same sources.
      await rm(temporary, { recursive: true, force: true });
      if (!(await stat(bin).catch(() => undefined))) throw error;
    });
    await removeStale(hash);
    return bin;
  })();
  building.catch(() => {
    building = undefined;
  });
  return building;
}

async function removeStale(keep) {
  for (const name of await readdir(CACHE).catch(() => [])) {
    if (name === keep) continue;
    const path = join(CACHE, name);
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > STALE_MS) await rm(path, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(relative(process.cwd(), await cliBin()));
}
