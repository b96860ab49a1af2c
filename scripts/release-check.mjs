#!/usr/bin/env node
// Checks that the package is ready to publish, and stops at the first step
// that fails:
//
// 1. `npm run build`: the type check, the package build, the import guard,
//    the manifest checks and the size budgets.
// 2. `npm publish --dry-run`: npm packs the package exactly as a publish
//    would, with the same lifecycle scripts (prepare finds dist/ already
//    built), and reports without uploading. Every file package.json's
//    "exports", "bin", "main", "types", "customElements" and "web-types"
//    name must be in its list, and npm must have nothing to correct in
//    package.json. No login is needed for a dry run.
// 3. The tests of the packed tarball, in headless Chromium: a real `npm pack`,
//    listed and installed into an empty project, every export imported in
//    Node and in TypeScript, the script tag run from the package's files on a
//    second origin as a public npm CDN serves them
//    (test/package.test.ts, test/dist/npm-cdn.test.ts), and how a build is
//    brought into dist/ (test/scripts/build-package.test.ts).
//
//   npm run release:check
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './build-package.mjs';

const TARBALL_TESTS = ['test/package.test.ts', 'test/dist/npm-cdn.test.ts', 'test/scripts/build-package.test.ts'];

/**
 * Runs a command from the repository's root, its output shown as it comes;
 * with `keep`, gives back `{ stdout, stderr }`, and stdout is not shown.
 */
function step(command, args, { keep = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', keep ? 'pipe' : 'inherit', keep ? 'pipe' : 'inherit'] });
    const kept = { stdout: '', stderr: '' };
    child.stdout?.setEncoding('utf8').on('data', (chunk) => {
      kept.stdout += chunk;
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk) => {
      kept.stderr += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(kept);
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** Every file package.json names for users and tools, as the tarball lists them. */
function namedFiles(pkg) {
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  const fields = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types'], ...Object.values(pkg.bin ?? {})];
  return [...new Set([...targets, ...fields].filter(Boolean).map((path) => path.replace(/^\.\//, '')))];
}

async function publishDryRun() {
  // Lifecycle scripts write to stdout before npm's report: the report is the JSON object at the end.
  const { stdout, stderr } = await step('npm', ['publish', '--dry-run', '--json'], { keep: true });
  if (/auto-corrected/.test(stderr)) throw new Error('npm would correct package.json as it publishes: run `npm pkg fix`, and commit what it changes');
  const start = stdout.search(/^\{/m);
  if (start < 0) throw new Error(`npm publish --dry-run --json printed no report:\n${stdout}`);
  const reports = JSON.parse(stdout.slice(start));
  const report = reports.files ? reports : Object.values(reports)[0];
  const files = new Set(report.files.map((file) => file.path));
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const missing = namedFiles(pkg).filter((file) => !files.has(file));
  if (missing.length > 0) throw new Error(`the package would ship without files package.json names:\n  ${missing.join('\n  ')}`);
  console.log(
    `release-check: npm publish --dry-run packs ${report.filename}: ${report.files.length} files, ` +
      `${(report.size / 1000).toFixed(1)} kB packed, ${(report.unpackedSize / 1000).toFixed(1)} kB unpacked, every file package.json names among them`,
  );
}

async function main() {
  console.log('release-check: 1/3 npm run build');
  await step('npm', ['run', 'build']);
  console.log('\nrelease-check: 2/3 npm publish --dry-run');
  await publishDryRun();
  console.log('\nrelease-check: 3/3 the tests of the packed tarball');
  await step('npx', ['wtr', ...TARBALL_TESTS.flatMap((file) => ['--files', file])]);
  console.log('\nrelease-check: ready to publish (npm publish runs the same prepare, which finds dist/ built).');
}

main().catch((error) => {
  console.error(`\nrelease-check: ${error.message}`);
  process.exitCode = 1;
});
