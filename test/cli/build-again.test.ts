import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { SHARD_COUNT, shardOf } from '../../src/contract/index.js';
import { cli, endpoint, type Run } from './commands.js';

// `sparkpulse build` run again over a folder it published: what it rewrites,
// what it deletes, and the same output from threads. See build.test.ts for
// the published form itself.

type Json = Record<string, unknown>;
interface Summary {
  slug: string;
  name: string;
  sector: string;
  velocity: number;
  sparks30d: number;
}

const newFolder = async () => (await executeServerCommand<{ dir: string }, Record<string, never>>('cli-folder', {}))!.dir;
const filesUnder = async (dir: string) => (await executeServerCommand<Record<string, string>, { dir: string }>('cli-files', { dir }))!;
const mtimesUnder = async (dir: string) => (await executeServerCommand<Record<string, number>, { dir: string }>('cli-mtimes', { dir }))!;
/** Every file under `dir`, or null when there is no such folder. */
const listed = async (dir: string) => (await executeServerCommand<{ files: string[] | null }, { dir: string }>('cli-list', { dir }))!.files;
const writeFiles = (dir: string, files: Record<string, string | null>) => executeServerCommand('cli-write', { dir, files });

async function sample(document: string): Promise<Json> {
  const response = await fetch(`/demo/endpoint/${document}`);
  expect(response.ok, `${document} is served`).to.be.true;
  return (await response.json()) as Json;
}

/** A copy of the sample, with `files` changed; nothing is written into demo/endpoint/. */
const sampleCopy = async (files: Record<string, string | null> = {}) => (await endpoint({ files }))!.dir;

/** `sparkpulse build <from> --out <out>`, which must exit 0. */
async function build(from: string, out: string, ...options: string[]): Promise<Run> {
  const run = (await cli('build', from, '--out', out, ...options))!;
  expect(run.code, `${run.stdout}${run.stderr}`).to.equal(0);
  return run;
}

/** Paths whose modification time is not what it was. */
function changed(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(after)
    .filter((path) => after[path] !== before[path])
    .sort();
}

