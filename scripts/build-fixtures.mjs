// Builds what the package's tests use:
//
// - packedTarball(): the package as `npm publish` ships it, made by a real
//   `npm pack` of the repository, which runs the same lifecycle scripts as
//   publishing (prepare builds dist/ with scripts/build-package.mjs). It goes
//   to .cache/tarball/; test/server/package-install.mjs installs it.
// - the fixtures of test/frameworks.test.ts: that tarball unpacked where the
//   fixture apps resolve `@sparkpulse/widgets`, and a React app and a Vue
//   app built from it with Vite. It also type-checks the apps and
//   test/fixtures/framework-types/ against the packed framework types (tsc,
//   and vue-tsc for the Vue app), where every wrong use is marked
//   `@ts-expect-error` or `@vue-expect-error`: a wrong use the types stop
//   catching fails the check. The outcome goes to TYPE_CHECK, for the test.
// - the fixtures of test/ssr-frameworks.test.ts: an Astro site and a Next.js
//   (App Router) static export, each built by its own tool from that same
//   unpacked tarball, each page with the plain tags and with widgets rendered
//   at build time by renderWidget. How long each build took, and every line
//   of its output that names Sparkpulse, go to SERVER_BUILDS, for the test.
//
// Stamps of every input's hash make a repeat run a no-op, so `npm test` can
// call this every time, and the tarball is packed once for all the tests.
//
//   node scripts/build-fixtures.mjs
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { filesUnder, inputHash, PACKAGE_INPUTS, ROOT as root } from './build-package.mjs';

const run = promisify(execFile);
const at = (...parts) => join(root, ...parts);

const CACHE = at('.cache');
const TARBALL_DIR = join(CACHE, 'tarball');
const TARBALL_STAMP = join(TARBALL_DIR, 'stamp.json');
const STAMP = join(CACHE, 'fixtures.stamp');
const FIXTURES = at('test', 'fixtures');
const INSTALLED = join(FIXTURES, 'node_modules', '@sparkpulse', 'widgets');
const APPS = ['react-app', 'vue-app'];
/** Where the type checks' outcome goes: served to the test, and ignored by git like all of node_modules. */
const TYPE_CHECK = join(FIXTURES, 'node_modules', 'type-check.json');

/**
 * The apps that render on the server, each built by its own tool in a Node
 * process of its own (Astro brings its own Vite; Next.js, Turbopack), run in
 * the app's folder: their pages read the sample endpoint from there, at
 * ../../../demo/endpoint. `inputs` are the app's sources, not what its tool
 * writes beside them (.astro/, .next/, next-env.d.ts).
 */
