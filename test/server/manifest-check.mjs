// Test-runner commands that make the custom-elements manifest and what is made
// from it exactly as the build does, with the same commands, but into a
// scratch folder under .cache/manifest/, never into dist/:
//
//   manifest-build          → { outdir, steps: [{ step, code, stdout, stderr }],
//                               manifest, vscode, webTypes }: `cem analyze`,
//                               scripts/validate-manifest.mjs and
//                               scripts/write-editor-data.mjs, once per test run
//   manifest-readme-check   { readme? } → { code, stdout, stderr } of
//                               scripts/check-readme-manifest.mjs on the docs pages,
//                               or on the text `readme` instead
//   manifest-analyze-edited { edits: [{ file, find, replace }] } → { code, stdout,
//                               stderr } of `cem analyze` on a copy of src/ with
//                               those edits (`file` relative to src/)
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from '../../scripts/run-node.mjs';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const SCRATCH = join(ROOT, '.cache', 'manifest');
const CEM = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
/** Below the test runner's 20 s limit for a command, so a hang fails with its own message. */
const RUN_TIMEOUT_MS = 15_000;

async function run(args, cwd = ROOT) {
  const { code, stdout, stderr } = await runNode(args, { cwd, env: { ...process.env, NO_COLOR: '1' }, timeoutMs: RUN_TIMEOUT_MS });
  return { code, stdout, stderr };
}

const readJson = async (path) => (existsSync(path) ? JSON.parse(await readFile(path, 'utf8')) : null);

async function build(outdir) {
  // The analyzer joins --outdir to the working directory: it must be relative.
  const relativeOut = relative(ROOT, outdir);
  const manifestPath = join(outdir, 'custom-elements.json');
  const steps = [];
  const commands = [
    ['cem analyze', [CEM, 'analyze', '--outdir', relativeOut, '--quiet']],
    ['validate-manifest', [join(ROOT, 'scripts', 'validate-manifest.mjs'), '--manifest', manifestPath]],
    ['write-editor-data', [join(ROOT, 'scripts', 'write-editor-data.mjs'), '--manifest', manifestPath, '--outdir', outdir]],
  ];
  for (const [step, args] of commands) {
    const result = await run(args);
    steps.push({ step, ...result });
    if (result.code !== 0) break;
  }
  return {
    outdir: relativeOut,
    steps,
    manifest: await readJson(manifestPath),
    vscode: await readJson(join(outdir, 'vscode.html-custom-data.json')),
    webTypes: await readJson(join(outdir, 'web-types.json')),
  };
}

/**
 * `cem analyze` on a copy of the sources with `edits`, beside a copy of the
 * files it reads, so a test can break the JSDoc without touching src/.
 */
async function analyzeEdited(dir, edits) {
  const tree = await mkdtemp(join(dir, 'tree-'));
  for (const file of ['custom-elements-manifest.config.mjs', 'package.json', 'tsconfig.json']) await cp(join(ROOT, file), join(tree, file));
  await cp(join(ROOT, 'src'), join(tree, 'src'), { recursive: true });
  for (const { file, find, replace } of edits) {
    const path = normalize(join(tree, 'src', file));
    if (!path.startsWith(join(tree, 'src') + sep)) throw new Error(`${file} is outside src/`);
    const text = await readFile(path, 'utf8');
    if (!text.includes(find)) throw new Error(`${file} has no ${JSON.stringify(find)} to replace`);
    await writeFile(path, text.replace(find, replace));
  }
  return run([CEM, 'analyze', '--outdir', 'out', '--quiet'], tree);
}

export function manifestCheckPlugin() {
  let scratch;
  let built;
  const folder = () => (scratch ??= mkdir(SCRATCH, { recursive: true }).then(() => mkdtemp(join(SCRATCH, 'test-'))));
  const buildOnce = () => (built ??= folder().then(build));

  return {
    name: 'sparkpulse-manifest-check',
    async executeCommand({ command, payload = {} }) {
      if (command === 'manifest-build') return buildOnce();
      if (command === 'manifest-analyze-edited') return analyzeEdited(await folder(), payload.edits ?? []);
      if (command !== 'manifest-readme-check') return undefined;
      const { steps } = await buildOnce();
      if (steps.some((step) => step.code !== 0)) return { code: null, stdout: '', stderr: 'the manifest was not built' };
      const dir = await folder();
      const args = [join(ROOT, 'scripts', 'check-readme-manifest.mjs'), '--manifest', join(dir, 'custom-elements.json')];
      if (typeof payload.readme === 'string') {
        const readme = join(dir, `README-${Date.now()}-${Math.random().toString(36).slice(2)}.md`);
        await writeFile(readme, payload.readme);
        args.push('--readme', readme);
      }
      return run(args);
    },
    async serverStop() {
      if (scratch) await rm(await scratch, { recursive: true, force: true });
    },
  };
}
