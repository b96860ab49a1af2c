/**
 * The published package as a user gets it: the tarball a real `npm pack` of
 * the repository makes, with the lifecycle scripts `npm publish` runs
 * (packedTarball() in scripts/build-fixtures.mjs, once per change of the
 * sources); its file list as packed, then the package installed with npm into
 * an empty project (with React and @lit/react, as a React app adds them, and
 * the frameworks its types name), every export imported in Node and in
 * TypeScript, and the `sparkpulse` command run (test/server/package-install.mjs).
 */
import { expect } from '@open-wc/testing';
import { NOT_A_BROWSER } from '../src/define.js';
import { packageCommand } from './package-commands.js';

interface ExportResult {
  missing: string[];
  ok?: boolean;
  exports?: string[];
  error?: string;
}
interface TypeCheck {
  passed: boolean;
  output: string;
}
interface Installed {
  exports: Record<string, ExportResult>;
  version: string;
  files: string[];
  types: { source: string; results: Record<'nodenext' | 'bundler', TypeCheck> };
}
/** One set of entries imported in a Node process of its own (SERVER_IMPORTS of test/server/package-install.mjs). */
interface NodeImport {
  entries: string[];
  code: number | null;
  stdout: string[];
  stderr: string[];
}
type Target = string | Record<string, string>;
interface Packed {
  tarball: string;
  files: string[];
  manifest: Record<string, unknown> & { exports: Record<string, Target>; bin: Record<string, string> };
  readme: string;
  /** docs/*.md of the repository, which the README links to. */
  docs: string;
  loader: string;
  chunks: Record<string, { file: string }>;
}

/** A package.json path (`./dist/index.js`) as the tarball lists it (`dist/index.js`). */
const listed = (path: string): string => path.replace(/^\.\//, '');

/** Every file an export names, for every condition. */
const exportTargets = (exports: Record<string, Target>): string[] =>
  Object.values(exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))).map(listed);

/**
 * What the README names in dist/, from its text: `dist/sparkpulse.js`, and
 * folders such as `dist/cdn/` (which must hold files). Paths of the
 * repository's own tests (`test/dist/…`) are not the package's.
 */
const readmeNames = (readme: string): string[] => [
  ...new Set([...readme.matchAll(/(?<![\w/.-])dist\/[\w./-]*/g)].map(([name]) => name.replace(/\.$/, '')).filter((name) => name !== 'dist/')),
];

let packed: Packed;
let installed: Installed;

before(async function () {
  // A pack when the sources changed since the last one (a build), then npm
  // install from its cache, one Node process per check, and tsc twice.
  this.timeout(170_000);
  [packed, installed] = await Promise.all([
    packageCommand<Packed>('packed-package', 160_000),
    packageCommand<Installed>('install-packed-package', 160_000),
  ]);
});

describe('the packed tarball, as npm publish packs it', () => {
  it('has a file for every target of every export', () => {
    const missing = exportTargets(packed.manifest.exports).filter((file) => !packed.files.includes(file));
    expect(missing).to.deep.equal([]);
  });

  it('has the sparkpulse command that bin names', () => {
    const missing = Object.values(packed.manifest.bin).map(listed).filter((file) => !packed.files.includes(file));
    expect(Object.keys(packed.manifest.bin)).to.deep.equal(['sparkpulse']);
    expect(missing).to.deep.equal([]);
  });

  it('has the files package.json names for tools: main, module, types, customElements and web-types', () => {
    const fields = ['main', 'module', 'types', 'customElements', 'web-types'];
    const named = fields.map((field) => [field, listed(String(packed.manifest[field]))]);
    expect(named.filter(([, file]) => !packed.files.includes(file))).to.deep.equal([]);
  });

  it('has every file the README and its docs name in dist/, and files in every folder they name there', () => {
    const names = readmeNames(`${packed.readme}\n${packed.docs}`);
    expect(names).to.include.members(['dist/sparkpulse.js', 'dist/cdn/', 'dist/custom-elements.json', 'dist/web-types.json']);
    const missing = names.filter((name) =>
      name.endsWith('/') ? !packed.files.some((file) => file.startsWith(name)) : !packed.files.includes(name),
    );
    expect(missing).to.deep.equal([]);
  });

  it('has the script-tag loader, the chunks it imports, the manifest, editors\' data, schemas and framework types', () => {
    const expected = [
      'dist/sparkpulse.js',
      ...[...new Set(packed.loader.match(/cdn\/[\w-]+\.js/g) ?? [])].map((chunk) => `dist/${chunk}`),
      'dist/custom-elements.json',
      'dist/web-types.json',
      'dist/vscode.html-custom-data.json',
      'dist/schema/index.schema.json',
      'dist/schema/product.schema.json',
      ...['react', 'preact', 'solid', 'vue', 'svelte'].map((framework) => `dist/types/${framework}.d.ts`),
      'LICENSE',
      'THIRD-PARTY-NOTICES.md',
      'README.md',
    ];
    expect(expected.length).to.be.greaterThan(14);
    expect(expected.filter((file) => !packed.files.includes(file))).to.deep.equal([]);
  });

  it('holds one build: every chunk in dist/cdn/ is one the script-tag build just made', () => {
    const built = Object.values(packed.chunks).map(({ file }) => `dist/${file}`);
    const shipped = packed.files.filter((file) => /^dist\/cdn\/.+\.js$/.test(file));
    expect(shipped.length).to.be.greaterThan(0);
    expect(shipped.filter((file) => !built.includes(file))).to.deep.equal([]);
  });
});

