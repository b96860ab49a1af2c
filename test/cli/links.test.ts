import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cli, endpoint, SAMPLE_PRODUCTS, type Run } from './commands.js';

// Hostile folders: an endpoint folder from someone else (a checkout, a
// tarball) whose files or folders are symbolic links. `sparkpulse` must
// write nothing through a link below the folder it writes into, and read
// nothing through a link that leads out of the endpoint's folder, nor echo
// what is there. Everything here lives in the runner's temporary folder.

/** What the outside file holds: it must never reach stdout or stderr. */
const SECRET = 'SPARKPULSE_SECRET_7f3a=hunter2-do-not-print';
const VICTIM = 'the victim file, as it was before the command ran\n';

const newFolder = async () => (await executeServerCommand<{ dir: string }, Record<string, never>>('cli-folder', {}))!.dir;
const filesUnder = async (dir: string) => (await executeServerCommand<Record<string, string>, { dir: string }>('cli-files', { dir }))!;
const mtimesUnder = async (dir: string) => (await executeServerCommand<Record<string, number>, { dir: string }>('cli-mtimes', { dir }))!;
const link = (path: string, target: string) => executeServerCommand<{ path: string }, { path: string; target: string }>('cli-link', { path, target });

/** A folder outside any endpoint, holding `files`. */
async function outsideFolder(files: Record<string, string>): Promise<string> {
  const dir = await newFolder();
  await executeServerCommand('cli-write', { dir, files });
  return dir;
}

/** A copy of the sample endpoint: nothing is written into demo/endpoint/. */
const sampleCopy = async () => (await endpoint({ files: {} }))!.dir;

