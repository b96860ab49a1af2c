import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cli, endpoint, SAMPLE_PRODUCTS, STACK_TRACE, type Endpoint, type Run } from './commands.js';

// `sparkpulse validate`, run in Node by test/server/cli-runner.mjs on
// endpoints it writes into temporary folders and serves on 127.0.0.1.

interface Finding {
  document: string;
  path: string;
  message: string;
  kind: string;
}

interface Report {
  version: number;
  endpoint: string;
  form: 'full' | 'published';
  documents: string[];
  errors: Finding[];
  warnings: Finding[];
  summary: { products: number; documents: number; errors: number; warnings: number; ok: boolean };
}

type Json = Record<string, unknown>;

const unreachable = () => executeServerCommand<{ url: string }, Record<string, never>>('cli-unreachable', {});

async function sample(document: string): Promise<Json> {
  const response = await fetch(`/demo/endpoint/${document}`);
  expect(response.ok, `${document} is served`).to.be.true;
  return (await response.json()) as Json;
}

/** The sample with `document` changed by `change`. */
async function changed(document: string, change: (json: Json) => void): Promise<Endpoint> {
  const json = await sample(document);
  change(json);
  return endpoint({ files: { [document]: JSON.stringify(json, null, 2) } });
}

async function validateJson(where: string, ...options: string[]): Promise<{ run: Run; report: Report }> {
  const run = await cli('validate', where, '--json', ...options);
  return { run, report: JSON.parse(run.stdout) as Report };
}

const products = (index: Json) => index.products as Json[];

