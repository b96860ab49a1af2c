import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cli, endpoint, SAMPLE_PRODUCTS, type Run } from './commands.js';

// `sparkpulse validate` on the published form, which `sparkpulse build`
// writes: every derived document is checked against its schema and against
// the full form it came from. Each test publishes the sample once (or copies
// the copy published first) and changes one document.

interface Finding {
  document: string;
  path: string;
  message: string;
  kind: string;
}

interface Report {
  form: 'full' | 'published';
  documents: string[];
  errors: Finding[];
  summary: { products: number; documents: number; errors: number; warnings: number; ok: boolean };
}

type Json = Record<string, unknown>;

async function sample(document: string): Promise<Json> {
  const response = await fetch(`/demo/endpoint/${document}`);
  expect(response.ok, `${document} is served`).to.be.true;
  return (await response.json()) as Json;
}

async function validateJson(where: string): Promise<{ run: Run; report: Report }> {
  const run = await cli('validate', where, '--json');
  return { run, report: JSON.parse(run.stdout) as Report };
}

describe('sparkpulse validate', function () {
  // A first run builds the command (scripts/build-cli.mjs); each run is bounded at 15 s by the plugin.
  this.timeout(30_000);

describe('on the published form', () => {
  const newFolder = async () => (await executeServerCommand<{ dir: string }, Record<string, never>>('cli-folder', {}))!.dir;
  const filesUnder = async (dir: string) => (await executeServerCommand<Record<string, string>, { dir: string }>('cli-files', { dir }))!;

  /** The sample, published once by `sparkpulse build`, and its files. */
  let base: { dir: string; files: Record<string, string> } | undefined;

  async function publish(from: string): Promise<string> {
    const out = await newFolder();
    const run = await cli('build', from, '--out', out);
    expect(run.code, run.stderr).to.equal(0);
    return out;
  }

  /**
   * The published sample, or the full form `from` published, in a folder of
   * its own, with each document in `changes` changed (null: removed).
   */
  async function published(changes: Record<string, ((json: Json) => void) | null> = {}, from?: string): Promise<string> {
    let dir: string;
    let files: Record<string, string>;
    if (from) {
      dir = await publish(from);
      files = await filesUnder(dir);
    } else {
      if (!base) {
        const made = await publish('demo/endpoint');
        base = { dir: made, files: await filesUnder(made) };
      }
      ({ dir, files } = base);
    }
    const changed: Record<string, string | null> = {};
    for (const [document, change] of Object.entries(changes)) {
      if (change === null) {
        changed[document] = null;
        continue;
      }
      const json = JSON.parse(files[document]) as Json;
      change(json);
      changed[document] = JSON.stringify(json);
    }
    if (from) {
      await executeServerCommand('cli-write', { dir, files: changed });
      return dir;
    }
    return (await executeServerCommand<{ dir: string }, { from: string; files: Record<string, string | null> }>('cli-copy', { from: dir, files: changed }))!.dir;
  }

  const errorsOf = async (dir: string) => {
    const { run, report } = await validateJson(dir);
    expect(run.code, 'exit code').to.equal(report.errors.length > 0 ? 1 : 0);
    return report.errors;
  };

  it('validates the published sample with no errors, reading every derived document', async () => {
    const dir = await published();
    const { run, report } = await validateJson(dir);
    expect(run.code).to.equal(0);
    expect(report.form).to.equal('published');
    expect(report.summary).to.deep.equal({ products: SAMPLE_PRODUCTS, documents: 1 + SAMPLE_PRODUCTS + 4_096 + 1 + SAMPLE_PRODUCTS, errors: 0, warnings: 0, ok: true });
    expect(report.documents.slice(0, 2)).to.deep.equal(['index.json', 'products/kafka.json']);
    expect(report.documents).to.include.members(['summaries/000.json', 'summaries/fff.json', 'search.json', 'activity/kafka/1.json']);
  });

  it('reports a search document that leaves a product out: the embed builder could not find it', async () => {
    const dir = await published({ 'search.json': (search) => (search.products = (search.products as Json[]).filter((p) => p.slug !== 'kafka')) });
    const errors = await errorsOf(dir);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ document: 'search.json', path: 'products', kind: 'search' });
    expect(errors[0].message).to.include('"kafka" could not be found');
  });

  it('reports a product in a search document that index.json does not list', async () => {
    const ghost = { slug: 'foobar', name: 'Foo Bar', sector: 'DevOps', velocity: 0 };
    const dir = await published({ 'search.json': (search) => (search.products as Json[]).push(ghost) });
    const errors = await errorsOf(dir);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ document: 'search.json', path: 'products', kind: 'search' });
    expect(errors[0].message).to.include('"foobar"');
  });

  it('reports a search entry whose velocity disagrees with index.json', async () => {
    const dir = await published({ 'search.json': (search) => ((search.products as Json[])[0].velocity = 0.5) });
    const errors = await errorsOf(dir);
    expect(errors.map(({ document, kind }) => ({ document, kind }))).to.deep.include({ document: 'search.json', kind: 'summary-disagrees' });
  });

  it('reports a missing search.json: the endpoint would look like the full form to the embed builder', async () => {
    const dir = await published({ 'search.json': null });
    const errors = await errorsOf(dir);
    expect(errors).to.have.length(1);
    expect(errors[0].document).to.equal('search.json');
  });

  it('reports a search document that breaks its schema, and where', async () => {
    const dir = await published({ 'search.json': (search) => (search.prefix = 'Not A Prefix') });
    const errors = await errorsOf(dir);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ document: 'search.json', path: 'prefix' });
  });

  it('reports a summary whose velocity disagrees with its product document', async () => {
    const dir = await published({ 'summaries/0d3.json': (shard) => ((shard.products as Json[])[0].velocity = 4.2) });
    expect(await errorsOf(dir)).to.deep.equal([
      { document: 'summaries/0d3.json', path: 'products[0].velocity', message: 'is 4.2, but products/kafka.json says 5', kind: 'summary-disagrees' },
    ]);
  });

  it('reports a summary whose name disagrees with its product document', async () => {
    const dir = await published({ 'summaries/0d3.json': (shard) => ((shard.products as Json[])[0].name = 'Kafka') });
    expect(await errorsOf(dir)).to.deep.equal([
      { document: 'summaries/0d3.json', path: 'products[0].name', message: 'is "Kafka", but products/kafka.json says "Apache Kafka"', kind: 'summary-disagrees' },
    ]);
  });

  it('reports a product missing from its shard: a badge would call it not tracked', async () => {
    const dir = await published({ 'summaries/0d3.json': (shard) => (shard.products = []) });
    const errors = await errorsOf(dir);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ document: 'summaries/0d3.json', path: 'products', kind: 'shard' });
    expect(errors[0].message).to.include('"kafka"').and.include('not tracked');
  });

  it('reports a product listed in a shard it does not hash to', async () => {
    const kafka = { slug: 'kafka', name: 'Apache Kafka', sector: 'DevOps', velocity: 5, sparks30d: 0 };
    const dir = await published({ 'summaries/000.json': (shard) => (shard.products = [kafka]) });
    expect(await errorsOf(dir)).to.deep.equal([
      { document: 'summaries/000.json', path: 'products[0].slug', message: '"kafka" belongs in summaries/0d3.json, not in this shard', kind: 'shard' },
    ]);
  });

  it('reports a product in its shard that index.json does not list', async () => {
    // "foobar" hashes to shard bf9.
    const ghost = { slug: 'foobar', name: 'Foo Bar', sector: 'DevOps', velocity: 5, sparks30d: 0 };
    const dir = await published({ 'summaries/bf9.json': (shard) => (shard.products = [ghost]) });
    expect(await errorsOf(dir)).to.deep.equal([
      { document: 'summaries/bf9.json', path: 'products[0].slug', message: '"foobar" is not in index.json: a badge would show a product that is not tracked', kind: 'shard' },
    ]);
  });

  it('reports a missing shard, which build always writes', async () => {
    const dir = await published({ 'summaries/abc.json': null });
    expect(await errorsOf(dir)).to.deep.equal([{ document: 'summaries/abc.json', path: '', message: 'does not exist', kind: 'missing-document' }]);
  });

  it("reports a shard whose site is not the index's", async () => {
    const dir = await published({ 'summaries/abc.json': (shard) => ((shard.site as Json).name = 'Elsewhere') });
    expect(await errorsOf(dir)).to.deep.equal([{ document: 'summaries/abc.json', path: 'site', message: "is not index.json's site", kind: 'summary-disagrees' }]);
  });

  it('reports a shard the widgets refuse', async () => {
    const dir = await published({ 'summaries/abc.json': (shard) => (shard.kind = 'activity') });
    const errors = await errorsOf(dir);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ document: 'summaries/abc.json', path: 'kind', kind: 'contract' });
  });

  it("reports alternatives that are not the sector's fastest, in order", async () => {
    const dir = await published({ 'products/grafana.json': (grafana) => (grafana.alternatives as Json[]).reverse() });
    const errors = await errorsOf(dir);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ document: 'products/grafana.json', path: 'alternatives', kind: 'alternatives' });
    expect(errors[0].message).to.match(/^are "terraform", "linkerd", .* but the fastest of "DevOps" are "opentelemetry", "argo-cd", "cilium", "kafka", "istio" and 3 more$/);
  });

  it('reports a product document without alternatives, which a comparison on the published form needs', async () => {
    const dir = await published({ 'products/grafana.json': (grafana) => delete grafana.alternatives });
    const errors = await errorsOf(dir);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ document: 'products/grafana.json', path: 'alternatives', kind: 'alternatives' });
  });

  it('reports an alternative whose velocity is not what the index lists', async () => {
    const dir = await published({ 'products/grafana.json': (grafana) => ((grafana.alternatives as Json[])[0].velocity = 9) });
    expect(await errorsOf(dir)).to.deep.equal([
      { document: 'products/grafana.json', path: 'alternatives[0].velocity', message: 'is 9, but index.json lists 8.1', kind: 'summary-disagrees' },
    ]);
  });

  it("reports a product document without the index's site", async () => {
    const dir = await published({ 'products/grafana.json': (grafana) => delete grafana.site });
    const errors = await errorsOf(dir);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ document: 'products/grafana.json', path: 'site', kind: 'summary-disagrees' });
  });

  it("reports a page item that is not the product's", async () => {
    const dir = await published({ 'activity/kafka/1.json': (page) => ((page.items as Json[])[3].title = 'Something else') });
    expect(await errorsOf(dir)).to.deep.equal([
      { document: 'activity/kafka/1.json', path: 'items[3]', message: "is not item 3 of products/kafka.json's activity", kind: 'activity-pages' },
    ]);
  });

  it('reports a page holding the wrong number of items', async () => {
    const dir = await published({ 'activity/kafka/1.json': (page) => (page.items as Json[]).pop() });
    expect(await errorsOf(dir)).to.deep.equal([
      {
        document: 'activity/kafka/1.json',
        path: 'items',
        message: "holds 9 items, but page 1 holds items 0 to 9 of products/kafka.json's activity, 10 of them",
        kind: 'activity-pages',
      },
    ]);
  });

  it('reports a page that miscounts the pages', async () => {
    const dir = await published({ 'activity/kafka/1.json': (page) => (page.pages = 2) });
    expect(await errorsOf(dir)).to.deep.equal([
      { document: 'activity/kafka/1.json', path: 'pages', message: "is 2, but products/kafka.json's activity takes 1 page (10 items)", kind: 'activity-pages' },
    ]);
  });

  it('reports a missing page', async () => {
    const dir = await published({ 'activity/kafka/1.json': null });
    expect(await errorsOf(dir)).to.deep.equal([{ document: 'activity/kafka/1.json', path: '', message: 'does not exist', kind: 'missing-document' }]);
  });

  it("reports a page of another product's", async () => {
    const dir = await published({ 'activity/kafka/1.json': (page) => (page.slug = 'linkerd') });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.document, e.path, e.kind])).to.deep.include(['activity/kafka/1.json', 'slug', 'activity-pages']);
  });

  it('reports every later page of a product with more than 20 items', async () => {
    const { dir: from } = await endpoint({ generate: { products: 2, items: 100 } });
    const dir = await published({ 'activity/product-1/3.json': null }, from);
    expect(await errorsOf(dir)).to.deep.equal([{ document: 'activity/product-1/3.json', path: '', message: 'does not exist', kind: 'missing-document' }]);
  });

  it('prints what it read of the published form in its last line', async () => {
    const dir = await published();
    const run = await cli('validate', dir);
    expect(run.stdout).to.equal(`${dir}: published form: index.json, 11 product documents, 4,096 shards of summaries, 1 search document and 11 pages of activity read; no errors, no warnings.\n`);
  });

  describe('an index.json over the widgets’ 1 MB cap', () => {
    let padded: string;
    before(async () => {
      const index = await sample('index.json');
      ({ dir: padded } = await endpoint({ files: { 'index.json': JSON.stringify({ ...index, padding: 'x'.repeat(1_100_000) }) } }));
    });

    it('is an error on the full form, which the widgets would refuse, though every document is still checked', async () => {
      const { run, report } = await validateJson(padded);
      expect(run.code).to.equal(1);
      expect(report.errors).to.have.length(1);
      expect(report.errors[0]).to.include({ document: 'index.json', path: '', kind: 'too-large' });
      expect(report.errors[0].message).to.include('sparkpulse build');
      expect(report.summary.documents).to.equal(1 + SAMPLE_PRODUCTS);
    });

    it('is no error on the published form, whose widgets read the shards instead', async () => {
      const dir = await published({}, padded);
      expect(await errorsOf(dir)).to.deep.equal([]);
    });
  });
});
});