const written = (files: Record<string, string>) => Object.keys(files).filter((path) => /^(badges|shields)\//.test(path));

function expectNoSecret(run: Run): void {
  expect(run.stdout, 'stdout').not.to.include(SECRET.slice(0, 12));
  expect(run.stderr, 'stderr').not.to.include(SECRET.slice(0, 12));
}

describe('sparkpulse and symbolic links', function () {
  // A first run builds the command (scripts/build-cli.mjs); each run is bounded at 15 s by the plugin.
  this.timeout(20_000);

  describe('badges, writing', () => {
    it('refuses a shields document that is a link to a file outside, exits 2 and leaves that file as it was', async () => {
      const dir = await sampleCopy();
      const outside = await outsideFolder({ 'victim.txt': VICTIM });
      await link(`${dir}/shields/kafka.json`, `${outside}/victim.txt`);
      const run = (await cli('badges', dir))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.equal(`sparkpulse badges: ${dir}/shields/kafka.json is a symbolic link: sparkpulse writes nothing through a link; nothing was written\n`);
      expect(run.stdout).to.equal('');
      expect(await filesUnder(outside)).to.deep.equal({ 'victim.txt': VICTIM });
    });

    it('writes no product name into an outside file, however it is named', async () => {
      const index = (await (await fetch('/demo/endpoint/index.json')).json()) as { products: { name: string }[] };
      index.products[0].name = '$(touch PWNED)';
      const { dir } = (await endpoint({ files: { 'index.json': JSON.stringify(index) } }))!;
      const outside = await outsideFolder({ '.bashrc': VICTIM });
      await link(`${dir}/shields/kafka.json`, `${outside}/.bashrc`);
      const run = (await cli('badges', dir))!;
      expect(run.code).to.equal(2);
      expect((await filesUnder(outside))['.bashrc']).to.equal(VICTIM);
    });

    it('refuses a badge that is a relative link leading out of the folder', async () => {
      const dir = await sampleCopy();
      const outside = await outsideFolder({ 'victim.txt': VICTIM });
      await link(`${dir}/badges/linkerd.svg`, `../../${outside.split('/').pop()}/victim.txt`);
      const run = (await cli('badges', dir))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.equal(`sparkpulse badges: ${dir}/badges/linkerd.svg is a symbolic link: sparkpulse writes nothing through a link; nothing was written\n`);
      expect(await filesUnder(outside)).to.deep.equal({ 'victim.txt': VICTIM });
    });

    it('refuses a shields folder that is a link, and writes not one file into where it leads', async () => {
      const dir = await sampleCopy();
      const outside = await outsideFolder({ 'keep.txt': VICTIM });
      await link(`${dir}/shields`, outside);
      const run = (await cli('badges', dir))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.equal(`sparkpulse badges: ${dir}/shields is a symbolic link: sparkpulse writes nothing through a link; nothing was written\n`);
      expect(await filesUnder(outside)).to.deep.equal({ 'keep.txt': VICTIM });
    });

    it('checks every file before writing any, so a link at the last one writes nothing at all', async () => {
      const dir = await sampleCopy();
      const outside = await outsideFolder({ 'victim.txt': VICTIM });
      await link(`${dir}/shields/clickhouse.json`, `${outside}/victim.txt`);
      const run = (await cli('badges', dir))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.include('clickhouse.json is a symbolic link').and.include('nothing was written');
      expect(written(await filesUnder(dir))).to.deep.equal([]);
    });

    it('refuses a badges folder in --out that is a link, even to a folder of the user\'s', async () => {
      const dir = await sampleCopy();
      const out = await outsideFolder({ 'README.txt': 'the output folder\n' });
      const elsewhere = await outsideFolder({ 'victim.txt': VICTIM });
      await link(`${out}/badges`, elsewhere);
      const run = (await cli('badges', dir, '--out', out))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.equal(`sparkpulse badges: ${out}/badges is a symbolic link: sparkpulse writes nothing through a link; nothing was written\n`);
      expect(await filesUnder(elsewhere)).to.deep.equal({ 'victim.txt': VICTIM });
      expect(await filesUnder(out)).to.deep.equal({ 'README.txt': 'the output folder\n' });
    });

    it('refuses a link below the output folder even when it leads to another place inside it', async () => {
      const dir = await sampleCopy();
      await executeServerCommand('cli-write', { dir, files: { 'generated/.keep': '' } });
      await link(`${dir}/badges`, 'generated');
      const run = (await cli('badges', dir))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.include(`${dir}/badges is a symbolic link`);
      expect(Object.keys(await filesUnder(dir)).filter((path) => path.startsWith('generated/'))).to.deep.equal(['generated/.keep']);
    });

    it('writes into an --out folder that is itself a link, as the user named it', async () => {
      const dir = await sampleCopy();
      const real = await outsideFolder({});
      const named = await newFolder();
      await link(named, real);
      const run = (await cli('badges', dir, '--out', named))!;
      expect(run.code).to.equal(0);
      expect(written(await filesUnder(real))).to.have.length(SAMPLE_PRODUCTS * 2);
    });

    it('states the rule on links in its help', async () => {
      const run = (await cli('badges', '--help'))!;
      expect(run.stdout).to.include('Links: the folder named').and.include('would write through a link');
    });

    it('leaves every file untouched, date included, when a second run has nothing new to say', async () => {
      const dir = await sampleCopy();
      expect((await cli('badges', dir))!.code).to.equal(0);
      const before = await mtimesUnder(dir);
      const run = (await cli('badges', dir))!;
      expect(run.code).to.equal(0);
      expect(run.stdout).to.equal(
        `${dir}: 11 badges written to ${dir}/badges/ and ${dir}/shields/ (22 of 22 files already up to date, left untouched).\n`,
      );
      expect(await mtimesUnder(dir)).to.deep.equal(before);
    });

    it('rewrites only the files whose content changed', async () => {
      const dir = await sampleCopy();
      expect((await cli('badges', dir))!.code).to.equal(0);
      const before = await mtimesUnder(dir);
      expect((await cli('badges', dir, '--style', 'for-the-badge'))!.code).to.equal(0);
      const after = await mtimesUnder(dir);
      for (const path of written(await filesUnder(dir))) {
        if (path.startsWith('shields/')) expect(after[path], path).to.equal(before[path]);
        else expect(after[path], path).to.be.above(before[path]);
      }
    });

    it('leaves no temporary file behind', async () => {
      const dir = await sampleCopy();
      expect((await cli('badges', dir))!.code).to.equal(0);
      expect((await cli('badges', dir, '--style', 'flat-square'))!.code).to.equal(0);
      const paths = written(await filesUnder(dir));
      expect(paths.filter((path) => !/^(badges\/[a-z0-9-]+\.svg|shields\/[a-z0-9-]+\.json)$/.test(path))).to.deep.equal([]);
      expect(paths).to.have.length(SAMPLE_PRODUCTS * 2);
    });
  });

  describe('reading', () => {
    let secretDir: string;
    before(async () => {
      // A product document a widget would show, whose name is the secret: what a render would print.
      const kafka = (await (await fetch('/demo/endpoint/products/kafka.json')).json()) as Record<string, unknown>;
      secretDir = await outsideFolder({ 'secret.txt': `${SECRET}\n`, 'products/kafka.json': JSON.stringify({ ...kafka, name: SECRET }) });
    });

    it("validate reports a product document that is a link out of the endpoint's folder, without its content", async () => {
      const dir = await sampleCopy();
      await link(`${dir}/products/kafka.json`, `${secretDir}/secret.txt`);
      const run = (await cli('validate', dir))!;
      expect(run.code).to.equal(1);
      expect(run.stdout).to.include(
        "error   products/kafka.json: leads out of the endpoint's folder through a symbolic link: it is not read [outside-folder]\n",
      );
      expectNoSecret(run);
    });

    it('validate --json reports it as an error of its own kind, and reads the other documents', async () => {
      const dir = await sampleCopy();
      await link(`${dir}/products/kafka.json`, `${secretDir}/secret.txt`);
      const run = (await cli('validate', dir, '--json'))!;
      const report = JSON.parse(run.stdout) as { errors: Record<string, string>[]; summary: { documents: number } };
      expect(report.errors).to.deep.equal([
        { document: 'products/kafka.json', path: '', message: "leads out of the endpoint's folder through a symbolic link: it is not read", kind: 'outside-folder' },
      ]);
      expect(report.summary.documents).to.equal(SAMPLE_PRODUCTS);
      expectNoSecret(run);
    });

    it('validate refuses every document under a folder that is a link out', async () => {
      const dir = await sampleCopy();
      await link(`${dir}/products`, `${secretDir}/products`);
      const run = (await cli('validate', dir, '--json'))!;
      const report = JSON.parse(run.stdout) as { errors: Record<string, string>[] };
      expect(report.errors).to.have.length(SAMPLE_PRODUCTS);
      expect(report.errors.every((error) => error.kind === 'outside-folder')).to.be.true;
      expectNoSecret(run);
    });

    it('badges refuses an index.json that is a link out, writes nothing and exits 1', async () => {
      const dir = await sampleCopy();
      await link(`${dir}/index.json`, `${secretDir}/secret.txt`);
      const run = (await cli('badges', dir))!;
      expect(run.code).to.equal(1);
      expect(run.stderr).to.equal("sparkpulse badges: index.json leads out of the endpoint's folder through a symbolic link: it is not read\n");
      expectNoSecret(run);
      expect(written(await filesUnder(dir))).to.deep.equal([]);
    });

    it('render refuses a product document that is a link out, and prints nothing of it', async () => {
      const dir = await sampleCopy();
      await link(`${dir}/products/kafka.json`, `${secretDir}/products/kafka.json`);
      const run = (await cli('render', 'sp-compare', 'a=kafka', 'b=linkerd', '--endpoint', dir))!;
      expect(run.code).to.equal(1);
      expect(run.stdout).to.equal('');
      expectNoSecret(run);
    });

    it('follows a link that stays inside the endpoint folder', async () => {
      const dir = await sampleCopy();
      const kafka = (await filesUnder(dir))['products/kafka.json'];
      await executeServerCommand('cli-write', { dir, files: { 'archive/kafka.json': kafka } });
      await link(`${dir}/products/kafka.json`, '../archive/kafka.json');
      const run = (await cli('validate', dir))!;
      expect(run.code).to.equal(0);
      expect(run.stdout).to.equal(`${dir}: index.json and 11 product documents read; no errors, no warnings.\n`);
    });

    it('reads an endpoint folder that is itself a link, as the user named it', async () => {
      const dir = await sampleCopy();
      const named = await newFolder();
      await link(named, dir);
      const run = (await cli('validate', named))!;
      expect(run.code).to.equal(0);
      expect(run.stdout).to.equal(`${named}: index.json and 11 product documents read; no errors, no warnings.\n`);
    });

    it('refuses a link out whether or not its target exists, so no message tells what is outside', async () => {
      const dir = await sampleCopy();
      await link(`${dir}/products/kafka.json`, `${secretDir}/gone.json`);
      await link(`${dir}/products/linkerd.json`, `${secretDir}/secret.txt`);
      const run = (await cli('validate', dir, '--json'))!;
      const report = JSON.parse(run.stdout) as { errors: Record<string, string>[] };
      expect(report.errors.map((error) => [error.document, error.kind])).to.deep.equal([
        ['products/kafka.json', 'outside-folder'],
        ['products/linkerd.json', 'outside-folder'],
      ]);
    });

    it('says a link to nothing inside the folder does not exist', async () => {
      const dir = await sampleCopy();
      await link(`${dir}/products/kafka.json`, '../archive/gone.json');
      const run = (await cli('validate', dir))!;
      expect(run.code).to.equal(1);
      expect(run.stdout).to.include('error   products/kafka.json: does not exist [missing-document]\n');
    });
  });
});
