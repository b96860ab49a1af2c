import { defineConfig, type UserConfig } from 'vite';
import dts from 'vite-plugin-dts';

/** Modules whose import path starts with one of these stay dependencies of the npm build. */
const dependencies = /^(lit|zod)(\/|$)|^@lit\//;

/** ES modules for npm, one file per source module, with type declarations. */
const npmBuild: UserConfig = {
  plugins: [dts({ include: ['src'], entryRoot: 'src' })],
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

/** `dist/sparkpulse.js`: one self-contained module for a script tag. */
const cdnBuild: UserConfig = {
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    lib: {
      entry: { sparkpulse: 'src/cdn.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      output: { minify: true, entryFileNames: '[name].js' },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'cdn' ? cdnBuild : npmBuild));
