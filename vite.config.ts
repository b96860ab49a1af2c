import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, transformWithOxc, type Plugin, type UserConfig } from 'vite';
import dts from 'vite-plugin-dts';
import { init as lexerInit, parse as parseModule } from 'es-module-lexer';

const lexerReady = lexerInit;

/**
 * The package's dependencies stay imports in the npm build, shared with the
 * app that installs it; so do Node's built-ins, which only src/cli/, node/
 * and ssr/ may import (scripts/check-browser-imports.mjs fails the build otherwise).
 */
const { dependencies: packages = {}, peerDependencies: peers = {} } = JSON.parse(readFileSync(fileURLToPath(new URL('./package.json', import.meta.url)), 'utf8'));
const dependencies = new RegExp(`^(${Object.keys({ ...packages, ...peers }).map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})(/|$)|^node:`);

/** Collapses the white space and comments of CSS in Lit's css`` templates; values stay as written. */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Minifies the styles modules' css`` templates, which JS minifiers leave alone. */
function minifyCssTemplates(): Plugin {
  return {
    name: 'sparkpulse:minify-css-templates',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return undefined;
      return { code: code.replace(/css`([^`]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}

/**
 * In minified output, raw line breaks survive only inside template literals:
 * Lit's html`` and css``. There a break and its indentation render exactly
 * like one space, so one space is all that ships. The minifier also turns a
 * "\n" escape in any template literal into a raw break, so code that needs a
 * real line break in text builds it at run time (LINE_BREAK in
 * src/builder/snippets.ts); test/builder/script-tag.test.ts checks the built
 * snippets keep theirs.
 */
function collapseTemplateLineBreaks(): Plugin {
  return {
    name: 'sparkpulse:collapse-template-line-breaks',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = file.code.replace(/\n[ \t]*/g, ' ');
      }
    },
  };
}

/**
 * The loader runs as a classic script, so its top-level names must not become
 * globals of the host page: its code is wrapped in a function. It must not
 * use import statements, export or import.meta, which a classic script cannot.
 *
 * A classic script from another origin (without `crossorigin`), or in a
 * sandboxed frame, has no base URL for import(): Chromium resolves
 * `import('./cdn/x.js')` against about:blank and fails. So every chunk import
 * becomes a call to `__spImport`, which src/page/chunks.ts defines: it
 * resolves the chunk against the loader's own `document.currentScript.src`
 * and checks it, and every chunk it imports, against the integrity written
 * here in `__spChunks`, computed from the chunks as they ship.
 */
