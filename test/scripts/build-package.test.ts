/**
 * How scripts/build-package.mjs brings a new build into dist/, which a
 * running demo or test may be serving: on two small builds in a temporary
 * folder, with what the folder held after each step
 * (`bring-build-in` in test/server/package-install.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

type Files = Record<string, string>;
interface Moment {
  step: { op: 'write' | 'remove'; file: string } | null;
  files: Files;
}
interface Brought {
  oldBuild: Files;
  newBuild: Files;
  moments: Moment[];
  counts: { files: number; written: number; removed: number };
  folders: string[];
}

const bring = (scope: 'all' | 'loader') => executeServerCommand<Brought, { scope: string }>('bring-build-in', { scope });

describe('bringing a new build into dist/', () => {
  let whole: Brought;
  let loader: Brought;

  before(async () => {
    [whole, loader] = await Promise.all([bring('all'), bring('loader')]);
  });

  it('ends with exactly the new build, the old files and the folders they leave empty gone', () => {
    const { newBuild, oldBuild, moments, folders } = whole;
    expect(moments.at(-1)!.files).to.deep.equal({ ...newBuild, 'notes.txt': oldBuild['notes.txt'] });
    expect(folders).to.deep.equal(['cdn', 'compare', 'timeline', 'types']);
  });

  it('never lacks, at any step, a file both builds have', () => {
    const both = Object.keys(whole.newBuild).filter((file) => file in whole.oldBuild);
    expect(both).to.include.members(['sparkpulse.js', 'index.js', 'cdn/same.js']);
    for (const { step, files } of whole.moments) {
      expect(both.filter((file) => !(file in files)), JSON.stringify(step)).to.deep.equal([]);
    }
  });

  it('removes old files only once every file of the new build is in place', () => {
    const { moments, newBuild } = whole;
    const first = moments.findIndex(({ step }) => step?.op === 'remove');
    expect(first).to.be.greaterThan(0);
    const before = moments[first - 1].files;
    expect(Object.keys(newBuild).filter((file) => before[file] !== newBuild[file])).to.deep.equal([]);
    expect(moments.slice(first).map(({ step }) => step!.op)).to.deep.equal(['remove', 'remove']);
  });

  it('puts the loader and the entry in place only after the chunks and modules they import', () => {
    const { moments, newBuild } = whole;
    const imports: Record<string, string[]> = { 'sparkpulse.js': ['cdn/new.js'], 'index.js': ['compare/define.js', 'timeline/define.js'] };
    for (const { step, files } of moments) {
      for (const [entry, imported] of Object.entries(imports)) {
        if (files[entry] !== newBuild[entry]) continue;
        expect(imported.filter((file) => files[file] !== newBuild[file]), `${entry} at ${JSON.stringify(step)}`).to.deep.equal([]);
      }
    }
  });

  it('does not rewrite a file whose bytes have not changed', () => {
    expect(whole.moments.map(({ step }) => step?.file)).not.to.include('cdn/same.js');
    expect(whole.counts).to.deep.equal({ files: 7, written: 6, removed: 2 });
  });

  it('leaves the npm modules alone when it brings in only the script-tag build', () => {
    const { oldBuild, newBuild, moments } = loader;
    expect(Object.keys(newBuild).sort()).to.deep.equal(['cdn/new.js', 'cdn/same.js', 'sparkpulse.js']);
    const { 'cdn/old.js': removed, ...kept } = oldBuild;
    expect(removed).to.be.a('string');
    expect(moments.at(-1)!.files).to.deep.equal({ ...kept, ...newBuild });
  });
});
