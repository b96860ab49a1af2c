// Builds what test/frameworks.test.ts loads: the npm package packed into a
// real tarball, unpacked where the fixture apps resolve `@sparkpulse/widgets`,
// and a React app and a Vue app built from it with Vite. It also type-checks
// the apps and test/fixtures/framework-types/ against the packed framework
// types (tsc, and vue-tsc for the Vue app), where every wrong use is marked
// `@ts-expect-error` or `@vue-expect-error`: a wrong use the types stop
// catching fails the check. The outcome goes to TYPE_CHECK, for the test.
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
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateFrameworkTypes } from './generate-framework-types.mjs';

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
/** Where the type checks' outcome goes: served to the test, and ignored by git like all of node_modules. */
const TYPE_CHECK = join(FIXTURES, 'node_modules', 'type-check.json');

/**
 * Each type check: the tool, its project, and the folders whose marked wrong
 * uses it must catch. tsc reads test/fixtures/tsconfig.json, which has no Vue.
 */
const TYPE_CHECKS = [
  { tool: 'tsc', script: 'typescript/bin/tsc', project: 'test/fixtures/tsconfig.json', folders: ['react-app/src', 'framework-types'] },
  { tool: 'vue-tsc', script: 'vue-tsc/bin/vue-tsc.js', project: 'test/fixtures/vue-app/tsconfig.json', folders: ['vue-app/src'] },
];

/** Everything that can change what gets built. Folders are read whole, less build output. */
const INPUTS = [
  'src',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.json',
  'custom-elements-manifest.config.mjs',
  'README.md',
  'bin',
  'LICENSE',
  'scripts/build-fixtures.mjs',
  'scripts/generate-framework-types.mjs',
  'scripts/write-schemas.mjs',
  'scripts/write-editor-data.mjs',
  'test/fixtures/tsconfig.json',
  'test/fixtures/shared',
  'test/fixtures/framework-types',
  ...APPS.map((app) => `test/fixtures/${app}`),
];
const SKIP = new Set(['node_modules', 'dist']);

/** Whose absence means a build is needed, whatever the stamp says. */
const OUTPUTS = [join(INSTALLED, 'package.json'), TYPE_CHECK, ...APPS.map((app) => join(FIXTURES, app, 'dist', 'index.html'))];

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

/** Runs a Node script; its output is shown only if it fails. */
async function runNode(file, args, what) {
  try {
    await run(process.execPath, [file, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
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
  // The project's config, which never rewrites package.json (packagejson: false).
  await runNode(
    at('node_modules', '@custom-elements-manifest/analyzer/cem.js'),
    ['analyze', '--quiet', '--outdir', relative(root, CEM_OUT)],
    'cem analyze',
  );
}

/**
 * The whole package as `npm run build` makes it, into .cache/pkg: the npm
 * build of vite.config.ts with its types, then the script-tag build beside it,
 * the manifest, the editors' data, the framework types and the JSON Schemas;
 * with bin/ and the licence, which package.json "files" ships.
 */
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
  const dist = join(PKG, 'dist');
  const manifest = join(dist, 'custom-elements.json');
  await Promise.all([
    // After the npm build, which empties dist/; the script-tag build does not.
    viteBuild(build, at('vite.config.ts'), { root, mode: 'cdn', build: { outDir: dist } }, 'the script-tag build of the package'),
    cp(join(CEM_OUT, 'custom-elements.json'), manifest),
    cp(at('package.json'), join(PKG, 'package.json')),
    cp(at('README.md'), join(PKG, 'README.md')),
    cp(at('LICENSE'), join(PKG, 'LICENSE')),
    cp(at('bin'), join(PKG, 'bin'), { recursive: true }),
    runScript('scripts/write-schemas.mjs', ['--out', join(dist, 'schema')], 'writing the JSON Schemas'),
  ]);
  await runScript('scripts/write-editor-data.mjs', ['--outdir', dist, '--manifest', manifest], "writing the editors' data");
  try {
    await generateFrameworkTypes(manifest, join(dist, 'types'));
  } catch (error) {
    throw new Error(`generating the framework types failed: ${error.message}`);
  }
}

/** Runs one of the repository's own scripts. */
const runScript = (script, args, what) => runNode(at(script), args, what);

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

/** How many wrong uses each fixture source marks, by path: the errors a passing check has caught. */
async function markedErrors(folders) {
  const files = (await Promise.all(folders.map((folder) => filesUnder(join(FIXTURES, folder))))).flat().sort();
  const counts = {};
  for (const file of files) {
    const marks = (await readFile(file, 'utf8')).match(/(?:\/\/|\/\*|<!--)\s*@(?:ts|vue)-expect-error\b/g)?.length ?? 0;
    if (marks > 0) counts[relative(root, file)] = marks;
  }
  return counts;
}

/**
 * Vite strips types without checking them; this checks the apps, and the
 * other frameworks' uses, against the packed declarations. Every check runs
 * to the end, and the outcome is written whether it passed or not.
 */
async function typeCheck() {
  const checks = await Promise.all(
    TYPE_CHECKS.map(async ({ tool, script, project, folders }) => {
      const check = { tool, project, passed: true, output: '', caught: await markedErrors(folders) };
      try {
        await runNode(at('node_modules', script), ['-p', project], `${tool} -p ${project}`);
      } catch (error) {
        Object.assign(check, { passed: false, output: error.message });
      }
      return check;
    }),
  );
  await mkdir(dirname(TYPE_CHECK), { recursive: true });
  await writeFile(TYPE_CHECK, `${JSON.stringify({ checks }, null, 2)}\n`);
  const failed = checks.filter((check) => !check.passed);
  if (failed.length > 0) throw new Error(`type-checking the fixtures failed:\n${failed.map((check) => check.output).join('\n')}`);
}

async function buildApps(build) {
  await Promise.all([
    ...APPS.map((app) =>
      viteBuild(build, join(FIXTURES, app, 'vite.config.ts'), { root: join(FIXTURES, app) }, `the ${app} build`),
    ),
    typeCheck(),
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
  await Promise.all([rm(STAMP, { force: true }), rm(TYPE_CHECK, { force: true })]);
  const { build } = await import('vite');
  await buildPackage(build);
  await packAndInstall();
  await buildApps(build);
  await writeFile(STAMP, `${hash}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build-fixtures: built the package tarball and the React and Vue fixture apps, and type-checked them, in ${seconds}s`);
}

main().catch((error) => {
  // Rolldown colours its messages even when they end up in a log file.
  const message = process.stderr.isTTY ? error.message : error.message.replace(/\x1b\[[0-9;]*m/g, '');
  console.error(`build-fixtures: ${message}`);
  process.exitCode = 1;
});
