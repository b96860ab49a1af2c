import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Reader, readActivityPage, readIndex, readProduct, readSearch, readSummaries, SHARD_COUNT, shardName, shardOf } from '../../src/contract/index.js';
import { cli, endpoint, SAMPLE_PRODUCTS, STACK_TRACE, type Run } from './commands.js';

// `sparkpulse build`, run in Node by test/server/cli-runner.mjs on endpoints
// it writes into temporary folders: the published form it writes, how it
// refuses a broken full form, links and usage. What a second run touches is
// in build-again.test.ts.

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
const link = (path: string, target: string) => executeServerCommand('cli-link', { path, target });

async function sample(document: string): Promise<Json> {
  const response = await fetch(`/demo/endpoint/${document}`);
  expect(response.ok, `${document} is served`).to.be.true;
  return (await response.json()) as Json;
}

async function sampleText(document: string): Promise<string> {
  return (await fetch(`/demo/endpoint/${document}`)).text();
}

/** A copy of the sample, with `files` changed; nothing is written into demo/endpoint/. */
const sampleCopy = async (files: Record<string, string | null> = {}) => (await endpoint({ files }))!.dir;

/** `sparkpulse build <from> --out <out>`, which must exit 0. */
async function build(from: string, out: string, ...options: string[]): Promise<Run> {
  const run = (await cli('build', from, '--out', out, ...options))!;
  expect(run.code, `${run.stdout}${run.stderr}`).to.equal(0);
  return run;
}

/** The sector's fastest, ties by slug, without `slug`: what `alternatives` must list. */
function expectedAlternatives(products: Summary[], slug: string): string[] {
  const own = products.find((p) => p.slug === slug)!;
  return products
    .filter((p) => p.sector === own.sector && p.slug !== slug)
    .sort((x, y) => y.velocity - x.velocity || (x.slug < y.slug ? -1 : 1))
    .slice(0, 21)
    .map((p) => p.slug);
}

const SHARDS = Array.from({ length: SHARD_COUNT }, (_, n) => `summaries/${shardName(n)}.json`);