const SERVER_APPS = [
  { app: 'astro-app', page: 'dist/index.html', tool: ['astro', 'astro.js', 'build'], inputs: ['src', 'astro.config.mjs', 'package.json'] },
  {
    app: 'next-app',
    page: 'out/index.html',
    tool: ['next', 'dist', 'bin', 'next', 'build'],
    inputs: ['app', 'next.config.mjs', 'package.json', 'tsconfig.json'],
  },
];
/** Where the server apps' builds are described: their time, and what they said of Sparkpulse. */
const SERVER_BUILDS = join(FIXTURES, 'node_modules', 'server-builds.json');
/** Neither tool may reach the network: no telemetry, and nothing else asks it. */
const OFFLINE = { ASTRO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' };

/**
 * Each type check: the tool, its project, and the folders whose marked wrong
 * uses it must catch. tsc reads test/fixtures/tsconfig.json, which has no Vue.
 */
const TYPE_CHECKS = [
  { tool: 'tsc', script: 'typescript/bin/tsc', project: 'test/fixtures/tsconfig.json', folders: ['react-app/src', 'framework-types', 'next-app/app'] },
  { tool: 'vue-tsc', script: 'vue-tsc/bin/vue-tsc.js', project: 'test/fixtures/vue-app/tsconfig.json', folders: ['vue-app/src'] },
];

/** Everything that can change the tarball: what the build reads, and what ships beside dist/. */
const TARBALL_INPUTS = [...PACKAGE_INPUTS, 'README.md', 'LICENSE', 'bin', 'scripts/build-fixtures.mjs'];

/** Everything that can change the fixtures. Folders are read whole, less build output. */
const INPUTS = [
  ...TARBALL_INPUTS,
  'test/fixtures/tsconfig.json',
  'test/fixtures/shared',
  'test/fixtures/framework-types',
  ...APPS.map((app) => `test/fixtures/${app}`),
  ...SERVER_APPS.flatMap(({ app, inputs }) => inputs.map((input) => `test/fixtures/${app}/${input}`)),
  // What the server apps render at build time.
  'demo/endpoint',
];

/** Whose absence means a build is needed, whatever the stamp says. */
const OUTPUTS = [
  join(INSTALLED, 'package.json'),
  TYPE_CHECK,
  SERVER_BUILDS,
  ...APPS.map((app) => join(FIXTURES, app, 'dist', 'index.html')),
  ...SERVER_APPS.map(({ app, page }) => join(FIXTURES, app, page)),
];

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
 * `npm pack` of the repository, exactly as `npm publish` packs it: with its
 * lifecycle scripts, so prepare builds dist/ (scripts/build-package.mjs, a
 * no-op when dist/ is already the build of these sources). Packed once per
 * change of the inputs; gives back the tarball's path.
 */
export async function packedTarball({ log = console.log } = {}) {
  const hash = await inputHash(TARBALL_INPUTS);
  const stamp = JSON.parse(await readFile(TARBALL_STAMP, 'utf8').catch(() => '{}'));
  if (stamp.inputs === hash && stamp.file && existsSync(join(TARBALL_DIR, stamp.file))) return join(TARBALL_DIR, stamp.file);
  const started = performance.now();
  await mkdir(CACHE, { recursive: true });
  // Its own folder, so that two runs packing at once never read each other's half-written tarball.
  const work = await mkdtemp(join(CACHE, 'pack-'));
  try {
    try {
      await run('npm', ['pack', '--pack-destination', work, '--loglevel', 'warn'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      throw new Error(`npm pack failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
    }
    const [file, ...more] = (await readdir(work)).filter((name) => name.endsWith('.tgz'));
    if (!file || more.length > 0) throw new Error(`npm pack left ${more.length + (file ? 1 : 0)} tarballs, not one`);
    await rm(TARBALL_DIR, { recursive: true, force: true });
    await mkdir(TARBALL_DIR, { recursive: true });
    await rename(join(work, file), join(TARBALL_DIR, file));
    await writeFile(TARBALL_STAMP, `${JSON.stringify({ inputs: hash, file }, null, 2)}\n`);
    log(`build-fixtures: packed ${file} with npm pack in ${((performance.now() - started) / 1000).toFixed(1)}s`);
    return join(TARBALL_DIR, file);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The tarball unpacked as `npm install` would place it, where the fixture apps resolve the package. */
async function install(packed) {
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

/**
 * One server app built by its tool, from the app's folder, offline. Gives
 * the build's seconds and the lines of its output that
 * name Sparkpulse (a warning from the package at build time would be one).
 */
async function serverBuild({ app, tool }) {
  const cwd = join(FIXTURES, app);
  const [script, args] = [at('node_modules', ...tool.slice(0, -1)), tool.slice(-1)];
  const started = performance.now();
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], {
      cwd,
      env: { ...process.env, ...OFFLINE },
      maxBuffer: 64 * 1024 * 1024,
    });
    const sparkpulse = `${stdout}\n${stderr}`.split('\n').filter((line) => line.includes('[sparkpulse]'));
    return { app, seconds: Number(((performance.now() - started) / 1000).toFixed(1)), sparkpulse };
  } catch (error) {
    throw new Error(`the ${app} build failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }
}

async function buildServerApps() {
  const builds = await Promise.all(SERVER_APPS.map((app) => serverBuild(app)));
  await mkdir(dirname(SERVER_BUILDS), { recursive: true });
  await writeFile(SERVER_BUILDS, `${JSON.stringify({ builds }, null, 2)}\n`);
  for (const { app, seconds } of builds) console.log(`build-fixtures: built ${app} in ${seconds}s`);
}

async function buildApps(build) {
  await Promise.all([
    ...APPS.map((app) =>
      viteBuild(build, join(FIXTURES, app, 'vite.config.ts'), { root: join(FIXTURES, app) }, `the ${app} build`),
    ),
    typeCheck(),
    buildServerApps(),
  ]);
}

async function main() {
  const started = performance.now();
  const hash = await inputHash(INPUTS);
  const stamp = await readFile(STAMP, 'utf8').catch(() => '');
  if (stamp.trim() === hash && OUTPUTS.every((path) => existsSync(path))) {
    console.log(`build-fixtures: reused the fixtures of ${hash.slice(0, 12)} (inputs unchanged)`);
    return;
  }
  await mkdir(CACHE, { recursive: true });
  // .cache/pkg and .cache/cem held the package that earlier versions of this script built and packed by hand.
  const earlier = ['pkg', 'cem'].map((name) => rm(join(CACHE, name), { recursive: true, force: true }));
  await Promise.all([rm(STAMP, { force: true }), rm(TYPE_CHECK, { force: true }), rm(SERVER_BUILDS, { force: true }), ...earlier]);
  await install(await packedTarball());
  const { build } = await import('vite');
  await buildApps(build);
  await writeFile(STAMP, `${hash}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `build-fixtures: built the React, Vue, Astro and Next.js fixture apps from the packed tarball, and type-checked them, in ${seconds}s`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    // Rolldown colours its messages even when they end up in a log file.
    const message = process.stderr.isTTY ? error.message : error.message.replace(/\x1b\[[0-9;]*m/g, '');
    console.error(`build-fixtures: ${message}`);
    process.exitCode = 1;
  });
}
