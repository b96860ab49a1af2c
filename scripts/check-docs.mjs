#!/usr/bin/env node
// Checks the documentation a reader follows: README.md, CHANGELOG.md,
// THIRD-PARTY-NOTICES.md and every page in docs/. Exits 1, naming each
// problem, when
// - a relative link or image names a file that does not exist, or an anchor
//   that no heading of its page makes (GitHub's way of making anchors);
// - an HTML code block gives an element an attribute it does not have
//   (dist/custom-elements.json says which it has);
// - a JavaScript or TypeScript code block imports a path of the package that
//   its "exports" do not name, or a name that path does not export (read from
//   the built declarations in dist/);
// - a shell code block runs a `sparkpulse` command or option that does not
//   exist, or an `npm run` script package.json does not have.
//
//   node scripts/check-docs.mjs [--root <folder>]
//
// It needs the build (dist/). With --root, it checks the Markdown of another
// folder against this repository's build: for the test of the check itself.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const NAME = PACKAGE.name;

/** Attributes every HTML element takes, whatever its own are. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'style', 'lang', 'dir', 'hidden', 'slot', 'title', 'tabindex', 'part']);
/** The elements' names without their prefix, and the attributes each takes. */
function elementAttributes() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const byName = new Map(declarations.map((declaration) => [declaration.name, declaration]));
  const attributesOf = (declaration) => {
    const own = (declaration.attributes ?? []).map((attribute) => attribute.name);
    const parent = declaration.superclass && byName.get(declaration.superclass.name);
    return parent ? [...own, ...attributesOf(parent)] : own;
  };
  return new Map(declarations.filter((d) => d.tagName).map((d) => [d.tagName.replace(/^sp-/, ''), new Set(attributesOf(d))]));
}

// ------------------------------------------------------------ Markdown

/** The Markdown files a reader follows, relative to `root`. */
function markdownFiles(root) {
  const top = ['README.md', 'CHANGELOG.md', 'THIRD-PARTY-NOTICES.md'].filter((name) => existsSync(join(root, name)));
  const docs = existsSync(join(root, 'docs')) ? readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`) : [];
  return [...top, ...docs];
}

/** The text outside fenced code blocks, and the fenced blocks with their language. */
function split(markdown) {
  const prose = [];
  const blocks = [];
  let block;
  for (const [i, line] of markdown.split('\n').entries()) {
    const fence = /^\s*```(\S*)/.exec(line);
    if (fence && !block) block = { lang: fence[1], lines: [], line: i + 1 };
    else if (fence && block) {
      blocks.push({ ...block, text: block.lines.join('\n') });
      block = undefined;
    } else if (block) block.lines.push(line);
    else prose.push([i + 1, line]);
  }
  return { prose, blocks };
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes, repeats numbered. */
function anchorsOf(markdown) {
  const seen = new Map();
  const anchors = new Set();
  for (const [, line] of split(markdown).prose) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const base = heading[1]
      .replace(/`/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  for (const [, line] of split(markdown).prose) for (const [, id] of line.matchAll(/<a (?:id|name)="([^"]+)"/g)) anchors.add(id);
  return anchors;
}

/** Every link and image target of a line's prose, code spans left out. */
function targets(line) {
  const prose = line.replace(/`[^`]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]);
}

function checkLinks(root, file, markdown, problems) {
  for (const [line, text] of split(markdown).prose) {
    for (const target of targets(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const [path, anchor] = target.split('#');
      const resolved = path ? resolve(dirname(join(root, file)), decodeURIComponent(path)) : join(root, file);
      const where = `${file}:${line}`;
      if (!existsSync(resolved)) {
        problems.push(`${where}: ${target} links to ${relative(root, resolved)}, which does not exist`);
        continue;
      }
      if (anchor === undefined) continue;
      if (!resolved.endsWith('.md') || statSync(resolved).isDirectory()) {
        problems.push(`${where}: ${target} has an anchor, but ${relative(root, resolved)} is not a Markdown page`);
        continue;
      }
      if (!anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)) {
        problems.push(`${where}: ${target}: ${relative(root, resolved)} has no heading whose anchor is #${anchor}`);
      }
    }
  }
}

// ------------------------------------------------------------ code blocks

