// Test-runner commands on an app that already has Lit 3 and zod 4, at the
// oldest versions package.json's ranges accept, locked exactly, before the
// packed package is installed into it: what a host app's `npm install
// @sparkpulse/widgets` does to its dependency tree, and whether the widgets
// work on the app's own copies. The browser's Optional peers are left out, as
// a browser app leaves them: the command and server rendering say what to
// install.
//
// - `executeServerCommand('shared-deps-app')`: answers at once, `{ done:
//   false }` until the work has ended (test/package-commands.ts asks again),
//   then `{ done: true, result }`:
//   - `locked`: what the app installed first (OLDEST), `versions`: what is
//     installed after the package, `copies`: for lit, zod, @lit/task,
//     lit-html, lit-element and @lit/reactive-element, the version of each copy
//     in the tree (`npm ls --all --json`), and `ls`, `npm ls lit zod @lit/task`
//     as printed;
//   - `page`: the app's page (served by the test runner from .cache/), a
//     bundle of the app (esbuild) that imports the package;
//   - `bundled`: the folders of every Lit and zod module in the bundle;
//   - `badges`, `render`, `renderWidget`, `validate`: the command and server
//     rendering run in the app without their optional peers;
//   - `setupMs`: how long the app took to make (the tarball aside), 0 when it
//     came from the cache, and `phases`, the parts of it, with the command runs.
//
// The app is made once per tarball (packed by test/server/package-install.mjs)
// and kept in the system's temporary folder (sparkpulse-shared-deps-<clone>/), so a
// second run starts at once; its page is copied to .cache/shared-deps/. The oldest
// versions come from the bisection recorded in the README (docs/npm.md).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tarball } from './package-install.mjs';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Outside the repository, whose node_modules/ Node and bundlers would
// otherwise find above the app's own: the optional peers among them.
// One folder per clone, so two clones never remove each other's app.
const CACHE = join(tmpdir(), `sparkpulse-shared-deps-${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}`);
/** Where the test runner serves the app's page from: inside the repository. */
const PAGES = join(ROOT, '.cache', 'shared-deps');
const NAME = '@sparkpulse/widgets';
const NPM = ['--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel', 'error'];
/** npm install in a fresh folder took 6-25 s here (2 cores, shared); the margin is for a busy machine. */
const INSTALL_TIMEOUT_MS = 120_000;

/**
 * The oldest minors the package was found to work with (each range in
 * package.json starts here), as an app locked them: Lit with the Lit packages
 * it was released with, so nothing newer stands in for them.
 */
export const OLDEST = {
  lit: '3.0.0',
  'lit-html': '3.0.0',
  'lit-element': '4.0.0',
  '@lit/reactive-element': '2.0.0',
  zod: '4.5.0',
};
const SHARED = ['lit', 'zod', '@lit/task', 'lit-html', 'lit-element', '@lit/reactive-element'];

/** The app's entry: it notes the console's warnings (Lit's "multiple versions" among them) before the widgets load. */
const ENTRY = `
window.warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => { window.warnings.push(args.map(String).join(' ')); warn(...args); };
await import('${NAME}');
window.widgetsLoaded = true;
`;

const PAGE = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>An app with its own Lit and zod</title>
<script type="module" src="./app.js"></script>
<body></body>
</html>
`;

async function npm(args, cwd) {
  try {
    return await run('npm', args, { cwd, timeout: INSTALL_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    // npm ls exits 1 when the tree has problems, and still prints it.
    if (args[0] === 'ls' && error.stdout) return error;
    throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }
}

/** Every copy of `names` in the tree `npm ls --all --json` printed: { lit: ['3.0.0'], … }. */
function copiesIn(tree, names) {
  const copies = Object.fromEntries(names.map((name) => [name, new Set()]));
  const walk = (node) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      // A deduped entry is the same copy seen again.
      if (copies[name] && child.version && !child.deduped) copies[name].add(`${child.version}${child.path ? ` ${child.path}` : ''}`);
      walk(child);
    }
  };
  walk(tree);
  return Object.fromEntries(Object.entries(copies).map(([name, set]) => [name, [...set].map((entry) => entry.split(' ')[0])]));
}

/** The app with the oldest Lit and zod, locked: made once per set of versions. */
async function baseApp() {
  const key = createHash('sha256').update(JSON.stringify(OLDEST)).digest('hex').slice(0, 12);
  const dir = join(CACHE, `base-${key}`);
  if (existsSync(join(dir, 'ready'))) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'an-app', private: true, type: 'module' }, null, 2)}\n`);
  await npm(['install', '--save-exact', ...Object.entries(OLDEST).map(([name, version]) => `${name}@${version}`), ...NPM], dir);
  await writeFile(join(dir, 'ready'), '');
  return dir;
}

/** Runs `args` in `cwd`: { code, stdout, stderr }, whatever the exit. */
function outcome(file, args, cwd) {
  return run(file, args, { cwd, timeout: 30_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error) => ({ code: error.code ?? null, stdout: error.stdout ?? '', stderr: error.stderr ?? error.message }),
  );
}

