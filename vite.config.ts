import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, transformWithOxc, type Plugin, type UserConfig } from 'vite';
import dts from 'vite-plugin-dts';

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

/**
 * The loader's own copies of the modules it imports (the claims, the prefix
 * rule, the reserved boxes). Shared with the element chunks, they would go
 * into a chunk of their own, which a classic script cannot import; copied,
 * the chunks keep their layout and the loader needs nothing before it runs.
 */
function loaderOwnCopies(entry: string): Plugin {
  const COPY = '?sparkpulse-loader';
  const entryPath = fileURLToPath(new URL(entry, import.meta.url));
  return {
    name: 'sparkpulse:loader-own-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const fromLoader = importer === entryPath || importer?.endsWith(COPY);
      if (!fromLoader || (options as { kind?: string }).kind !== 'import-statement') return null;
      const resolved = await this.resolve(source, importer!.replace(COPY, ''), { skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      return { id: `${resolved.id}${COPY}` };
    },
    async load(id) {
      if (!id.endsWith(COPY)) return null;
      const path = id.slice(0, -COPY.length);
      const { code } = await transformWithOxc(await readFile(path, 'utf8'), path, { lang: 'ts' });
      return code;
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
  plugins: [minifyCssTemplates(), collapseTemplateLineBreaks(), loaderOwnCopies('./src/cdn.ts'), classicLoader()],
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