describe('sparkpulse build', function () {
  // A first run builds the command (scripts/build-cli.mjs); each run is bounded at 15 s by the plugin.
  this.timeout(30_000);

  describe('on the sample endpoint', () => {
    let out: string;
    let run: Run;
    let files: Record<string, string>;
    let index: Json;
    let products: Summary[];

    before(async () => {
      out = await newFolder();
      run = (await cli('build', 'demo/endpoint', '--out', out))!;
      files = await filesUnder(out);
      index = await sample('index.json');
      products = index.products as Summary[];
    });

    it('exits 0 and prints one line: the products, the files, and how many were written', () => {
      expect(run.code).to.equal(0);
      expect(run.stdout).to.equal(`demo/endpoint: 11 products published to ${out} in 4,142 files: 4,142 written, 0 already up to date.\n`);
      expect(run.stderr).to.equal('');
    });

    it('writes the full form, every shard, the search document, a page of activity for each product, and the badges, and nothing else', () => {
      const slugs = products.map((p) => p.slug);
      const expected = [
        'index.json',
        'search.json',
        ...slugs.map((slug) => `products/${slug}.json`),
        ...SHARDS,
        ...slugs.map((slug) => `activity/${slug}/1.json`),
        ...slugs.map((slug) => `badges/${slug}.svg`),
        ...slugs.map((slug) => `shields/${slug}.json`),
      ];
      expect(Object.keys(files).sort()).to.deep.equal(expected.sort());
    });

    it("copies index.json as the producer wrote it, byte for byte", async () => {
      expect(files['index.json']).to.equal(await sampleText('index.json'));
    });

    it("writes each product document as the producer wrote it, with the index's site and its alternatives added", async () => {
      for (const { slug } of products) {
        const published = JSON.parse(files[`products/${slug}.json`]) as Json;
        const { site, alternatives, ...rest } = published;
        expect(rest, slug).to.deep.equal(await sample(`products/${slug}.json`));
        expect(site, slug).to.deep.equal(index.site);
        expect(alternatives, slug).to.be.an('array');
      }
    });

    it("lists as alternatives the product's sector, fastest first, equal velocities by slug, itself left out", () => {
      for (const { slug } of products) {
        const { alternatives } = JSON.parse(files[`products/${slug}.json`]) as { alternatives: Summary[] };
        expect(alternatives.map((p) => p.slug), slug).to.deep.equal(expectedAlternatives(products, slug));
      }
      // Apache Kafka and Cilium are both 5.0: cilium comes first.
      const { alternatives } = JSON.parse(files['products/grafana.json']) as { alternatives: Summary[] };
      expect(alternatives.map((p) => p.slug).slice(1, 4)).to.deep.equal(['argo-cd', 'cilium', 'kafka']);
    });

    it('gives each alternative the fields the index lists for it', () => {
      const { alternatives } = JSON.parse(files['products/linkerd.json']) as { alternatives: Summary[] };
      for (const alternative of alternatives) expect(alternative).to.deep.equal(products.find((p) => p.slug === alternative.slug));
    });

    it('writes every shard, 000 to fff, each listing exactly the products whose slug hashes to it, sorted by slug', () => {
      let listedProducts = 0;
      for (const path of SHARDS) {
        const shard = JSON.parse(files[path]) as { kind: string; shard: string; site: unknown; language: string; products: Summary[] };
        const name = path.slice('summaries/'.length, -'.json'.length);
        const want = products.filter((p) => shardOf(p.slug) === name).sort((x, y) => (x.slug < y.slug ? -1 : 1));
        expect(shard, path).to.deep.include({ version: 1, kind: 'summaries', shard: name, language: 'en', site: index.site });
        expect(shard.products, path).to.deep.equal(want);
        listedProducts += shard.products.length;
      }
      expect(listedProducts).to.equal(SAMPLE_PRODUCTS);
      expect(JSON.parse(files['summaries/0d3.json']).products.map((p: Summary) => p.slug)).to.deep.equal(['kafka']);
    });

    it('writes search.json: every product, fastest first (equal velocities by slug), with the index’s language and site', () => {
      const search = JSON.parse(files['search.json']) as Json;
      const fastest = [...products].sort((x, y) => y.velocity - x.velocity || (x.slug < y.slug ? -1 : 1));
      expect(search).to.deep.equal({
        version: 1,
        kind: 'search',
        language: 'en',
        site: index.site,
        prefix: '',
        matches: SAMPLE_PRODUCTS,
        products: fastest.map(({ slug, name, sector, velocity }) => ({ slug, name, sector, velocity })),
      });
    });

    it("writes each product's activity as one page, its items as the product document lists them", async () => {
      for (const { slug, name } of products) {
        const page = JSON.parse(files[`activity/${slug}/1.json`]) as Json;
        const { activity } = await sample(`products/${slug}.json`);
        expect(page, slug).to.deep.equal({ version: 1, kind: 'activity', slug, name, page: 1, pages: 1, items: activity });
      }
    });

    it('writes the same badges and shields documents as sparkpulse badges', async () => {
      const badges = await newFolder();
      expect((await cli('badges', 'demo/endpoint', '--out', badges))!.code).to.equal(0);
      const made = await filesUnder(badges);
      for (const path of Object.keys(made)) expect(files[path], path).to.equal(made[path]);
    });

    it("writes documents the widgets' readers read with no warning", () => {
      for (const [path, text] of Object.entries(files)) {
        const read = path === 'search.json' ? readSearch : path.startsWith('summaries/') ? readSummaries : path.startsWith('activity/') ? readActivityPage : path.startsWith('products/') ? readProduct : path === 'index.json' ? readIndex : undefined;
        if (!read) continue;
        const [, warnings] = Reader.read(path, JSON.parse(text), read as (r: Reader, json: unknown) => unknown);
        expect(warnings, path).to.deep.equal([]);
      }
    });

    it('writes the derived documents compactly, on one line', () => {
      for (const path of ['products/kafka.json', 'summaries/0d3.json', 'activity/kafka/1.json']) expect(files[path], path).not.to.include('\n');
    });

    it('writes an endpoint sparkpulse validate finds sound, on the published form', async () => {
      const check = (await cli('validate', out))!;
      expect(check.code).to.equal(0);
      expect(check.stdout).to.equal(
        `${out}: published form: index.json, 11 product documents, 4,096 shards of summaries, 1 search document and 11 pages of activity read; no errors, no warnings.\n`,
      );
    });

    it('writes the same bytes from the same catalogue, into any folder', async () => {
      const again = await newFolder();
      await build('demo/endpoint', again);
      expect(await filesUnder(again)).to.deep.equal(files);
    });
  });

  describe('pages of activity', () => {
    let out: string;
    let files: Record<string, string>;
    let from: string;

    before(async () => {
      ({ dir: from } = (await endpoint({ generate: { products: 3, items: 200 } }))!);
      out = await newFolder();
      await build(from, out);
      files = await filesUnder(out);
    });

    it('splits 200 items into pages of 20, 40, 80 and the last 60, each saying which it is and how many there are', () => {
      const sizes = [1, 2, 3, 4].map((n) => {
        const page = JSON.parse(files[`activity/product-1/${n}.json`]) as { page: number; pages: number; items: unknown[] };
        expect(page.page).to.equal(n);
        expect(page.pages).to.equal(4);
        return page.items.length;
      });
      expect(sizes).to.deep.equal([20, 40, 80, 60]);
      expect(files).not.to.have.property('activity/product-1/5.json');
    });

    it("puts the product's items in order: page n starts where page n − 1 ended", () => {
      const activity = (JSON.parse(files['products/product-2.json']) as { activity: unknown[] }).activity;
      const pages = [1, 2, 3, 4].flatMap((n) => (JSON.parse(files[`activity/product-2/${n}.json`]) as { items: unknown[] }).items);
      expect(pages).to.deep.equal(activity);
    });

    it('writes one empty page for a product without activity, so every tracked product has a first page', async () => {
      const kafka = await sample('products/kafka.json');
      const dir = await sampleCopy({ 'products/kafka.json': JSON.stringify({ ...kafka, activity: [] }) });
      const empty = await newFolder();
      await build(dir, empty);
      const page = JSON.parse((await filesUnder(empty))['activity/kafka/1.json']) as Json;
      expect(page).to.deep.include({ page: 1, pages: 1, items: [] });
    });

    it('pages at most the 1,000 items the reader reads', async () => {
      const kafka = await sample('products/kafka.json');
      const item = (kafka.activity as Json[])[0];
      const dir = await sampleCopy({ 'products/kafka.json': JSON.stringify({ ...kafka, activity: Array.from({ length: 1_005 }, () => item) }) });
      const many = await newFolder();
      await build(dir, many);
      const paths = (await listed(many))!.filter((path) => path.startsWith('activity/kafka/'));
      expect(paths.sort()).to.deep.equal([1, 2, 3, 4, 5, 6].map((n) => `activity/kafka/${n}.json`));
      const last = JSON.parse((await filesUnder(many))['activity/kafka/6.json']) as { items: unknown[] };
      expect(last.items).to.have.length(1_000 - 620);
    });
  });

  describe('a broken full form', () => {
    it('is refused with the errors validate finds, exit 1, and nothing written', async () => {
      const dir = await sampleCopy({ 'products/kafka.json': null });
      const out = await newFolder();
      const run = (await cli('build', dir, '--out', out))!;
      expect(run.code).to.equal(1);
      expect(run.stdout).to.equal('');
      expect(run.stderr).to.equal(
        'error   products/kafka.json: does not exist [missing-document]\nsparkpulse build: the full form has 1 error: nothing was written\n',
      );
      expect(await listed(out), 'not even the folder').to.equal(null);
    });

    it('leaves an earlier build exactly as it was, dates included', async () => {
      const out = await newFolder();
      await build('demo/endpoint', out);
      const before = await mtimesUnder(out);
      const index = await sample('index.json');
      (index.products as Json[]).push({ ...(index.products as Json[])[0] });
      const run = (await cli('build', await sampleCopy({ 'index.json': JSON.stringify(index) }), '--out', out))!;
      expect(run.code).to.equal(1);
      expect(run.stderr).to.include('[duplicate-slug]');
      expect(await mtimesUnder(out)).to.deep.equal(before);
    });

    it('is refused when a product document disagrees with the index', async () => {
      const kafka = await sample('products/kafka.json');
      const out = await newFolder();
      const run = (await cli('build', await sampleCopy({ 'products/kafka.json': JSON.stringify({ ...kafka, velocity: 9.9 }) }), '--out', out))!;
      expect(run.code).to.equal(1);
      expect(run.stderr).to.include('error   products/kafka.json velocity: is 9.9, but index.json lists 5 [index-disagrees]');
      expect(await listed(out)).to.equal(null);
    });

    it('prints one JSON report with --json, saying what was wrong', async () => {
      const out = await newFolder();
      const run = (await cli('build', await sampleCopy({ 'products/kafka.json': null }), '--out', out, '--json'))!;
      expect(run.code).to.equal(1);
      const report = JSON.parse(run.stdout) as Json;
      expect(report).to.deep.include({ version: 1, ok: false, problem: 'the full form has 1 error: nothing was written', written: 0 });
      expect(report.errors).to.deep.equal([{ document: 'products/kafka.json', path: '', message: 'does not exist', kind: 'missing-document' }]);
    });

    it('publishes a full form with warnings, and says how many there are', async () => {
      const kafka = await sample('products/kafka.json');
      const out = await newFolder();
      const run = await build(await sampleCopy({ 'products/kafka.json': JSON.stringify({ ...kafka, website: 'javascript:alert(1)' }) }), out);
      expect(run.stderr).to.equal('warning products/kafka.json website: expected an absolute http(s) URL without credentials\n');
    });
  });

  describe('symbolic links', () => {
    const VICTIM = 'the victim file, as it was\n';

    async function outside(): Promise<string> {
      const dir = await newFolder();
      await writeFiles(dir, { 'victim.txt': VICTIM });
      return dir;
    }

    it('refuses a shard that is a link to a file outside, writing nothing, and exits 2', async () => {
      const out = await newFolder();
      const victim = await outside();
      await link(`${out}/summaries/0d3.json`, `${victim}/victim.txt`);
      const run = (await cli('build', 'demo/endpoint', '--out', out))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.equal(`sparkpulse build: ${out}/summaries/0d3.json is a symbolic link: sparkpulse writes nothing through a link; nothing was written\n`);
      expect(await listed(out), 'only the link').to.deep.equal([]);
      expect(await filesUnder(victim)).to.deep.equal({ 'victim.txt': VICTIM });
    });

    it('refuses a folder of pages that is a link, even one that leads inside --out', async () => {
      const out = await newFolder();
      await writeFiles(out, { 'elsewhere/keep.txt': 'x' });
      await link(`${out}/activity/kafka`, '../elsewhere');
      const run = (await cli('build', 'demo/endpoint', '--out', out))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.include(`${out}/activity/kafka is a symbolic link`);
      expect(await listed(out)).to.deep.equal(['elsewhere/keep.txt']);
    });

    it('refuses an index.json in --out that is a link', async () => {
      const out = await newFolder();
      const victim = await outside();
      await link(`${out}/index.json`, `${victim}/victim.txt`);
      expect((await cli('build', 'demo/endpoint', '--out', out))!.code).to.equal(2);
      expect(await filesUnder(victim)).to.deep.equal({ 'victim.txt': VICTIM });
    });

    it('refuses a stale file that is a link, rather than delete through it', async () => {
      const out = await newFolder();
      const victim = await outside();
      await link(`${out}/badges/gone.svg`, `${victim}/victim.txt`);
      expect((await cli('build', 'demo/endpoint', '--out', out))!.code).to.equal(2);
      expect(await filesUnder(victim)).to.deep.equal({ 'victim.txt': VICTIM });
    });

    it('writes into an --out folder that is itself a link, as the user named it', async () => {
      const real = await newFolder();
      await writeFiles(real, { '.keep': '' });
      const out = `${await newFolder()}-link`;
      await link(out, real);
      await build('demo/endpoint', out);
      expect(await listed(real)).to.include.members(['index.json', 'summaries/0d3.json']);
    });

    it('states the rule on links in its help', async () => {
      const run = (await cli('build', '--help'))!;
      expect(run.stdout).to.include('Links: the --out folder may be a symbolic link.');
    });
  });

  describe('search documents on a catalogue larger than one document lists', () => {
    let files: string[];
    let out: string;
    const read = async (path: string) => JSON.parse((await filesUnder(out))[path]) as { prefix: string; matches: number; next?: string[]; products: { slug: string }[] };

    before(async () => {
      const { dir } = (await endpoint({ generate: { products: 450, items: 1 } }))!;
      out = await newFolder();
      await build(dir, out);
      files = (await listed(out))!.filter((path) => path === 'search.json' || path.startsWith('search/'));
    });

    it('cuts search.json at the 200 fastest, and names in next each character that continues a word in a document of its own', async () => {
      const root = await read('search.json');
      expect(root.matches).to.equal(450);
      expect(root.products).to.have.length(200);
      // Product 12 (product-12, DevOps or Data…): words start with p, d, s, f and the digits.
      expect(root.next).to.include.members(['p', 'd', 's', 'f', '1', '4']);
      for (const char of root.next!) expect(files, char).to.include(`search/${char}.json`);
    });

    it('splits a prefix only while more than 200 products have it, so "4" (the numbers 4, 40–49, 400–450) lists every match', async () => {
      const four = await read('search/4.json');
      expect(four.prefix).to.equal('4');
      expect(four.matches).to.equal(1 + 10 + 51);
      expect(four.products).to.have.length(62);
      expect(four.next).to.equal(undefined);
      expect(files.some((path) => path.startsWith('search/4') && path !== 'search/4.json')).to.be.false;
    });

    it('follows a word shared by every product down to its end: search/product.json lists the 200 fastest of 450', async () => {
      expect(files).to.include.members(['search/p.json', 'search/pr.json', 'search/product.json']);
      const product = await read('search/product.json');
      expect(product.matches).to.equal(450);
      expect(product.products).to.have.length(200);
    });
  });

  describe('exit codes and usage', () => {
    it('exits 2 when --out is missing, naming what is', async () => {
      const run = (await cli('build', 'demo/endpoint'))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(/^sparkpulse build: name the folder to publish into with --out <folder>\nUsage: sparkpulse build/);
    });

    it('exits 2 when --out is the full form’s own folder', async () => {
      const dir = await sampleCopy();
      const run = (await cli('build', dir, '--out', `${dir}/`))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.include("--out must be another folder than the full form's");
    });

    it('exits 2 when given a URL: it reads a folder', async () => {
      const { url } = (await endpoint())!;
      const run = (await cli('build', url, '--out', await newFolder()))!;
      expect(run.code).to.equal(2);
      expect(run.stderr).to.include('build reads the full form from a folder');
    });

    it('exits 2 on an unknown option and on an unknown style', async () => {
      expect((await cli('build', 'demo/endpoint', '--out', await newFolder(), '--fast'))!.code).to.equal(2);
      expect((await cli('build', 'demo/endpoint', '--out', await newFolder(), '--style', 'round'))!.code).to.equal(2);
    });

    it('exits 1 with one line when the folder does not exist', async () => {
      const missing = await newFolder();
      const run = (await cli('build', missing, '--out', await newFolder()))!;
      expect(run.code).to.equal(1);
      expect(run.stderr).to.equal(`sparkpulse build: there is no folder at ${missing}\n`);
    });

    it('exits 1 with the path when a file cannot be written', async () => {
      const out = await newFolder();
      await writeFiles(out, { summaries: 'a file where a folder must be' });
      const run = (await cli('build', 'demo/endpoint', '--out', out))!;
      expect(run.code).to.equal(1);
      expect(run.stderr).to.match(new RegExp(`^sparkpulse build: could not write ${out}/summaries \\(ENOTDIR\\)`));
    });

    it('prints one JSON report with --json', async () => {
      const out = await newFolder();
      const run = (await cli('build', 'demo/endpoint', '--out', out, '--json'))!;
      expect(run.code).to.equal(0);
      expect(JSON.parse(run.stdout)).to.deep.equal({
        version: 1,
        endpoint: 'demo/endpoint',
        out,
        ok: true,
        products: 11,
        files: 4_142,
        written: 4_142,
        unchanged: 0,
        deleted: 0,
        errors: [],
        warnings: [],
      });
    });

    it('is listed in the help', async () => {
      const run = (await cli('--help'))!;
      expect(run.stdout).to.match(/^ {2}build <folder> --out <folder> +publish an endpoint/m);
    });

    it('prints no stack trace, whatever fails', async () => {
      const runs = await Promise.all([
        cli('build', 'demo/endpoint'),
        cli('build', await newFolder(), '--out', await newFolder()),
        cli('build', await sampleCopy({ 'index.json': '{' }), '--out', await newFolder()),
      ]);
      for (const run of runs) expect(`${run!.stdout}${run!.stderr}`).not.to.match(STACK_TRACE);
    });
  });
});