describe('sparkpulse build, again', function () {
  // A first run builds the command (scripts/build-cli.mjs); each run is bounded at 15 s by the plugin.
  this.timeout(30_000);

  describe('a second run', () => {
    it('writes nothing over an unchanged catalogue, leaving every date as it was', async () => {
      const out = await newFolder();
      await build('demo/endpoint', out);
      const before = await mtimesUnder(out);
      const run = await build('demo/endpoint', out);
      expect(run.stdout).to.equal(`demo/endpoint: 11 products published to ${out} in 4,142 files: 0 written, 4,142 already up to date.\n`);
      expect(await mtimesUnder(out)).to.deep.equal(before);
    });

    it("rewrites, for a product whose velocity changed, its documents, its shard, the search document, its badges and its sector's product documents, and nothing else", async () => {
      const out = await newFolder();
      await build('demo/endpoint', out);
      const before = await mtimesUnder(out);
      const index = await sample('index.json');
      const kafka = await sample('products/kafka.json');
      (index.products as Json[]).find((p) => p.slug === 'kafka')!.velocity = 9.9;
      const dir = await sampleCopy({ 'index.json': JSON.stringify(index, null, 2), 'products/kafka.json': JSON.stringify({ ...kafka, velocity: 9.9 }) });
      const run = await build(dir, out);
      const devops = (index.products as Summary[]).filter((p) => p.sector === 'DevOps').map((p) => `products/${p.slug}.json`);
      const expected = ['index.json', 'search.json', 'summaries/0d3.json', 'badges/kafka.svg', 'shields/kafka.json', ...devops].sort();
      expect(changed(before, await mtimesUnder(out))).to.deep.equal(expected);
      expect(run.stdout).to.include(`${expected.length} written, ${(4_142 - expected.length).toLocaleString('en-US')} already up to date.`);
    });

    it('rewrites, for a changed activity item, the product document and the page that holds it, and nothing else', async () => {
      const out = await newFolder();
      await build('demo/endpoint', out);
      const before = await mtimesUnder(out);
      const kafka = await sample('products/kafka.json');
      (kafka.activity as Json[])[3].title = 'Apache Kafka 4.3.1 Release Announcement';
      await build(await sampleCopy({ 'products/kafka.json': JSON.stringify(kafka) }), out);
      expect(changed(before, await mtimesUnder(out))).to.deep.equal(['activity/kafka/1.json', 'products/kafka.json']);
    });

    it('deletes the pages past the last when a product has fewer items, and says so', async () => {
      const { dir } = (await endpoint({ generate: { products: 2, items: 200 } }))!;
      const out = await newFolder();
      await build(dir, out);
      const product = JSON.parse((await filesUnder(dir))['products/product-1.json']) as Json;
      await writeFiles(dir, { 'products/product-1.json': JSON.stringify({ ...product, activity: (product.activity as unknown[]).slice(0, 30) }) });
      const run = await build(dir, out);
      expect(run.stdout).to.match(/, 2 stale files deleted\.\n$/);
      const paths = (await listed(out))!;
      expect(paths.filter((path) => path.startsWith('activity/product-1/'))).to.deep.equal(['activity/product-1/1.json', 'activity/product-1/2.json']);
      expect(paths.filter((path) => path.startsWith('activity/product-2/'))).to.have.length(4);
    });

    it("deletes a removed product's documents, pages and badges, and leaves files of other kinds alone", async () => {
      const out = await newFolder();
      await build('demo/endpoint', out);
      await writeFiles(out, { 'README.md': 'ours\n', 'products/notes.txt': 'ours too\n', 'activity/kafka/notes.txt': 'and this\n' });
      const index = await sample('index.json');
      index.products = (index.products as Json[]).filter((p) => p.slug !== 'linkerd');
      const run = await build(await sampleCopy({ 'index.json': JSON.stringify(index), 'products/linkerd.json': null }), out);
      expect(run.stdout).to.match(/, 4 stale files deleted\.\n$/);
      const paths = (await listed(out))!;
      expect(paths.filter((path) => path.includes('linkerd'))).to.deep.equal([]);
      expect(paths).to.include.members(['README.md', 'products/notes.txt', 'activity/kafka/notes.txt']);
      const shard = JSON.parse((await filesUnder(out))[`summaries/${shardOf('linkerd')}.json`]) as { products: Summary[] };
      expect(shard.products.map((p) => p.slug)).not.to.include('linkerd');
    });

    it('deletes the temporary files a stopped build left behind', async () => {
      const out = await newFolder();
      await build('demo/endpoint', out);
      // No process has this id: pids stop far below it.
      const left = ['products/.kafka.json.2147483646.1a2b3c4d.7.tmp', 'activity/kafka/.1.json.2147483646.1a2b3c4d.8.tmp'];
      await writeFiles(out, Object.fromEntries(left.map((path) => [path, '{"partial'])));
      const run = await build('demo/endpoint', out);
      expect(run.stdout).to.match(/, 2 stale files deleted\.\n$/);
      expect((await listed(out))!.filter((path) => path.endsWith('.tmp'))).to.deep.equal([]);
    });

    it('leaves no temporary file behind', async () => {
      const out = await newFolder();
      await build('demo/endpoint', out);
      await build('demo/endpoint', out, '--style', 'for-the-badge');
      expect((await listed(out))!.filter((path) => path.split('/').pop()!.startsWith('.'))).to.deep.equal([]);
    });
  });

  describe('a catalogue shared out among threads', () => {
    it('publishes 600 products the same way every time, into an endpoint validate finds sound', async function () {
      // Above THREADS_ABOVE (500) in src/cli/workers.ts.
      this.timeout(90_000);
      const { dir } = (await endpoint({ generate: { products: 600, items: 2 } }))!;
      const [one, two] = [await newFolder(), await newFolder()];
      await build(dir, one);
      await build(dir, two);
      const [first, second] = [await filesUnder(one), await filesUnder(two)];
      // search.json and the 24 prefixes that more than 200 of the 600 have ("product" and its starts, the digits…), each its document.
      const search = Object.keys(first).filter((path) => path === 'search.json' || path.startsWith('search/'));
      expect(search).to.include('search.json').and.to.have.length(25);
      expect(Object.keys(first)).to.have.length(1 + 600 * 4 + SHARD_COUNT + search.length);
      expect(second).to.deep.equal(first);
      const check = (await cli('validate', one, '--json'))!;
      expect(JSON.parse(check.stdout).summary).to.deep.include({ errors: 0, warnings: 0, products: 600 });
    });
  });
});
