/**
 * The published package as a user gets it: the tarball scripts/build-fixtures.mjs
 * packs, installed with npm into an empty project (with React and @lit/react,
 * as a React app adds them), then every export imported in Node and the
 * `sparkpulse` command run (test/server/package-install.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface ExportResult {
  missing: string[];
  ok?: boolean;
  exports?: string[];
  error?: string;
}
interface Installed {
  exports: Record<string, ExportResult>;
  version: string;
  files: string[];
}

let installed: Installed;

before(async function () {
  // npm install from its cache, then one Node process per check.
  this.timeout(150_000);
  installed = await executeServerCommand<Installed, undefined>('install-packed-package');
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

  it('runs the sparkpulse command through npx', () => {
    expect(installed.version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('ships its licence, README and built files, and neither sources nor tests', () => {
    expect(installed.files).to.include.members(['LICENSE', 'README.md', 'package.json', 'bin/sparkpulse.js', 'dist/sparkpulse.js']);
    const unwanted = installed.files.filter((file) => /^(src|test|scripts|demo)\//.test(file) || /\.tsx?$/.test(file.replace(/\.d\.ts$/, '')));
    expect(unwanted).to.deep.equal([]);
  });
});
