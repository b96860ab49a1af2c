import { defineConfig, type Plugin, type UserConfig } from 'vite';
import dts from 'vite-plugin-dts';

/** Modules whose import path starts with one of these stay dependencies of the npm build. */
const dependencies = /^lit(\/|$)|^@lit\//;

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
 * like one space, so one space is all that ships.
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
 */
function classicLoader(): Plugin {
  return {
    name: 'sparkpulse:classic-loader',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        if (file.imports.length > 0 || file.exports.length > 0 || file.code.includes('import.meta')) {
          this.error(`${file.fileName} must stay a classic script: no static imports, exports or import.meta`);
        }
        file.code = `(()=>{${file.code}})();`;
      }
    },
  };
}

/** ES modules for npm, one file per source module, with type declarations. */
const npmBuild: UserConfig = {
  plugins: [minifyCssTemplates(), dts({ include: ['src'], entryRoot: 'src' })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        classes: 'src/classes.ts',
        'sp-compare': 'src/sp-compare.ts',
        'sp-timeline': 'src/sp-timeline.ts',
        'sp-velocity-badge': 'src/sp-velocity-badge.ts',
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
  plugins: [minifyCssTemplates(), collapseTemplateLineBreaks(), classicLoader()],
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