const RENDER = `
import { renderWidget } from '${NAME}/ssr';
try {
  console.log(JSON.stringify({ html: await renderWidget('sp-velocity-badge', { product: 'kafka' }, { endpoint: process.argv[2] }) }));
} catch (error) {
  console.log(JSON.stringify({ name: error.name, message: error.message }));
}
`;

/** The package installed into the base app, its page bundled, and the command run: once per tarball. */
async function sharedDepsApp() {
  const tgz = await tarball();
  // Timed from here: the tarball is packed once for every package test.
  const started = performance.now();
  const phases = {};
  const timed = async (phase, work) => {
    const start = performance.now();
    const result = await work();
    phases[phase] = Math.round(performance.now() - start);
    return result;
  };
  const hash = createHash('sha256').update(await readFile(tgz)).digest('hex').slice(0, 12);
  const dir = join(CACHE, `app-${hash}`);
  const fresh = !existsSync(join(dir, 'ready'));
  if (fresh) {
    const base = await timed('base app (lit, zod locked)', baseApp);
    // Another tarball's app is of no more use.
    for (const name of await readdir(CACHE)) if (name.startsWith('app-')) await rm(join(CACHE, name), { recursive: true, force: true });
    await cp(base, dir, { recursive: true });
    await rm(join(dir, 'ready'));
    await timed('package installed', () => npm(['install', tgz, ...NPM], dir));
    await writeFile(join(dir, 'entry.js'), ENTRY);
    const { build } = await import('esbuild');
    const { metafile } = await timed('page bundled', () => build({
      entryPoints: [join(dir, 'entry.js')],
      outfile: join(dir, 'page', 'app.js'),
      absWorkingDir: dir,
      bundle: true,
      format: 'esm',
      target: 'es2022',
      metafile: true,
      logLevel: 'silent',
    }));
    await writeFile(join(dir, 'meta.json'), JSON.stringify(metafile));
    await writeFile(join(dir, 'ready'), '');
  }
  // The page, bundled: served from the repository's .cache/.
  const page = join(PAGES, hash);
  if (!existsSync(join(page, 'index.html'))) {
    await rm(PAGES, { recursive: true, force: true });
    await cp(join(dir, 'page'), page, { recursive: true });
    await writeFile(join(page, 'index.html'), PAGE);
  }
  const { stdout: lsJson } = await npm(['ls', '--all', '--json', ...SHARED], dir);
  const { stdout: ls } = await npm(['ls', 'lit', 'zod', '@lit/task'], dir);
  const { dependencies } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  const versions = {};
  for (const name of SHARED) versions[name] = JSON.parse(await readFile(join(dir, 'node_modules', ...name.split('/'), 'package.json'), 'utf8')).version;
  const { inputs } = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8'));
  // The package folder each bundled module of Lit or zod came from, e.g. node_modules/lit-html.
  const bundled = [
    ...new Set(
      Object.keys(inputs)
        .map((file) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1])
        .filter((folder) => folder && SHARED.some((name) => folder.endsWith(`node_modules/${name}`))),
    ),
  ].sort();

  // The command and server rendering, without the optional peers the app never installed.
  const endpoint = join(ROOT, 'demo', 'endpoint');
  const out = await mkdtemp(join(tmpdir(), 'sparkpulse-shared-deps-'));
  try {
    await writeFile(join(dir, 'render.mjs'), RENDER);
    const sparkpulse = join(dir, 'node_modules', '.bin', 'sparkpulse');
    const [badges, render, validate, renderWidget] = await timed('command and renderWidget run', () => Promise.all([
      outcome(sparkpulse, ['badges', endpoint, '--out', out], dir),
      outcome(sparkpulse, ['render', 'sp-velocity-badge', 'product=kafka', '--endpoint', endpoint], dir),
      outcome(sparkpulse, ['validate', endpoint], dir),
      outcome(process.execPath, ['render.mjs', endpoint], dir),
    ]));
    return {
      locked: Object.fromEntries(Object.keys(OLDEST).map((name) => [name, dependencies[name]])),
      versions,
      copies: copiesIn(JSON.parse(lsJson), SHARED),
      ls,
      page: `/${relative(ROOT, join(page, 'index.html')).split(sep).join('/')}`,
      bundled,
      badges,
      render,
      validate,
      renderWidget: JSON.parse(renderWidget.stdout || '{}'),
      setupMs: fresh ? Math.round(performance.now() - started) : 0,
      phases,
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

let job;

export function sharedDepsPlugin() {
  return {
    name: 'sparkpulse-shared-deps',
    executeCommand({ command }) {
      if (command !== 'shared-deps-app') return undefined;
      if (!job) {
        job = { done: false };
        sharedDepsApp().then(
          (result) => Object.assign(job, { done: true, result }),
          (error) => Object.assign(job, { done: true, error: String(error?.stack ?? error) }),
        );
      }
      return { ...job };
    },
  };
}
