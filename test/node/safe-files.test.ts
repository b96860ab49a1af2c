import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// src/node/safe-files.ts, called in Node by test/server/cli-runner.mjs as
// the command is built with it, on folders in the runner's temporary folder.

interface Failure {
  name: string;
  message: string;
  path: string | null;
  code: string | null;
  written: string[] | null;
}

type Answer<T> = { result: T; error?: undefined } | { result?: undefined; error: Failure };
type FileToWrite = { path: string; content: string };

const VICTIM = 'the outside file, as it was\n';

const newFolder = async () => (await executeServerCommand<{ dir: string }, Record<string, never>>('cli-folder', {}))!.dir;
const filesUnder = async (dir: string) => (await executeServerCommand<Record<string, string>, { dir: string }>('cli-files', { dir }))!;
const mtimesUnder = async (dir: string) => (await executeServerCommand<Record<string, number>, { dir: string }>('cli-mtimes', { dir }))!;
const link = (path: string, target: string) => executeServerCommand('cli-link', { path, target });

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await newFolder();
  await executeServerCommand('cli-write', { dir, files });
  return dir;
}

const writeInside = async (root: string, path: string, content: string) =>
  (await executeServerCommand<Answer<'written' | 'unchanged'>, object>('safe-files', { fn: 'writeInside', root, path, content }))!;
const checkInside = async (root: string, path: string) =>
  (await executeServerCommand<Answer<null>, object>('safe-files', { fn: 'checkInside', root, path }))!;
type Call = { method: 'write' | 'remove' | 'removeFolderIfEmpty'; path: string; content?: string };
const outputFolder = async (root: string, calls: Call[]) =>
  (await executeServerCommand<Answer<(string | boolean)[]>, object>('safe-files', { fn: 'OutputFolder', root, calls }))!;
const eachFileInside = async (root: string, path: string) =>
  (await executeServerCommand<Answer<string[]>, object>('safe-files', { fn: 'eachFileInside', root, path }))!;
const writeAllInside = async (root: string, files: FileToWrite[]) =>
  (await executeServerCommand<Answer<('written' | 'unchanged')[]>, object>('safe-files', { fn: 'writeAllInside', root, files }))!;