function classicLoader(): Plugin {
  const chunkImport = /\bimport\((["'`])(\.\/cdn\/[^"'`]+)\1\)/g;
  return {
    name: 'sparkpulse:classic-loader',
    generateBundle(_, bundle) {
      // Each chunk's integrity and static imports, for src/page/chunks.ts. The
      // other plugins have changed the chunks' code by now: this is what ships.
      // A chunk's own import()s go through its loader too, found by a
      // page-wide key that names this build (by its chunks' hashed names).
      const all = Object.values(bundle).flatMap((file) => (file.type === 'chunk' && !file.isEntry ? [file] : []));
      const build = createHash('sha256').update(all.map((file) => file.fileName).sort().join()).digest('base64url').slice(0, 8);
      const chunks: Record<string, string[]> = {};
      const base = (name: string) => name.slice(name.lastIndexOf('/') + 1);
      for (const file of all) {
        file.code = file.code.replace(
          /\bimport\((["'`])\.\/([^"'`/]+\.js)\1\)/g,
          (_, quote: string, name: string) =>
            `(globalThis[Symbol.for("sparkpulse.chunk.${build}")]??(u=>import(u)))(new URL(${quote}./${name}${quote},import.meta.url).href)`,
        );
        const integrity = `sha384-${createHash('sha384').update(file.code).digest('base64')}`;
        chunks[base(file.fileName)] = [integrity, ...file.imports.map(base)];
      }
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        if (file.imports.length > 0 || file.exports.length > 0 || file.code.includes('import.meta')) {
          this.error(`${file.fileName} must stay a classic script: no static imports, exports or import.meta (imports: ${file.imports.join(', ')})`);
        }
        const code = file.code.replace(chunkImport, (_, quote: string, path: string) => `__spImport(${quote}${path}${quote})`);
        if (code === file.code || /\bimport\(["'`]/.test(code)) {
          this.error(`${file.fileName}: every dynamic import must name a chunk in cdn/, to be resolved against the script's URL`);
        }
        file.code = `(()=>{var __spChunks=${JSON.stringify(chunks)},__spBuild="${build}",__spImport;${code}})();`;
        // For the script tag's `integrity` attribute: dist/integrity.json, which the build prints.
        const integrity = `sha384-${createHash('sha384').update(file.code).digest('base64')}`;
        this.emitFile({ type: 'asset', fileName: 'integrity.json', source: `${JSON.stringify({ [file.fileName]: integrity }, null, 2)}\n` });
      }
    },
  };
}

/** The browser's modules: everything in src/ but the command, Node and server-rendering code. */
const NOT_BROWSER = /\/src\/(cli|node|ssr)\//;

/**
 * The names every other browser module imports from the modules `owned`
 * (`import { a, b as c } from './x.js'`, type-only imports left out), by module.
 */
async function importedNames(owned: Map<string, string[]>, entryPath: string): Promise<Map<string, Set<string>>> {
  const src = fileURLToPath(new URL('./src/', import.meta.url));
  const files = (await readdir(src, { recursive: true })).filter((file) => /\.ts$/.test(file)).map((file) => join(src, file));
  const wanted = new Map<string, Set<string>>();
  for (const file of files) {
    if (file === entryPath || owned.has(file) || NOT_BROWSER.test(file)) continue;
    const code = await readFile(file, 'utf8');
    for (const [, typeOnly, list, from] of code.matchAll(/\b(?:import|export)\s+(type\s+)?\{([^}]*)\}\s*from\s*'(\.[^']+)'/g)) {
      if (typeOnly) continue;
      const path = join(dirname(file), from.replace(/\.js$/, '.ts'));
      if (!owned.has(path)) continue;
      const names = wanted.get(path) ?? new Set<string>();
      for (const item of list.split(',')) {
        const name = item.trim().split(/\s+/)[0];
        if (name && name !== 'type') names.add(name);
      }
      wanted.set(path, names);
    }
  }
  return wanted;
}

/**
 * The modules the loader runs before any chunk arrives (the claims, the
 * prefix rule, the reserved boxes and the geometry they share with the
 * elements) ship once, in the loader. A classic script cannot export, so the
 * loader hands its copies over at run time: it puts their exports, in a fixed
 * order, into one page-shared slot (a Symbol.for key, no global name), and
 * every chunk that imports one of those modules gets, in its place, a
 * one-line module that reads the slot. The loader always runs before the
 * chunks it imports, so the slot is there. The key names this build's
 * version and a hash of those modules' sources: another version on the page
 * (or another build) has a slot of its own, and never reads ours.
 *
 * Modules that are only constants rolldown inlines everywhere (version.ts)
 * are left alone: they ship in no chunk.
 */
function loaderHandoff(entry: string): Plugin {
  const entryPath = fileURLToPath(new URL(entry, import.meta.url));
  const INLINED = new Set([fileURLToPath(new URL('./src/version.ts', import.meta.url))]);
  const BRIDGE = '\0sparkpulse-from-loader:';
  /** Each module the loader imports, with the exports it hands over, in order. */
  let owned = new Map<string, string[]>();
  let key = '';
  const slot = () => `globalThis[Symbol.for(${JSON.stringify(key)})]`;
  const scan = async (path: string, found: Map<string, string[]>, sources: string[]) => {
    if (found.has(path)) return;
    const { code } = await transformWithOxc(await readFile(path, 'utf8'), path, { lang: 'ts' });
    await lexerReady;
    const [imports, exports] = parseModule(code);
    if (path !== entryPath) {
      found.set(path, INLINED.has(path) ? [] : exports.map((e) => e.n));
      sources.push(code);
    }
    for (const { n, d } of imports) {
      if (d !== -1 || n === undefined) continue; // dynamic imports are the chunks
      if (!n.startsWith('.')) throw new Error(`${path}: the loader imports only its own modules, not ${n}`);
      await scan(fileURLToPath(new URL(n.replace(/\.js$/, '.ts'), `file://${path}`)), found, sources);
    }
  };
  return {
    name: 'sparkpulse:loader-handoff',
    enforce: 'pre',
    async buildStart() {
      const found = new Map<string, string[]>();
      const sources: string[] = [];
      await scan(entryPath, found, sources);
      // Only what the chunks import is handed over; the loader keeps the rest to itself, or drops it.
      const wanted = await importedNames(found, entryPath);
      owned = new Map([...found].map(([path, names]) => [path, names.filter((name) => wanted.get(path)?.has(name))]));
      const version = /VERSION = '([^']+)'/.exec(await readFile(fileURLToPath(new URL('./src/version.ts', import.meta.url)), 'utf8'))?.[1];
      key = `sparkpulse.loader.v1:${version}:${createHash('sha256').update(sources.join('\0')).digest('hex').slice(0, 12)}`;
    },
    async resolveId(source, importer, options) {
      if (!importer || importer === entryPath || owned.has(importer) || source.startsWith(BRIDGE)) return null;
      if ((options as { kind?: string }).kind !== 'import-statement') return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved || !owned.has(resolved.id) || INLINED.has(resolved.id)) return resolved;
      return { id: `${BRIDGE}${resolved.id}` };
    },
    load(id) {
      if (!id.startsWith(BRIDGE)) return null;
      const path = id.slice(BRIDGE.length);
      const start = [...owned].slice(0, [...owned.keys()].indexOf(path)).reduce((sum, [, names]) => sum + names.length, 0);
      const names = owned.get(path)!;
      return `const m = ${slot()};\n${names.map((name, i) => `export const ${name} = m[${start + i}];`).join('\n')}\n`;
    },
    transform(code, id) {
      if (id !== entryPath) return null;
      const handed = [...owned].flatMap(([path, names]) => names.map((name) => ({ path, name })));
      const imports = handed.map(({ path, name }, i) => `import { ${name} as __sp${i} } from ${JSON.stringify(path)};`).join('\n');
      return { code: `${imports}\n${slot()} ??= [${handed.map((_, i) => `__sp${i}`).join(', ')}];\n${code}`, map: null };
    },
  };
}

/**
 * Fails the build when a source module ships in two files of the script-tag
 * build: a page that fetches both would download it twice and run two
 * copies. Modules rolldown inlined away (no rendered code) do not count.
 */
export function noModuleTwice(): Plugin {
  const root = fileURLToPath(new URL('./', import.meta.url));
  return {
    name: 'sparkpulse:no-module-twice',
    generateBundle(_, bundle) {
      const seen = new Map<string, string>();
      const twice: string[] = [];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(file.modules)) {
          const path = id.replace(/\?.*$/, '');
          if (module.renderedLength === 0 || !path.startsWith(root)) continue;
          const other = seen.get(path.slice(root.length));
          if (other) twice.push(`${path.slice(root.length)} (${other} and ${file.fileName})`);
          else seen.set(path.slice(root.length), file.fileName);
        }
      }
      if (twice.length > 0) this.error(`modules that ship twice: ${twice.join(', ')}`);
    },
  };
}

