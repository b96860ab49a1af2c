// Test-runner commands on the published package, as `npm publish` would ship it:
// the tarball a real `npm pack` of the repository makes (packedTarball() in
// scripts/build-fixtures.mjs, packed once per change of the sources, with
// the lifecycle scripts publishing runs).
//
// - `executeServerCommand('packed-package')`: the tarball's file list
//   (`tar tzf`), with its package.json, README, loader and chunk manifest as packed;
// - `executeServerCommand('installed-package')`: the package installed (below),
//   giving its name and version;
// - `executeServerCommand('install-packed-package')`: the tarball installed
//   with npm into a fresh folder, with what an app adds beside it (React and
//   @lit/react, the optional peers; the frameworks whose types dist/types/
//   imports), then every export imported in Node, every export imported in a
//   TypeScript file checked with tsc, the `sparkpulse` command run, and the
//   installed files listed;
// - `executeServerCommand('import-in-node')`: entries of the installed package
//   imported as server code imports them, each set in a Node process of its
//   own, with what each printed;
// - `executeServerCommand('bring-build-in', { scope })`: how the package build
//   brings a new build into dist/ (bringInto() of scripts/build-package.mjs),
//   step by step, on two small builds in a temporary folder.
//
// The first four do their work once per test run, and answer at once whether
// it has ended (see job() below). The installed folder stays for the whole
// run: installedPackage() gives it to test/server/second-origin.mjs, which
// serves it as a public npm CDN serves a package's files. It is removed when
// the test runner exits.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { packedTarball } from '../../scripts/build-fixtures.mjs';
import { bringInto, LOADER_FILES } from '../../scripts/build-package.mjs';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NAME = '@sparkpulse/widgets';
const TIMEOUT_MS = 120_000;

/**
 * Run in the installed folder: for each export, whether its files are there,
 * and what importing it in Node gave, or its error. Types-only exports (the
 * framework types) have nothing to import, and the script tag's loader is a
 * classic script that needs a document: the browser tests load it.
 */
const CHECK = `
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
const base = 'node_modules/${NAME}/';
const pkg = JSON.parse(await readFile(base + 'package.json', 'utf8'));
const results = {};
for (const [key, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  const result = (results[key] = { missing: files.filter((file) => !existsSync(base + file)) });
  if ((typeof target !== 'string' && !target.default) || key === './sparkpulse.js') continue;
  const specifier = '${NAME}' + key.slice(1);
  try {
    const module = key.endsWith('.json') ? await import(specifier, { with: { type: 'json' } }) : await import(specifier);
    Object.assign(result, { ok: true, exports: Object.keys(module).sort() });
  } catch (error) {
    Object.assign(result, { ok: false, error: String(error.message ?? error).split('\\n')[0] });
  }
}
console.log(JSON.stringify(results));
`;

/**
 * What an app installs beside the package, at the versions this repository
 * tests with: React and @lit/react for the React components, and for the
 * framework types the framework each file names (React's types, Preact,
 * Solid, Vue, Svelte). Without them tsc could not read those files.
 */
const BESIDE = ['react', '@lit/react', '@types/react', 'preact', 'solid-js', 'vue', 'svelte'];

async function besideThePackage() {
  const { devDependencies } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  return BESIDE.map((name) => `${name}@${devDependencies[name]}`);
}

/**
 * How each export is imported in TypeScript: a module entry as a namespace,
 * whose type must have every name the module gives at run time (`runtime`,
 * from CHECK); JSON with its import attribute; a types-only entry with
 * `import type {}`; the loader, a classic script with no declarations, for
 * its side effect.
 */
function everyExportSource(exports, runtime) {
  const lines = ['// Every export of the package, imported as an app written in TypeScript imports it.'];
  const uses = [];
  Object.entries(exports).forEach(([key, target], i) => {
    const specifier = `${NAME}${key.slice(1)}`;
    if (key.endsWith('.json')) {
      lines.push(`import json${i} from '${specifier}' with { type: 'json' };`);
      uses.push(`json${i}`);
    } else if (typeof target === 'string') {
      lines.push(`import '${specifier}';`);
    } else if (!target.default) {
      lines.push(`import type {} from '${specifier}';`);
    } else {
      lines.push(`import * as entry${i} from '${specifier}';`);
      const names = runtime[key]?.exports ?? [];
      const shape = names.length ? `{ ${names.map((name) => `${JSON.stringify(name)}: unknown`).join('; ')} }` : 'object';
      // A name the module exports but its declarations do not declare is an error here.
      lines.push(`export const declared${i}: ${shape} = entry${i};`);
    }
  });
  lines.push(`export const json = [${uses.join(', ')}];`, '');
  return lines.join('\n');
}