/** `<sp-compare a="kafka" sections="glance faq">`: each element of the package, with its attributes. */
function checkHtml(file, block, elements, problems) {
  // Tags of the package under any prefix: <sp-compare>, <acme-compare>.
  for (const tag of block.text.matchAll(/<([a-z][\w.]*)-(compare|timeline|velocity-badge|embed-builder)\b([^>]*)>/g)) {
    const known = elements.get(tag[2]);
    const attributes = [...tag[3].matchAll(/(?:^|\s)([^\s=/>"']+)(?=\s*=|\s|$)/g)].map((match) => match[1]);
    for (const name of attributes) {
      if (known.has(name) || GLOBAL_ATTRIBUTES.has(name) || /^(data|aria)-/.test(name) || /^(on|@|:|v-|prop:|on:)/.test(name)) continue;
      problems.push(`${file}:${block.line}: <${tag[1]}-${tag[2]}> has no attribute "${name}"`);
    }
  }
}

let program;
/**
 * One TypeScript program over the declarations of every export: a program
 * per import read the same files again for each, and took most of the time.
 */
function declarationsProgram() {
  if (program) return program;
  const roots = Object.keys(PACKAGE.exports)
    .map((subpath) => exportTarget(subpath))
    .filter((target) => typeof target === 'string')
    .map((target) => join(ROOT, target.replace(/\.js$/, '.d.ts')))
    .filter((file) => existsSync(file));
  program = ts.createProgram(roots, { noEmit: true, skipLibCheck: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext });
  return program;
}

/** The names a built entry exports, values and types, from its declarations. */
function exportedNames(target, cache) {
  if (cache.has(target)) return cache.get(target);
  const declarations = join(ROOT, target.replace(/\.js$/, '.d.ts'));
  let names;
  if (existsSync(declarations)) {
    const program = declarationsProgram();
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(declarations);
    const symbol = source && checker.getSymbolAtLocation(source);
    names = new Set(symbol ? checker.getExportsOfModule(symbol).map((s) => s.getName()) : []);
  }
  cache.set(target, names);
  return names;
}

/** What an export of package.json points to for types (or code), `./dist/classes.d.ts`. */
function exportTarget(subpath) {
  const entry = PACKAGE.exports[subpath];
  if (entry === undefined) return undefined;
  if (typeof entry === 'string') return entry;
  return entry.types ?? entry.default;
}

function checkImports(file, block, problems, cache) {
  const imports = block.text.matchAll(/import\s+(type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\})?\s*(?:from\s+)?['"]([^'"]+)['"]/g);
  for (const [, , , named, specifier] of imports) {
    if (specifier !== NAME && !specifier.startsWith(`${NAME}/`)) continue;
    const subpath = `.${specifier.slice(NAME.length)}`;
    const target = exportTarget(subpath);
    if (!target) {
      problems.push(`${file}:${block.line}: ${specifier} is not a path the package exports`);
      continue;
    }
    if (!named?.trim()) continue;
    const names = exportedNames(target.replace(/^\.\//, ''), cache);
    if (!names) continue;
    for (const part of named.split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0];
      if (name && !names.has(name)) problems.push(`${file}:${block.line}: ${specifier} does not export ${name}`);
    }
  }
}

/** The command's commands and each one's options, from its own help. */
async function cliOptions() {
  // In this process, as bin/sparkpulse.js calls it: one Node start per help text took most of the check's time.
  const { main } = await import(pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href);
  const help = async (...args) => {
    let text = '';
    const stream = { write: (chunk) => ((text += chunk), true), isTTY: false };
    await main(args, { stdout: stream, stderr: { write: () => true, isTTY: false } });
    return text;
  };
  const top = await help('--help');
  const commands = new Map();
  for (const [, name] of top.matchAll(/^ {2}([a-z]+) /gm)) {
    commands.set(name, new Set([...(await help(name, '--help')).matchAll(/(--[a-z][\w-]*)/g)].map((match) => match[1])));
  }
  return commands;
}

function checkShell(file, block, commands, problems) {
  for (const [i, line] of block.lines.entries()) {
    const code = line.replace(/#.*$/, '').replace(/^\$\s+/, '');
    const where = `${file}:${block.line + i + 1}`;
    for (const [, script] of code.matchAll(/\bnpm run ([\w:-]+)/g)) {
      if (!PACKAGE.scripts[script]) problems.push(`${where}: npm run ${script}: package.json has no such script`);
    }
    const run = /(?:^|\s|npx\s+)sparkpulse\s+([a-z]+)([^|&;>]*)/.exec(code);
    if (!run) continue;
    const options = commands.get(run[1]);
    if (!options) {
      problems.push(`${where}: sparkpulse ${run[1]} is not a command`);
      continue;
    }
    for (const [option] of run[2].matchAll(/--[a-z][\w-]*/g)) {
      if (!options.has(option)) problems.push(`${where}: sparkpulse ${run[1]} has no option ${option}`);
    }
  }
}

// ------------------------------------------------------------ all

/** Every problem in the Markdown under `root`, as lines to print. */
export async function docProblems(root = ROOT) {
  const problems = [];
  const elements = elementAttributes();
  const commands = await cliOptions();
  const cache = new Map();
  for (const file of markdownFiles(root)) {
    const markdown = readFileSync(join(root, file), 'utf8');
    checkLinks(root, file, markdown, problems);
    for (const block of split(markdown).blocks) {
      if (block.lang === 'html') checkHtml(file, block, elements, problems);
      if (/^(js|mjs|ts|tsx|jsx|svelte|vue|astro)$/.test(block.lang)) checkImports(file, block, problems, cache);
      if (/^(sh|bash|shell|console)$/.test(block.lang)) checkShell(file, block, commands, problems);
    }
  }
  return problems;
}

async function main(args) {
  const at = args.indexOf('--root');
  const root = at < 0 ? ROOT : resolve(args[at + 1]);
  const problems = await docProblems(root);
  if (problems.length) {
    console.error(`check-docs: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the documentation:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`check-docs: ${markdownFiles(root).length} pages: every link, anchor, attribute, import and command they name exists`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