describe('safe-files', function () {
  // The first call builds the command (scripts/build-cli.mjs), which holds the module.
  this.timeout(20_000);

  describe('writeInside', () => {
    it('writes a file, making the folders on its way and the root itself', async () => {
      const root = `${await newFolder()}/out`;
      expect(await writeInside(root, 'shields/kafka.json', '{}\n')).to.deep.equal({ result: 'written' });
      expect(await filesUnder(root)).to.deep.equal({ 'shields/kafka.json': '{}\n' });
    });

    it('replaces a file that says something else', async () => {
      const root = await folderWith({ 'a/b.txt': 'old' });
      expect(await writeInside(root, 'a/b.txt', 'new')).to.deep.equal({ result: 'written' });
      expect(await filesUnder(root)).to.deep.equal({ 'a/b.txt': 'new' });
    });

    it('leaves a file that already says the same untouched, its date included', async () => {
      const root = await folderWith({ 'a/b.txt': 'same' });
      const before = await mtimesUnder(root);
      expect(await writeInside(root, 'a/b.txt', 'same')).to.deep.equal({ result: 'unchanged' });
      expect(await mtimesUnder(root)).to.deep.equal(before);
    });

    it('refuses a file that is a link, naming it, and leaves what it points to as it was', async () => {
      const root = await newFolder();
      const outside = await folderWith({ 'victim.txt': VICTIM });
      await link(`${root}/shields/kafka.json`, `${outside}/victim.txt`);
      const { error } = await writeInside(root, 'shields/kafka.json', 'pwned');
      expect(error).to.include({ name: 'RefusedPathError', path: `${root}/shields/kafka.json` });
      expect(error!.message).to.equal(`${root}/shields/kafka.json is a symbolic link: sparkpulse writes nothing through a link`);
      expect(await filesUnder(outside)).to.deep.equal({ 'victim.txt': VICTIM });
    });

    it('refuses a link to a file that already says the same, rather than call it unchanged', async () => {
      const root = await newFolder();
      const outside = await folderWith({ 'same.txt': 'same' });
      await link(`${root}/same.txt`, `${outside}/same.txt`);
      expect((await writeInside(root, 'same.txt', 'same')).error).to.include({ name: 'RefusedPathError' });
    });

    it('refuses a folder on the way that is a link, even one that leads inside the root', async () => {
      const root = await folderWith({ 'real/.keep': '' });
      await link(`${root}/badges`, 'real');
      const { error } = await writeInside(root, 'badges/kafka.svg', '<svg/>');
      expect(error).to.include({ name: 'RefusedPathError', path: `${root}/badges` });
      expect(await filesUnder(root)).to.deep.equal({ 'real/.keep': '' });
    });

    it('writes below a root that is itself a link, into the folder it leads to', async () => {
      const real = await folderWith({});
      const named = await newFolder();
      await link(named, real);
      expect(await writeInside(named, 'x/y.txt', 'y')).to.deep.equal({ result: 'written' });
      expect(await filesUnder(real)).to.deep.equal({ 'x/y.txt': 'y' });
    });

    it('refuses a path that climbs out of the root, or is absolute, or is empty', async () => {
      const root = await newFolder();
      for (const path of ['../escape.txt', 'a/../../escape.txt', '/etc/escape.txt', '', 'a//b.txt', './a.txt']) {
        const { error } = await writeInside(root, path, 'x');
        expect(error, JSON.stringify(path)).to.include({ name: 'RefusedPathError' });
        expect(error!.message).to.equal(`${JSON.stringify(path)} is not a path inside the output folder`);
      }
    });

    it('says which path could not be written, with the system\'s code, when a file stands where a folder must', async () => {
      const root = await folderWith({ badges: 'a file' });
      const { error } = await writeInside(root, 'badges/kafka.svg', '<svg/>');
      expect(error).to.include({ name: 'WriteFailedError', path: `${root}/badges`, code: 'ENOTDIR' });
      expect(error!.message).to.equal(`could not write ${root}/badges (ENOTDIR)`);
    });

    it('leaves no temporary file beside what it wrote', async () => {
      const root = await newFolder();
      await writeInside(root, 'a.txt', 'one');
      await writeInside(root, 'a.txt', 'two');
      expect(await filesUnder(root)).to.deep.equal({ 'a.txt': 'two' });
    });
  });

  describe('checkInside', () => {
    it('accepts a path whose parts do not exist yet, and writes nothing', async () => {
      const root = await folderWith({ 'keep.txt': '' });
      expect(await checkInside(`${root}/out`, 'badges/kafka.svg')).to.deep.equal({ result: null });
      expect(await checkInside(root, 'shields/kafka.json')).to.deep.equal({ result: null });
      expect(await filesUnder(root)).to.deep.equal({ 'keep.txt': '' });
    });

    it('refuses a link at any part of the path', async () => {
      const root = await folderWith({ 'badges/.keep': '' });
      await link(`${root}/badges/kafka.svg`, '.keep');
      expect((await checkInside(root, 'badges/kafka.svg')).error).to.include({ name: 'RefusedPathError', path: `${root}/badges/kafka.svg` });
    });
  });

  describe('writeAllInside', () => {
    const files = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `shields/p${i}.json`, content: `${i}\n` }));

    it('writes every file and gives each outcome in order', async () => {
      const root = await folderWith({ 'shields/p1.json': '1\n' });
      expect(await writeAllInside(root, files(3))).to.deep.equal({ result: ['written', 'unchanged', 'written'] });
      expect(Object.keys(await filesUnder(root)).sort()).to.deep.equal(['shields/p0.json', 'shields/p1.json', 'shields/p2.json']);
    });

    it('checks every file before writing any, so a link at the last one writes nothing', async () => {
      const root = await newFolder();
      const outside = await folderWith({ 'victim.txt': VICTIM });
      await link(`${root}/shields/p39.json`, `${outside}/victim.txt`);
      const { error } = await writeAllInside(root, files(40));
      expect(error).to.include({ name: 'RefusedPathError', path: `${root}/shields/p39.json` });
      expect(error!.written).to.deep.equal([]);
      expect(await filesUnder(root)).to.deep.equal({});
      expect(await filesUnder(outside)).to.deep.equal({ 'victim.txt': VICTIM });
    });

    it('stops at a file that cannot be written and lists what was written before it', async () => {
      const root = await folderWith({ 'b/c': 'a file where a folder must be' });
      const { error } = await writeAllInside(root, [
        { path: 'a.txt', content: 'a' },
        { path: 'b/c/d.txt', content: 'd' },
      ]);
      expect(error).to.include({ name: 'WriteFailedError', code: 'ENOTDIR' });
      expect(error!.written).to.deep.equal([`${root}/a.txt`]);
    });
  });

  describe('OutputFolder', () => {
    it('writes many files, making their folders once, and leaves the ones that already say the same untouched', async () => {
      const root = await folderWith({ 'a/same.txt': 'same' });
      const before = await mtimesUnder(root);
      const calls: Call[] = [
        { method: 'write', path: 'a/same.txt', content: 'same' },
        { method: 'write', path: 'a/new.txt', content: 'new' },
        { method: 'write', path: 'b/c/d.txt', content: 'd' },
      ];
      expect(await outputFolder(root, calls)).to.deep.equal({ result: ['unchanged', 'written', 'written'] });
      expect(await filesUnder(root)).to.deep.equal({ 'a/same.txt': 'same', 'a/new.txt': 'new', 'b/c/d.txt': 'd' });
      expect((await mtimesUnder(root))['a/same.txt']).to.equal(before['a/same.txt']);
    });

    it('refuses to write through a link, as writeInside does', async () => {
      const root = await newFolder();
      const outside = await folderWith({ 'victim.txt': VICTIM });
      await link(`${root}/summaries`, outside);
      const { error } = await outputFolder(root, [{ method: 'write', path: 'summaries/victim.txt', content: 'pwned' }]);
      expect(error).to.include({ name: 'RefusedPathError', path: `${root}/summaries` });
      expect(await filesUnder(outside)).to.deep.equal({ 'victim.txt': VICTIM });
    });

    it('deletes a file, and says whether there was one', async () => {
      const root = await folderWith({ 'a/old.txt': 'old', 'a/keep.txt': 'keep' });
      expect(await outputFolder(root, [{ method: 'remove', path: 'a/old.txt' }, { method: 'remove', path: 'a/none.txt' }])).to.deep.equal({ result: [true, false] });
      expect(await filesUnder(root)).to.deep.equal({ 'a/keep.txt': 'keep' });
    });

    it('refuses to delete a file that is a link, and what it points to stays', async () => {
      const root = await newFolder();
      const outside = await folderWith({ 'victim.txt': VICTIM });
      await link(`${root}/badges/gone.svg`, `${outside}/victim.txt`);
      const { error } = await outputFolder(root, [{ method: 'remove', path: 'badges/gone.svg' }]);
      expect(error).to.include({ name: 'RefusedPathError', path: `${root}/badges/gone.svg` });
      expect(await filesUnder(outside)).to.deep.equal({ 'victim.txt': VICTIM });
    });

    it('refuses to delete through a folder that is a link', async () => {
      const root = await newFolder();
      const outside = await folderWith({ 'victim.txt': VICTIM });
      await link(`${root}/activity`, outside);
      const { error } = await outputFolder(root, [{ method: 'remove', path: 'activity/victim.txt' }]);
      expect(error).to.include({ name: 'RefusedPathError', path: `${root}/activity` });
      expect(await filesUnder(outside)).to.deep.equal({ 'victim.txt': VICTIM });
    });

    it('deletes a folder only when it is empty', async () => {
      const root = await folderWith({ 'a/keep.txt': 'keep', 'b/.gone': '' });
      const calls: Call[] = [
        { method: 'remove', path: 'b/.gone' },
        { method: 'removeFolderIfEmpty', path: 'b' },
        { method: 'removeFolderIfEmpty', path: 'a' },
        { method: 'removeFolderIfEmpty', path: 'c' },
      ];
      expect(await outputFolder(root, calls)).to.deep.equal({ result: [true, true, false, false] });
      expect(await filesUnder(root)).to.deep.equal({ 'a/keep.txt': 'keep' });
    });
  });

  describe('eachFileInside', () => {
    it('visits every file below a folder, by its path from the root, and nothing outside it', async () => {
      const root = await folderWith({ 'activity/a/1.json': '1', 'activity/a/2.json': '2', 'activity/b/1.json': '1', 'other.txt': 'x' });
      expect(await eachFileInside(root, 'activity')).to.deep.equal({ result: ['activity/a/1.json', 'activity/a/2.json', 'activity/b/1.json'] });
    });

    it('visits nothing when the folder does not exist', async () => {
      expect(await eachFileInside(await newFolder(), 'activity')).to.deep.equal({ result: [] });
    });

    it('refuses a link anywhere below the folder, to a file or to a folder, without following it', async () => {
      const outside = await folderWith({ 'victim.txt': VICTIM });
      for (const at of ['activity', 'activity/kafka', 'activity/kafka/1.json']) {
        const root = await folderWith({ 'activity/a/1.json': '1' });
        await link(`${root}/${at}`, at.endsWith('.json') ? `${outside}/victim.txt` : outside);
        const { error } = await eachFileInside(root, 'activity');
        expect(error, at).to.include({ name: 'RefusedPathError', path: `${root}/${at}` });
      }
    });
  });
});