describe('the installed package', () => {
  it('has every file its exports name', () => {
    const missing = Object.entries(installed.exports).filter(([, result]) => result.missing.length > 0);
    expect(missing, JSON.stringify(missing)).to.deep.equal([]);
  });

  it('imports every export that has a module in Node, without a browser, except the script-tag loader', () => {
    const failed = Object.entries(installed.exports).filter(([, result]) => result.ok === false);
    expect(failed, JSON.stringify(failed)).to.deep.equal([]);
  });

  it('gives the element classes from the main entry and from classes.js', () => {
    for (const key of ['.', './classes.js']) {
      expect(installed.exports[key].exports, key).to.include.members(['SpCompare', 'SpTimeline', 'SpVelocityBadge']);
    }
  });

  it('gives the React components from the react entry', () => {
    expect(installed.exports['./react'].exports).to.include.members(['SpCompare', 'SpTimeline', 'SpVelocityBadge']);
  });

  it('gives server rendering from the ssr entry', () => {
    expect(installed.exports['./ssr'].exports).to.include('renderWidget');
  });

  it('ships the framework types as types only', () => {
    for (const framework of ['react', 'preact', 'solid', 'vue', 'svelte']) {
      const result = installed.exports[`./types/${framework}`];
      expect(result, framework).to.deep.equal({ missing: [] });
    }
  });

  it('type-checks a TypeScript file that imports every export, with Node\'s module resolution and every declaration file checked', () => {
    const { nodenext } = installed.types.results;
    expect(nodenext.passed, nodenext.output).to.equal(true);
  });

  it('type-checks the same file with a bundler\'s module resolution', () => {
    const { bundler } = installed.types.results;
    expect(bundler.passed, bundler.output).to.equal(true);
  });

  it('imports every export in that TypeScript file, the framework types with import type', () => {
    const { source } = installed.types;
    for (const key of Object.keys(installed.exports)) expect(source, key).to.include(`'@sparkpulse/widgets${key.slice(1)}'`);
    expect(source).to.include("import type {} from '@sparkpulse/widgets/types/react';");
  });

  it('runs the sparkpulse command through npx', () => {
    expect(installed.version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('ships its licence, README and built files, and neither sources nor tests', () => {
    expect(installed.files).to.include.members(['LICENSE', 'README.md', 'package.json', 'bin/sparkpulse.js', 'dist/sparkpulse.js']);
    const unwanted = installed.files.filter((file) => /^(src|test|scripts|demo)\//.test(file) || /\.tsx?$/.test(file.replace(/\.d\.ts$/, '')));
    expect(unwanted).to.deep.equal([]);
  });
});

describe('the installed package imported in Node, where there is no page', () => {
  let imports: NodeImport[];
  const printed = (entries: string[]) => imports.find((run) => run.entries.join() === entries.join())!;

  before(async function () {
    this.timeout(60_000);
    imports = await packageCommand<NodeImport[]>('import-in-node', 50_000);
    for (const run of imports) expect(run.code, `${run.entries.join(' + ')}: ${run.stderr.join('\n')}`).to.equal(0);
  });

  it('says once that the elements show nothing there, and what to use, however many registering entries are imported', () => {
    const warning = `[sparkpulse] ${NOT_A_BROWSER}`;
    for (const entries of [['.', './sp-compare.js', './sp-timeline.js'], ['./sp-velocity-badge.js']]) {
      const run = printed(entries);
      expect(run.stderr, entries.join(' + ')).to.deep.equal([warning]);
      expect(run.stdout, entries.join(' + ')).to.deep.equal([]);
    }
    expect(warning).to.contain('renderWidget from @sparkpulse/widgets/ssr');
  });

  it('says nothing for the class-only entry, the React components (which React renders on the server) or server rendering', () => {
    for (const entries of [['./classes.js'], ['./react'], ['./ssr']]) {
      const run = printed(entries);
      expect([...run.stdout, ...run.stderr], entries.join(' + ')).to.deep.equal([]);
    }
  });
});
