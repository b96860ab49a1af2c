// Builds what test/frameworks.test.ts loads: the npm package packed into a
// real tarball, unpacked where the fixture apps resolve `@sparkpulse/widgets`,
// and a React app and a Vue app built from it with Vite.
//
// The package is built into .cache/pkg, never dist/: others build and read
// dist/ at the same time. A stamp of every input's hash makes a repeat run a
// no-op, so `npm test` can call this every time.
//
//   node scripts/build-fixtures.mjs
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const at = (...parts) => join(root, ...parts);

const CACHE = at('.cache');
const PKG = join(CACHE, 'pkg');
const CEM_OUT = join(CACHE, 'cem');
const STAMP = join(CACHE, 'fixtures.stamp');
const FIXTURES = at('test', 'fixtures');
const INSTALLED = join(FIXTURES, 'node_modules', '@sparkpulse', 'widgets');
const APPS = ['react-app', 'vue-app'];

/** Everything that can change what gets built. Folders are read whole, less build output. */
const INPUTS = [
  'src',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.json',
  'custom-elements-manifest.config.mjs',
  'README.md',
  'scripts/build-fixtures.mjs',
  'test/fixtures/tsconfig.json',
  'test/fixtures/shared',
  ...APPS.map((app) => `test/fixtures/${app}`),
];
const SKIP = new Set(['node_modules', 'dist']);

/** Whose absence means a build is needed, whatever the stamp says. */
const OUTPUTS = [join(INSTALLED, 'package.json'), ...APPS.map((app) => join(FIXTURES, app, 'dist', 'index.html'))];

async function filesUnder(path) {
  const entries = await readdir(path, { withFileTypes: true }).catch((error) => {
    if (error.code === 'ENOTDIR') return null;
    throw error;
  });
  if (entries === null) return [path];
  const nested = await Promise.all(
    entries.filter((entry) => !SKIP.has(entry.name)).map((entry) => filesUnder(join(path, entry.name))),
  );
  return nested.flat();
}

async function inputHash() {
  const files = (await Promise.all(INPUTS.map((input) => filesUnder(at(input))))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files) {
    // The name too, so a rename or a move is a change.
    hash.update(relative(root, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Runs a Node CLI from node_modules; its output is shown only if it fails. */
async function node(script, args, what) {
  try {
    await run(process.execPath, [at('node_modules', script), ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`${what} failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }
}

async function viteBuild(build, configFile, options, what) {
  try {
    await build({ configFile, logLevel: 'silent', ...options });
  } catch (error) {
    throw new Error(`${what} failed: ${error.message}`);
  }
}

/**
 * The manifest, as `npm run manifest` makes it. Beside the build, not in it:
 * the build empties its folder when it starts writing.
 */
async function analyze() {
  // The project's config, except that cem must not point the repository's
  // package.json at this scratch copy, as it does unless told not to.
  const config = join(CACHE, 'cem.config.mjs');
  await writeFile(
    config,
    `import config from ${JSON.stringify(pathToFileURL(at('custom-elements-manifest.config.mjs')).href)};\n` +
      'export default { ...config, packagejson: false };\n',
  );
  await node(
    '@custom-elements-manifest/analyzer/cem.js',
    ['analyze', '--config', config, '--litelement', '--quiet', '--globs', 'src/**/*.ts', '--outdir', relative(root, CEM_OUT)],
    'cem analyze',
  );
}

/** The npm build of vite.config.ts, types included, into .cache/pkg/dist; and the manifest beside it. */
async function buildPackage(build) {
  await rm(PKG, { recursive: true, force: true });
  await Promise.all([
    viteBuild(
      build,
      at('vite.config.ts'),
      { root, mode: 'production', build: { outDir: join(PKG, 'dist'), emptyOutDir: true } },
      'the npm build of the package',
    ),
    analyze(),
  ]);
  await Promise.all([
    cp(join(CEM_OUT, 'custom-elements.json'), join(PKG, 'dist', 'custom-elements.json')),
    cp(at('package.json'), join(PKG, 'package.json')),
    cp(at('README.md'), join(PKG, 'README.md')),
  ]);
}

/** `npm pack`, then the tarball unpacked as `npm install` would place it. */
async function packAndInstall() {
  let packed;
  try {
    // No lifecycle scripts: a prepack that builds would run in a folder without sources.
    const { stdout } = await run('npm', ['pack', PKG, '--pack-destination', CACHE, '--json', '--ignore-scripts'], {
      cwd: root,
    });
    packed = join(CACHE, JSON.parse(stdout)[0].filename);
  } catch (error) {
    throw new Error(`npm pack failed:\n${error.stderr ?? error.message}`);
  }
  await rm(INSTALLED, { recursive: true, force: true });
  await mkdir(INSTALLED, { recursive: true });
  try {
    await run('tar', ['-xzf', packed, '-C', INSTALLED, '--strip-components=1']);
  } catch (error) {
    throw new Error(`unpacking ${relative(root, packed)} failed:\n${error.stderr ?? error.message}`);
  }
}

async function buildApps(build) {
  await Promise.all([
    ...APPS.map((app) =>
      viteBuild(build, join(FIXTURES, app, 'vite.config.ts'), { root: join(FIXTURES, app) }, `the ${app} build`),
    ),
    // Vite strips types without checking them; this checks the apps against the packed declarations.
    node('typescript/bin/tsc', ['-p', relative(root, join(FIXTURES, 'tsconfig.json'))], 'type-checking the fixture apps'),
  ]);
}

async function main() {
  const started = performance.now();
  const hash = await inputHash();
  const stamp = await readFile(STAMP, 'utf8').catch(() => '');
  if (stamp.trim() === hash && OUTPUTS.every((path) => existsSync(path))) {
    console.log(`build-fixtures: reused the fixtures of ${hash.slice(0, 12)} (inputs unchanged)`);
    return;
  }
  await mkdir(CACHE, { recursive: true });
  await rm(STAMP, { force: true });
  const { build } = await import('vite');
  await buildPackage(build);
  await packAndInstall();
  await buildApps(build);
  await writeFile(STAMP, `${hash}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build-fixtures: built the package tarball and the React and Vue fixture apps in ${seconds}s`);
}

main().catch((error) => {
  // Rolldown colours its messages even when they end up in a log file.
  const message = process.stderr.isTTY ? error.message : error.message.replace(/\x1b\[[0-9;]*m/g, '');
  console.error(`build-fixtures: ${message}`);
  process.exitCode = 1;
});