/**
 * ES modules for npm, one file per source module, with type declarations.
 * Neither build empties dist/, which a running demo or test may be serving:
 * scripts/build-package.mjs builds the whole package into a fresh folder and
 * brings it into dist/ file by file, removing old files only at the end.
 */
const npmBuild: UserConfig = {
  plugins: [minifyCssTemplates(), dts({ include: ['src'], entryRoot: 'src' })],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        classes: 'src/classes.ts',
        'sp-compare': 'src/sp-compare.ts',
        'sp-timeline': 'src/sp-timeline.ts',
        'sp-velocity-badge': 'src/sp-velocity-badge.ts',
        'sp-embed-builder': 'src/sp-embed-builder.ts',
        'cli/main': 'src/cli/main.ts',
        'ssr/index': 'src/ssr/index.ts',
        'react/index': 'src/react/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => dependencies.test(id),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
};

/**
 * `dist/sparkpulse.js` for a script tag: a loader, with each element's code
 * and what they share in `dist/cdn/`, fetched only when a tag needs it.
 */
const cdnBuild: UserConfig = {
  plugins: [minifyCssTemplates(), collapseTemplateLineBreaks(), loaderHandoff('./src/cdn.ts'), classicLoader(), noModuleTwice()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    manifest: 'cdn/manifest.json',
    lib: {
      entry: { sparkpulse: 'src/cdn.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      // Inlines the version string, so the loader and the chunks share no one-line module.
      optimization: { inlineConst: { mode: 'all' } },
      output: {
        minify: true,
        // Annotations have done their work once the bundle is built. Lit's
        // licence notice is in the README instead of every file.
        comments: false,
        entryFileNames: '[name].js',
        chunkFileNames: 'cdn/[hash].js',
        // The badge with everything it imports, which every element needs
        // too: a badge-only page fetches the loader and one file.
        codeSplitting: { groups: [{ name: 'base', test: /\/src\/badge\// }] },
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'cdn' ? cdnBuild : npmBuild));