describe('sparkpulse validate', function () {
  // A first run builds the command (scripts/build-cli.mjs); each run is bounded at 15 s by the plugin.
  this.timeout(20_000);

  describe('on a clean endpoint', () => {
    it('validates the sample endpoint with no errors and no warnings, and exits 0', async () => {
      const run = await cli('validate', 'demo/endpoint');
      expect(run.code).to.equal(0);
      expect(run.stdout).to.equal('demo/endpoint: index.json and 11 product documents read; no errors, no warnings.\n');
      expect(run.stderr).to.equal('');
    });

    it('validates the sample served over http like its folder', async () => {
      const { url } = await endpoint();
      const { run, report } = await validateJson(url);
      expect(run.code).to.equal(0);
      expect(report.summary).to.deep.equal({ products: SAMPLE_PRODUCTS, documents: SAMPLE_PRODUCTS + 1, errors: 0, warnings: 0, ok: true });
    });
  });

  describe('warnings', () => {
    let dir: string;
    before(async () => {
      ({ dir } = await changed('products/kafka.json', (kafka) => {
        kafka.website = 'javascript:alert(1)';
      }));
    });

    it('prints a warning of the reader with its document and path', async () => {
      const run = await cli('validate', dir);
      expect(run.stdout).to.include('warning products/kafka.json website: expected an absolute http(s) URL without credentials\n');
    });

    it('exits 0 when there are warnings but no errors', async () => {
      const run = await cli('validate', dir);
      expect(run.code).to.equal(0);
      expect(run.stdout).to.include('no errors, 1 warning.');
    });
  });

  describe('errors across documents', () => {
    it('reports an indexed product without its document', async () => {
      const { dir } = await endpoint({ files: { 'products/kafka.json': null } });
      const { run, report } = await validateJson(dir);
      expect(run.code).to.equal(1);
      expect(report.errors).to.deep.equal([
        { document: 'products/kafka.json', path: '', message: 'does not exist', kind: 'missing-document' },
      ]);
    });

    it('reports a product document whose slug is not its file name', async () => {
      const { dir } = await changed('products/kafka.json', (kafka) => {
        kafka.slug = 'kafkaa';
      });
      const { run, report } = await validateJson(dir);
      expect(run.code).to.equal(1);
      expect(report.errors).to.have.length(1);
      expect(report.errors[0]).to.include({ document: 'products/kafka.json', path: 'slug', kind: 'slug-mismatch' });
      expect(report.errors[0].message).to.include('"kafkaa"').and.include('"kafka"');
    });

    const disagreements: [field: string, value: unknown][] = [
      ['name', 'Apache Kafka Streams'],
      ['sector', 'Databases'],
      ['velocity', 5.1],
      ['sparks30d', 3],
    ];
    for (const [field, value] of disagreements) {
      it(`reports an index entry whose ${field} disagrees with the product document`, async () => {
        const { dir } = await changed('index.json', (index) => {
          products(index)[0][field] = value;
        });
        const { report } = await validateJson(dir);
        expect(report.errors).to.have.length(1);
        expect(report.errors[0]).to.include({ document: 'products/kafka.json', path: field, kind: 'index-disagrees' });
        expect(report.errors[0].message).to.include(JSON.stringify(value));
      });
    }

    it('reports a slug listed twice in the index, at its second place', async () => {
      const { dir } = await changed('index.json', (index) => {
        products(index).push({ ...products(index)[0] });
      });
      const { report } = await validateJson(dir);
      expect(report.errors).to.deep.equal([
        {
          document: 'index.json',
          path: `products[${SAMPLE_PRODUCTS}].slug`,
          message: '"kafka" is listed again; the first is products[0]',
          kind: 'duplicate-slug',
        },
      ]);
    });

    it('reports activity that is not newest first, at the first item out of order', async () => {
      const { dir } = await changed('products/kafka.json', (kafka) => {
        const activity = kafka.activity as Json[];
        [activity[1], activity[2]] = [activity[2], activity[1]];
      });
      const { report } = await validateJson(dir);
      expect(report.errors).to.have.length(1);
      expect(report.errors[0]).to.include({ document: 'products/kafka.json', path: 'activity[2].date', kind: 'activity-order' });
    });

    it('reports a URL template that fills to no valid URL for one product only', async () => {
      // 2,048 characters is the most a URL may have: the sample slug fits, "opentelemetry" (13) does not.
      const base = 'https://sparkpulse.example/';
      const template = `${base}${'p'.repeat(2048 - base.length - 'opentelemetry'.length)}/{slug}`;
      const { dir } = await changed('index.json', (index) => {
        (index.site as Json).productUrl = template;
      });
      const { report } = await validateJson(dir);
      expect(report.errors).to.have.length(1);
      expect(report.errors[0]).to.include({ document: 'index.json', path: 'site.productUrl', kind: 'template' });
      expect(report.errors[0].message).to.include('for 1 of 11 products (opentelemetry)');
    });

    it('reports a comparison template without one of its placeholders', async () => {
      const { dir } = await changed('index.json', (index) => {
        (index.site as Json).compareUrl = 'https://sparkpulse.example/compare/{a}';
      });
      const { report } = await validateJson(dir);
      expect(report.errors).to.have.length(1);
      expect(report.errors[0]).to.include({ path: 'site.compareUrl', kind: 'template' });
      expect(report.errors[0].message).to.match(/^has no \{b\}/);
    });

    it('reports an alternatives template that is not http(s)', async () => {
      const { dir } = await changed('index.json', (index) => {
        (index.site as Json).alternativesUrl = 'ftp://sparkpulse.example/{slug}/alternatives';
      });
      const { report } = await validateJson(dir);
      expect(report.errors).to.have.length(1);
      expect(report.errors[0]).to.include({ path: 'site.alternativesUrl', kind: 'template' });
      expect(report.errors[0].message).to.include('for 11 of 11 products');
    });

    it('reports a document the widgets refuse as a contract error', async () => {
      const { dir } = await changed('products/kafka.json', (kafka) => {
        kafka.velocity = 12;
      });
      const { report } = await validateJson(dir);
      expect(report.errors).to.deep.equal([
        {
          document: 'products/kafka.json',
          path: 'velocity',
          message: 'expected a number from 0 to 10; the widgets refuse the whole document',
          kind: 'contract',
        },
      ]);
    });

    it('reports a document that is not JSON', async () => {
      const { dir } = await endpoint({ files: { 'products/kafka.json': '{ "version": 1,' } });
      const { run, report } = await validateJson(dir);
      expect(run.code).to.equal(1);
      expect(report.errors).to.have.length(1);
      expect(report.errors[0]).to.include({ document: 'products/kafka.json', kind: 'not-json' });
      expect(report.errors[0].message).to.match(/^is not JSON \(/);
    });
  });

  describe('--json', () => {
    it('prints one report with the documents read, each error and warning, and a summary', async () => {
      const { dir } = await endpoint({
        files: {
          'products/kafka.json': null,
          'products/linkerd.json': JSON.stringify({ ...(await sample('products/linkerd.json')), website: 'mailto:x@example.org' }),
        },
      });
      const { run, report } = await validateJson(dir);
      expect(run.code).to.equal(1);
      expect(report).to.have.keys(['version', 'endpoint', 'form', 'documents', 'errors', 'warnings', 'summary']);
      expect(report.version).to.equal(1);
      expect(report.form).to.equal('full');
      expect(report.endpoint).to.equal(dir);
      expect(report.documents).to.have.length(SAMPLE_PRODUCTS);
      expect(report.documents.slice(0, 2)).to.deep.equal(['index.json', 'products/linkerd.json']);
      expect(report.errors.map((e) => Object.keys(e).sort())).to.deep.equal([['document', 'kind', 'message', 'path']]);
      expect(report.warnings).to.deep.equal([
        { document: 'products/linkerd.json', path: 'website', message: 'expected an absolute http(s) URL without credentials', kind: 'contract' },
      ]);
      expect(report.summary).to.deep.equal({ products: SAMPLE_PRODUCTS, documents: SAMPLE_PRODUCTS, errors: 1, warnings: 1, ok: false });
    });

    it('keeps stdout to the one report while progress goes to stderr', async () => {
      const { dir } = await endpoint({ generate: { products: 250, items: 2 } });
      const { run, report } = await validateJson(dir);
      expect(run.code).to.equal(0);
      expect(report.summary.documents).to.equal(251);
      expect(run.stderr).to.include('Reading product documents: 250 of 250\n');
    });
  });

  describe('progress', () => {
    it('prints progress lines on stderr for more than 200 products', async () => {
      const { dir } = await endpoint({ generate: { products: 201, items: 1 } });
      const run = await cli('validate', dir);
      expect(run.code).to.equal(0);
      expect(run.stderr.split('\n').filter(Boolean)).to.have.length(10);
      expect(run.stdout).not.to.include('Reading');
    });

    it('prints no progress for 200 products or fewer when stderr is not a terminal', async () => {
      const { dir } = await endpoint({ generate: { products: 200, items: 1 } });
      const run = await cli('validate', dir);
      expect(run.stderr).to.equal('');
    });
  });

  describe('exit codes and usage', () => {
    it('exits 2 with the usage when no command is named', async () => {
      const run = await cli();
      expect(run.code).to.equal(2);
      expect(run.stderr).to.include('Usage: sparkpulse <command> [options]');
      expect(run.stdout).to.equal('');
    });

    it('exits 2 with the usage when no endpoint is named', async () => {
      const run = await cli('validate');
      expect(run.code).to.equal(2);
      expect(run.stderr).to.include('sparkpulse validate: name the endpoint').and.include('Usage: sparkpulse validate <folder or URL>');
    });

    it('exits 2 on an unknown option', async () => {
      const run = await cli('validate', 'demo/endpoint', '--jsn');
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(/^sparkpulse validate: unknown option --jsn\n/);
    });

    it('exits 2 on an unknown command', async () => {
      const run = await cli('valdate', 'demo/endpoint');
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(/^sparkpulse: unknown command "valdate"\n/);
    });

    it('exits 2 on a timeout that is not a number of seconds', async () => {
      const run = await cli('validate', 'demo/endpoint', '--timeout', 'soon');
      expect(run.code).to.equal(2);
      expect(run.stderr).to.include('--timeout takes a number of seconds');
    });

    it('prints the command help on stdout and exits 0 for --help', async () => {
      const run = await cli('validate', '--help');
      expect(run.code).to.equal(0);
      expect(run.stdout).to.match(/^Usage: sparkpulse validate/).and.include('warnings alone give 0');
    });
  });

  describe('endpoints that cannot be read', () => {
    it('says so in one line when the folder does not exist, and exits 1', async () => {
      const run = await cli('validate', 'demo/no-such-endpoint');
      expect(run.code).to.equal(1);
      expect(run.stderr).to.equal('sparkpulse validate: there is no folder at demo/no-such-endpoint\n');
    });

    it('still prints one JSON report when the folder does not exist', async () => {
      const { run, report } = await validateJson('demo/no-such-endpoint');
      expect(run.code).to.equal(1);
      expect(report.errors).to.deep.equal([
        { document: '', path: '', message: 'there is no folder at demo/no-such-endpoint', kind: 'endpoint' },
      ]);
    });

    it('reports the HTTP status a server answers for a document', async () => {
      const { url } = await endpoint({ answers: { 'products/kafka.json': 503 } });
      const { report } = await validateJson(url);
      expect(report.errors).to.deep.equal([
        { document: 'products/kafka.json', path: '', message: `${url}products/kafka.json answered HTTP 503 Service Unavailable`, kind: 'fetch' },
      ]);
    });

    it('reports a missing index.json as an error', async () => {
      const { url } = await endpoint({ answers: { 'index.json': 404 } });
      const { run, report } = await validateJson(url);
      expect(run.code).to.equal(1);
      expect(report.errors).to.have.length(1);
      expect(report.errors[0]).to.include({ document: 'index.json', kind: 'missing-document' });
      expect(report.documents).to.deep.equal([]);
    });

    it('reports a server that cannot be reached', async () => {
      const { url } = await unreachable();
      const run = await cli('validate', url);
      expect(run.code).to.equal(1);
      expect(run.stdout).to.include(`error   index.json: ${url}index.json could not be reached (ECONNREFUSED) [fetch]`);
    });

    it('reports a server that does not answer within --timeout', async () => {
      const { url } = await endpoint({ answers: { 'products/kafka.json': 'hang' } });
      const { run, report } = await validateJson(url, '--timeout', '0.5');
      expect(run.code).to.equal(1);
      expect(report.errors).to.deep.equal([
        { document: 'products/kafka.json', path: '', message: `${url}products/kafka.json did not answer within 0.5 s`, kind: 'fetch' },
      ]);
    });
  });

  describe('output', () => {
    it('prints no stack trace, whatever fails', async () => {
      const { dir: notJson } = await endpoint({ files: { 'index.json': '<!doctype html>' } });
      const { url: hanging } = await endpoint({ answers: { 'index.json': 'hang' } });
      const { url: refused } = await unreachable();
      const runs = [
        await cli(),
        await cli('validate', '--timeout'),
        await cli('validate', 'ftp://example.org/v1/'),
        await cli('validate', 'demo/no-such-endpoint'),
        await cli('validate', 'demo/endpoint/index.json'),
        await cli('validate', notJson),
        await cli('validate', refused, '--json'),
        await cli('validate', hanging, '--timeout', '0.2'),
      ];
      for (const run of runs) {
        expect(run.signal, 'no run was killed').to.equal(null);
        expect(run.code).to.be.oneOf([1, 2]);
        expect(`${run.stdout}\n${run.stderr}`).not.to.match(STACK_TRACE);
      }
    });
  });
});
