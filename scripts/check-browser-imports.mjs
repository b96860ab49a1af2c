#!/usr/bin/env node
// Fails when browser code imports Node-only code: a module under src/ outside
// src/cli/ (and the node/ and ssr/ rooms to come) that imports from one of
// them, or a Node built-in. In a browser build Vite would quietly replace a
// built-in with an empty stub, and the widget would break on a reader's page.
//
//   node scripts/check-browser-imports.mjs          # the sources
//   node scripts/check-browser-imports.mjs --dist   # and the built files in dist/
//   node scripts/check-browser-imports.mjs --src <folder>   # another source tree (tests)
//
// Every browser module is checked on its own, so nothing needs following:
// what a browser module imports is a browser module, checked in turn.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Rooms of src/ (and of dist/) whose code runs in Node only. */
export const NODE_ONLY = ['cli', 'node', 'ssr'];
const CODE = /\.(?:[cm]?[jt]s|tsx)$/;
/** What Vite puts where a browser build met a Node built-in. */
const STUBBED_BUILTIN = '__vite-browser-external';

const isBuiltin = (specifier) => specifier.startsWith('node:') || builtinModules.includes(specifier);

function codeFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && CODE.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** The browser modules under `root`: all but those in a Node-only room. */
function browserFiles(root) {
  const nodeOnly = NODE_ONLY.map((room) => join(root, room) + sep);
  return codeFiles(root).filter((file) => !nodeOnly.some((room) => file.startsWith(room)));
}

/** Every module `file` imports, statically or dynamically, types included. */
function importsOf(file) {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((ref) => ref.fileName);
}

/** Each import that browser code under `root` must not make, as `{ file, problem }`. */
export function check(root) {
  const nodeOnly = NODE_ONLY.map((room) => join(root, room));
  const problems = [];
  const files = browserFiles(root);
  for (const file of files) {
    for (const specifier of importsOf(file)) {
      const target = specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined;
      const room = target && NODE_ONLY.find((_, i) => target === nodeOnly[i] || target.startsWith(nodeOnly[i] + sep));
      if (isBuiltin(specifier)) problems.push({ file, problem: `imports the Node built-in "${specifier}"` });
      else if (room) problems.push({ file, problem: `imports "${specifier}", in ${room}/, which is Node-only` });
    }
    if (readFileSync(file, 'utf8').includes(STUBBED_BUILTIN)) problems.push({ file, problem: 'holds a Node built-in that Vite stubbed out' });
  }
  return { files: files.length, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const at = process.argv.indexOf('--src');
  const roots = [at === -1 ? join(root, 'src') : resolve(process.argv[at + 1] ?? '')];
  if (process.argv.includes('--dist')) roots.push(join(root, 'dist'));
  let failed = false;
  for (const dir of roots) {
    if (!existsSync(dir)) {
      console.error(`check-browser-imports: there is no ${relative(root, dir) || dir} to check`);
      failed = true;
      continue;
    }
    const { files, problems } = check(dir);
    for (const { file, problem } of problems) console.error(`check-browser-imports: ${relative(process.cwd(), file)} ${problem}`);
    if (problems.length > 0) failed = true;
    else console.log(`check-browser-imports: ${files} browser modules in ${relative(root, dir) || dir}/ import no Node-only code`);
  }
  if (failed) {
    console.error(`check-browser-imports: browser code must not import Node built-ins, nor ${NODE_ONLY.map((room) => `src/${room}/`).join(', ')}`);
    process.exitCode = 1;
  }
}