/**
 * The two ways an app resolves the package's types: Node's own, with every
 * declaration file checked too (skipLibCheck off), so a declaration that
 * imports what is not installed is an error; and a bundler's, with
 * skipLibCheck on, as Vite's app templates set it.
 */
const RESOLUTIONS = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: false },
  bundler: { module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true },
};

/** tsc on the file importing every export, once per resolution: a missing `types` file is TS2307. */
async function typeCheck(dir, exports, runtime) {
  const source = everyExportSource(exports, runtime);
  await writeFile(join(dir, 'every-export.ts'), source);
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const checks = Object.entries(RESOLUTIONS).map(async ([name, resolution]) => {
    const config = `tsconfig.${name}.json`;
    const compilerOptions = {
      ...resolution,
      strict: true,
      target: 'es2022',
      lib: ['es2023', 'dom', 'dom.iterable'],
      types: [],
      noEmit: true,
      resolveJsonModule: true,
    };
    await writeFile(join(dir, config), JSON.stringify({ compilerOptions, files: ['every-export.ts'] }, null, 2));
    const result = await run(process.execPath, [tsc, '-p', config], { cwd: dir, timeout: 90_000 }).then(
      () => ({ passed: true, output: '' }),
      (error) => ({ passed: false, output: `${error.stdout ?? ''}${error.stderr ?? error.message}`.trim() }),
    );
    return [name, result];
  });
  return { source, results: Object.fromEntries(await Promise.all(checks)) };
}

let packing;

/** The tarball, packed (when the sources changed) once per test run, whoever asks first. */
export function tarball() {
  packing ??= packedTarball({ log: () => {} });
  packing.catch(() => {
    packing = undefined;
  });
  return packing;
}

let installing;

/**
 * The packed package installed with npm into a fresh folder, once per test
 * run: `{ dir, tarball, root }`, root being the package's own folder in
 * node_modules/.
 */
export function installedPackage() {
  installing ??= (async () => {
    const tgz = await tarball();
    const dir = await mkdtemp(join(tmpdir(), 'sparkpulse-install-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'a-fresh-project', private: true, type: 'module' }));
    // From the local cache where it can be: the registry is only asked for what is missing.
    await run('npm', ['install', tgz, ...(await besideThePackage()), '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: dir,
      timeout: TIMEOUT_MS,
    });
    return { dir, tarball: tgz, root: join(dir, 'node_modules', ...NAME.split('/')) };
  })();
  installing.catch(() => {
    installing = undefined;
  });
  return installing;
}

async function install() {
  const { dir, root } = await installedPackage();
  await writeFile(join(dir, 'check.mjs'), CHECK);
  const { stdout } = await run(process.execPath, ['check.mjs'], { cwd: dir, timeout: 30_000 });
  const exports = JSON.parse(stdout);
  const { exports: map } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const bin = await run('npx', ['--no-install', 'sparkpulse', '--version'], { cwd: dir, timeout: 30_000 }).catch((error) => ({
    stdout: `failed: ${error.stderr || error.message}`,
  }));
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return { exports, version: bin.stdout.trim(), files, types: await typeCheck(dir, map, exports) };
}

/**
 * What server code imports, each set in a Node process of its own: the
 * registering entries (the main one, then one element's on top of it), the
 * class-only entry, the React components (which React renders on the
 * server too) and server rendering.
 */
const SERVER_IMPORTS = [['.', './sp-compare.js', './sp-timeline.js'], ['./sp-velocity-badge.js'], ['./classes.js'], ['./react'], ['./ssr']];

/** Each set of SERVER_IMPORTS imported in Node from the installed package: its entries, exit code, and what it printed, by line. */
async function importInNode() {
  const { dir } = await installedPackage();
  return Promise.all(
    SERVER_IMPORTS.map(async (entries) => {
      const source = entries.map((key) => `await import(${JSON.stringify(NAME + key.slice(1))});`).join('\n');
      const { code, stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', source], { cwd: dir, timeout: 30_000 }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error) => ({ code: error.code ?? null, stdout: error.stdout ?? '', stderr: error.stderr ?? error.message }),
      );
      const lines = (text) => text.split('\n').filter(Boolean);
      return { entries, code, stdout: lines(stdout), stderr: lines(stderr) };
    }),
  );
}

/**
 * The tarball as packed: its files (without npm's `package/` folder), its
 * package.json and README, the loader's code and the script-tag build's
 * manifest of chunks (dist/cdn/manifest.json).
 */
async function packed() {
  const file = await tarball();
  const { stdout } = await run('tar', ['-tzf', file], { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 });
  // A file the tarball lacks reads as '' (and a missing JSON file as {}): the tests say what is missing.
  const read = (path) =>
    run('tar', ['-xzOf', file, `package/${path}`], { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 }).then(
      ({ stdout }) => stdout,
      () => '',
    );
  return {
    tarball: basename(file),
    loader: await read('dist/sparkpulse.js'),
    chunks: JSON.parse((await read('dist/cdn/manifest.json')) || '{}'),
    files: stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/^package\//, '')),
    manifest: JSON.parse(await read('package.json')),
    readme: await read('README.md'),
    // The reference the README links to: in the repository, not the package.
    docs: (await Promise.all(readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => readFile(join(ROOT, 'docs', name), 'utf8')))).join('\n'),
  };
}

/**
 * Two builds, as dist/ holds them before and after a change of the sources:
 * the loader and the entry change, chunks come and go, one folder goes away.
 */
const OLD_BUILD = {
  'sparkpulse.js': 'import("./cdn/old.js")',
  'cdn/old.js': 'old chunk',
  'cdn/same.js': 'a chunk both builds have',
  'index.js': 'import "./compare/define.js"',
  'compare/define.js': 'old define',
  'gone/a.js': 'a module the new build no longer has',
  'notes.txt': 'not the build’s (outside the scope)',
};
const NEW_BUILD = {
  'sparkpulse.js': 'import("./cdn/new.js")',
  'cdn/new.js': 'new chunk',
  'cdn/same.js': 'a chunk both builds have',
  'index.js': 'import "./compare/define.js"; import "./timeline/define.js"',
  'compare/define.js': 'new define',
  'timeline/define.js': 'new define',
  'types/react.d.ts': 'export {};',
};

async function writeTree(dir, files) {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
}

/** Every file under `dir` with its text, read at once, as a server reading dist/ would find them. */
function snapshot(dir) {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path).split(sep).join('/'), readFileSync(path, 'utf8')];
      }),
  );
}

