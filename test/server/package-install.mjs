// A test-runner command that installs the packed package as a user would,
// with npm, into a fresh folder (with React and @lit/react, the optional peers
// a React app adds), then imports every export it declares in Node, runs its
// command and lists its files: `executeServerCommand('install-packed-package')`.
// The tarball is the one scripts/build-fixtures.mjs packs (npm test runs it first).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CACHE = fileURLToPath(new URL('../../.cache/', import.meta.url));
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
const base = 'node_modules/@sparkpulse/widgets/';
const pkg = JSON.parse(await readFile(base + 'package.json', 'utf8'));
const results = {};
for (const [key, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  const result = (results[key] = { missing: files.filter((file) => !existsSync(base + file)) });
  if ((typeof target !== 'string' && !target.default) || key === './sparkpulse.js') continue;
  const specifier = '@sparkpulse/widgets' + key.slice(1);
  try {
    const module = key.endsWith('.json') ? await import(specifier, { with: { type: 'json' } }) : await import(specifier);
    Object.assign(result, { ok: true, exports: Object.keys(module).sort() });
  } catch (error) {
    Object.assign(result, { ok: false, error: String(error.message ?? error).split('\\n')[0] });
  }
}
console.log(JSON.stringify(results));
`;

/** The optional peers, at the versions this repository tests with: what a React app adds to use the React components. */
async function reactPeers() {
  const { devDependencies } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  return ['react', '@lit/react'].map((name) => `${name}@${devDependencies[name]}`);
}

async function install() {
  const tarball = (await readdir(CACHE)).find((name) => /^sparkpulse-widgets-.*\.tgz$/.test(name));
  if (!tarball) throw new Error('No packed package in .cache/: run node scripts/build-fixtures.mjs');
  const dir = await mkdtemp(join(tmpdir(), 'sparkpulse-install-'));
  try {
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'a-fresh-project', private: true, type: 'module' }));
    // From the local cache where it can be: the registry is only asked for what is missing.
    await run('npm', ['install', join(CACHE, tarball), ...(await reactPeers()), '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: dir,
      timeout: TIMEOUT_MS,
    });
    await writeFile(join(dir, 'check.mjs'), CHECK);
    const { stdout } = await run(process.execPath, ['check.mjs'], { cwd: dir, timeout: 30_000 });
    const bin = await run('npx', ['--no-install', 'sparkpulse', '--version'], { cwd: dir, timeout: 30_000 }).catch((error) => ({
      stdout: `failed: ${error.stderr || error.message}`,
    }));
    const installed = join(dir, 'node_modules', '@sparkpulse', 'widgets');
    const files = (await readdir(installed, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(installed, join(entry.parentPath, entry.name)).split(sep).join('/'));
    return { exports: JSON.parse(stdout), version: bin.stdout.trim(), files };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function packageInstallPlugin() {
  return {
    name: 'sparkpulse-package-install',
    async executeCommand({ command }) {
      if (command !== 'install-packed-package') return undefined;
      return install();
    },
  };
}
