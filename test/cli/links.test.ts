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

const newFolder = async () => (await executeServerCommand<{ dir: string }, Record<string, never>>('cli-folder', {}))!.dir;
const filesUnder = async (dir: string) => (await executeServerCommand<Record<string, string>, { dir: string }>('cli-files', { dir }))!;
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