/**
 * bringInto() of scripts/build-package.mjs, bringing NEW_BUILD into a folder
 * that holds OLD_BUILD, as the package build does (`scope: 'all'`; it may
 * remove every file but notes.txt), or only its loader and chunks, as the
 * script-tag build does (`scope: 'loader'`). What the folder held after each
 * step is recorded.
 */
async function bringBuildIn({ scope = 'all' } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'sparkpulse-bring-'));
  try {
    const [from, to] = [join(dir, 'new'), join(dir, 'dist')];
    // The script-tag build alone (`npm run build:cdn`) makes only the loader and its chunks.
    const build = scope === 'loader' ? Object.fromEntries(Object.entries(NEW_BUILD).filter(([file]) => LOADER_FILES(file))) : NEW_BUILD;
    await writeTree(from, build);
    await writeTree(to, OLD_BUILD);
    const moments = [{ step: null, files: snapshot(to) }];
    const inScope = scope === 'loader' ? LOADER_FILES : (file) => file !== 'notes.txt';
    const counts = await bringInto(from, to, { inScope, onStep: (step) => moments.push({ step, files: snapshot(to) }) });
    const folders = readdirSync(to, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => relative(to, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .sort();
    return { oldBuild: OLD_BUILD, newBuild: build, moments, counts, folders };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The installed package's name and version. */
async function nameAndVersion() {
  const { root } = await installedPackage();
  const { name, version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  return { name, version };
}

const COMMANDS = {
  'packed-package': packed,
  'installed-package': nameAndVersion,
  'install-packed-package': install,
  'import-in-node': importInNode,
};
const jobs = new Map();

/**
 * A command's work, run once per test run and shared by every test file.
 * The test runner gives a command 20 s to answer, less than a pack or an
 * install can take, so each call answers at once: `{ done: false }` until
 * the work has ended, then `{ done: true, result }` or `{ done: true, error }`.
 * The browser asks again until it is done (test/package-commands.ts).
 */
function job(command) {
  if (!jobs.has(command)) {
    const state = { done: false };
    jobs.set(command, state);
    COMMANDS[command]().then(
      (result) => Object.assign(state, { done: true, result }),
      (error) => Object.assign(state, { done: true, error: String(error?.stack ?? error) }),
    );
  }
  return { ...jobs.get(command) };
}

export function packageInstallPlugin() {
  return {
    name: 'sparkpulse-package-install',
    executeCommand({ command, payload }) {
      if (command === 'bring-build-in') return bringBuildIn(payload);
      return Object.hasOwn(COMMANDS, command) ? job(command) : undefined;
    },
  };
}
