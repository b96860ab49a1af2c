import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ContractError, Reader, readActivityPage, readIndex, readProduct, readSearch, readSummaries } from '../../src/contract/index.js';
import { cli } from '../cli/commands.js';

// The JSON Schemas are made fresh for this run from the zod schemas, by the
// build's own function, and checked with ajv in Node: see
// test/server/json-schema-validator.mjs.

type Json = Record<string, unknown>;
type Schema = Json & { properties: Record<string, Json> };
type Kind = 'index' | 'product';
type Published = 'summaries' | 'activity' | 'search';

interface Finding {
  path: string;
  keyword: string;
  message: string;
}

const SAMPLE = '/demo/endpoint';
const FILES: Record<Kind | Published, string> = {
  index: 'index.schema.json',
  product: 'product.schema.json',
  summaries: 'summaries.schema.json',
  activity: 'activity.schema.json',
  search: 'search.schema.json',
};
const DOCUMENTS: Record<Kind, string> = { index: 'index.json', product: 'products/kafka.json' };
const ABSENT = Symbol('absent');

async function sample(document: string): Promise<Json> {
  const response = await fetch(`${SAMPLE}/${document}`);
  expect(response.ok, `${document} is served`).to.be.true;
  return (await response.json()) as Json;
}

/** What ajv finds wrong with each of `documents`, by the JSON Schema of `kind`. */
function validate(kind: Kind | Published, documents: unknown[]): Promise<Finding[][]> {
  return executeServerCommand('json-schema-validate', { schema: FILES[kind], documents }) as Promise<Finding[][]>;
}

/** A deep copy of `doc` with the value at `path` (`activity[2].date`) replaced, or removed when ABSENT. */
function withValue(doc: Json, path: string, value: unknown): Json {
  const copy = structuredClone(doc);
  const keys = [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]));
  const parent = keys.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
  if (value === ABSENT) delete parent[keys[keys.length - 1]];
  else parent[keys[keys.length - 1]] = value;
  return copy;
}

const READERS: Record<Kind | Published, (r: Reader, json: unknown) => unknown> = {
  index: readIndex,
  product: readProduct,
  summaries: readSummaries,
  activity: readActivityPage,
  search: readSearch,
};
const PUBLISHED_DOCUMENTS: Record<Published, string> = { summaries: 'summaries/0d3.json', activity: 'activity/kafka/1.json', search: 'search.json' };

/** How the reader takes a document: refused at a path, or read with warnings at paths. */
function readerVerdict(kind: Kind | Published, json: unknown): { refused: string } | { warned: string[] } {
  const document = kind === 'index' || kind === 'product' ? DOCUMENTS[kind] : PUBLISHED_DOCUMENTS[kind];
  const read = READERS[kind];
  try {
    const [, warnings] = Reader.read(document, json, read);
    return { warned: warnings.map((warning) => warning.slice(document.length + 1, warning.indexOf(': '))) };
  } catch (error) {
    if (!(error instanceof ContractError)) throw error;
    return { refused: error.path === '(document)' ? '' : error.path };
  }
}

function shown(value: unknown): string {
  if (value === ABSENT) return 'missing';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

describe('the JSON Schemas made from the zod schemas', () => {
  let schemas: Record<string, Schema>;

  before(async () => {
    schemas = (await executeServerCommand('json-schemas')) as Record<string, Schema>;
  });

  it('describe each document with an $id, a title and a description, in draft 2020-12', () => {
    for (const file of Object.values(FILES)) {
      expect(schemas[file].$schema, file).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(schemas[file].$id, file).to.match(/^urn:sparkpulse:contract:1:/);
      expect(schemas[file].title, file).to.be.a('string');
      expect(schemas[file].description, file).to.be.a('string');
    }
  });

  it('say the slug pattern, the velocity range and the URL cap the reader refuses beyond', () => {
    const product = schemas[FILES.product].properties;
    expect(product.slug).to.include({ type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 100 });
    expect(product.velocity).to.include({ type: 'number', minimum: 0, maximum: 10 });
    expect(product.website).to.include({ type: 'string', format: 'uri', maxLength: 2048 });
    expect(product.sparks30d).to.include({ type: 'integer', minimum: 0 });
  });

  it('give only the defaults a producer may rely on, not the values a reader falls back to', () => {
    const defaults: [string, unknown][] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'default') defaults.push([path, value]);
        else visit(value, `${path}/${key}`);
      }
    };
    visit(schemas, '');
    expect(defaults).to.deep.equal([
      ['/index.schema.json/properties/language', 'en'],
      ['/product.schema.json/properties/language', 'en'],
      ['/product.schema.json/properties/activity/items/properties/spark', false],
      ['/summaries.schema.json/properties/language', 'en'],
      ['/activity.schema.json/properties/language', 'en'],
      ['/activity.schema.json/properties/items/items/properties/spark', false],
      ['/search.schema.json/properties/language', 'en'],
    ]);
  });

  it('allow the $schema field with which the sample documents name them', () => {
    for (const file of Object.values(FILES)) expect(schemas[file].properties.$schema, file).to.include({ type: 'string' });
  });
});

describe('the sample documents', () => {
  it('all pass their JSON Schema', async () => {
    const index = await sample('index.json');
    const products = await Promise.all((index.products as { slug: string }[]).map((p) => sample(`products/${p.slug}.json`)));
    expect(await validate('index', [index])).to.deep.equal([[]]);
    expect(await validate('product', products)).to.deep.equal(products.map(() => []));
  });

  it('published by sparkpulse build, all pass their JSON Schema: shards, pages, the search document and product documents with site and alternatives', async function () {
    this.timeout(30_000);
    const out = (await executeServerCommand<{ dir: string }, Record<string, never>>('cli-folder', {}))!.dir;
    expect((await cli('build', 'demo/endpoint', '--out', out))!.code).to.equal(0);
    const files = (await executeServerCommand<Record<string, string>, { dir: string }>('cli-files', { dir: out }))!;
    const of = (prefix: string) => Object.entries(files).filter(([path]) => path.startsWith(prefix)).map(([, text]) => JSON.parse(text) as Json);
    const [shards, pages, products] = [of('summaries/'), of('activity/'), of('products/')];
    expect(shards).to.have.length(4_096);
    expect(await validate('summaries', shards)).to.deep.equal(shards.map(() => []));
    expect(await validate('activity', pages)).to.deep.equal(pages.map(() => []));
    expect(await validate('product', products)).to.deep.equal(products.map(() => []));
    expect(await validate('search', [JSON.parse(files['search.json'])])).to.deep.equal([[]]);
  });

  it('name their schema by a path to dist/schema/ that resolves from where they are', async () => {
    const at = (document: string, json: Json) => new URL(json.$schema as string, new URL(`${SAMPLE}/${document}`, location.href)).pathname;
    expect(at('index.json', await sample('index.json'))).to.equal('/dist/schema/index.schema.json');
    expect(at('products/kafka.json', await sample('products/kafka.json'))).to.equal('/dist/schema/product.schema.json');
  });
});

/**
 * The reader and the JSON Schema agree on what is refused.
 *
 * The rule: the reader refuses a document exactly when the JSON Schema finds
 * an error at a core path (the document itself, `version`, the index's
 * `products`, a product's `slug`, `name` or `velocity`), and the reader's
 * refusal names one of the schema's error paths. Everywhere else the reader is
 * tolerant where the schema is strict: a bad list item is left out and a bad
 * optional field falls back, each with a warning; there the schema must flag
 * the path the reader warns about.
 *
 * What JSON Schema cannot say is listed after: invisible text, the reader's
 * clock, and the caps that cut or ignore rather than refuse.
 */
describe('the reader and the JSON Schema', () => {
  const CORE: Record<Kind, string[]> = { index: ['', 'version', 'products'], product: ['', 'version', 'slug', 'name', 'velocity'] };
  const originals: Partial<Record<Kind, Json>> = {};

  before(async () => {
    [originals.index, originals.product] = await Promise.all([sample('index.json'), sample('products/kafka.json')]);
  });

  /** The sample of `kind` with `value` at `path`, or a whole document in place of it when path is ''. */
  const broken = (kind: Kind, path: string, value: unknown) => (path === '' ? value : withValue(originals[kind]!, path, value));

  const refused: [Kind, string, unknown][] = [
    ['index', '', ['not', 'an', 'object']],
    ['index', 'version', 2],
    ['index', 'version', '1'],
    ['index', 'version', ABSENT],
    ['index', 'products', { kafka: {} }],
    ['index', 'products', ABSENT],
    ['product', '', null],
    ['product', 'version', 0],
    ['product', 'slug', 'Kafka'],
    ['product', 'slug', 'k'.repeat(101)],
    ['product', 'name', ABSENT],
    ['product', 'name', ''],
    ['product', 'velocity', 11],
    ['product', 'velocity', '5'],
  ];

  const tolerated: [Kind, string, unknown][] = [
    ['index', 'language', 'en_US'],
    ['index', 'site', 'sparkpulse.example'],
    ['index', 'site.url', 'javascript:alert(1)'],
    ['index', 'site.productUrl', '/products/{slug}'],
    ['index', 'site.alternativesUrl', 'ftp://x/{slug}'],
    ['index', 'products[1]', 'linkerd'],
    ['index', 'products[1].slug', 'Linkerd'],
    ['index', 'products[1].name', ABSENT],
    ['index', 'products[1].velocity', 11],
    ['index', 'products[1].sparks30d', 1.5],
    ['product', 'sector', ''],
    ['product', 'themes', 'streaming'],
    ['product', 'themes[1]', 42],
    ['product', 'lastEditorialUpdate', '2026-05-24'],
    ['product', 'website', 'https://user:password@kafka.apache.org/'],
    ['product', 'logo', 'data:image/png;base64,AAAA'],
    ['product', 'editorial.heading', 7],
    ['product', 'activity[2].date', 'yesterday'],
    ['product', 'activity[2].date', '2026-02-30T00:00:00Z'],
    ['product', 'activity[2].title', ABSENT],
    ['product', 'activity[2].url', '/blog/post'],
    ['product', 'activity[2].spark', 'yes'],
  ];

  for (const [kind, path, value] of refused) {
    it(`both refuse the ${kind} document when ${path || 'the document'} is ${shown(value)}`, async () => {
      const json = broken(kind, path, value);
      const [findings] = await validate(kind, [json]);
      const verdict = readerVerdict(kind, json);
      expect(verdict, 'the reader').to.deep.equal({ refused: path });
      expect(findings.map((f) => f.path), 'the schema’s error paths').to.include(path);
    });
  }

  for (const [kind, path, value] of tolerated) {
    it(`in the ${kind} document, the schema flags ${path} = ${shown(value)} and the reader warns there, reading the rest`, async () => {
      const json = broken(kind, path, value);
      const [findings] = await validate(kind, [json]);
      const verdict = readerVerdict(kind, json);
      expect(verdict, 'the reader').to.have.property('warned').that.includes(path);
      expect(findings.map((f) => f.path), 'the schema’s error paths').to.include(path);
      expect(findings.filter((f) => CORE[kind].includes(f.path)), 'errors at a core path').to.deep.equal([]);
    });
  }

  describe('where JSON Schema cannot say what the reader checks', () => {
    it('passes a name of invisible characters, which the reader refuses as blank', async () => {
      const json = withValue(originals.product!, 'name', '\u200B\u2800');
      expect(await validate('product', [json])).to.deep.equal([[]]);
      expect(readerVerdict('product', json)).to.deep.equal({ refused: 'name' });
    });

    it('passes an activity item dated a week ahead, which the reader leaves out by its clock', async () => {
      const ahead = new Date(Date.now() + 7 * 86_400_000).toISOString();
      const json = withValue(originals.product!, 'activity[0].date', ahead);
      expect(await validate('product', [json])).to.deep.equal([[]]);
      expect(readerVerdict('product', json)).to.deep.equal({ warned: ['activity[0].date'] });
    });

    it('passes a name over its cap, which the reader cuts with a warning', async () => {
      const json = withValue(originals.product!, 'name', 'K'.repeat(300));
      expect(await validate('product', [json])).to.deep.equal([[]]);
      expect(readerVerdict('product', json)).to.deep.equal({ warned: ['name'] });
    });

    it('passes more than 20 themes, of which the reader reads 20 with a warning', async () => {
      const json = withValue(originals.product!, 'themes', Array.from({ length: 21 }, (_, i) => `theme-${i}`));
      expect(await validate('product', [json])).to.deep.equal([[]]);
      expect(readerVerdict('product', json)).to.deep.equal({ warned: ['themes'] });
    });
  });

  describe('where the JSON Schema is stricter than the reader', () => {
    it('flags a URL written without "//", which the reader takes as its normalised href', async () => {
      const json = withValue(originals.product!, 'website', 'https:kafka.apache.org/');
      expect((await validate('product', [json]))[0].map((f) => f.path)).to.deep.equal(['website']);
      expect(readerVerdict('product', json)).to.deep.equal({ warned: [] });
    });

    it('flags a date-time without seconds, which the reader takes', async () => {
      const json = withValue(originals.product!, 'lastEditorialUpdate', '2026-05-24T00:00Z');
      expect((await validate('product', [json]))[0].map((f) => f.path)).to.deep.equal(['lastEditorialUpdate']);
      expect(readerVerdict('product', json)).to.deep.equal({ warned: [] });
    });
  });
});

/** The same rule, on the documents of the published form that `sparkpulse build` writes. */
describe('the reader and the JSON Schema, on the published documents', () => {
  const SITE = { name: 'Sparkpulse', url: 'https://sparkpulse.example/', productUrl: 'https://sparkpulse.example/products/{slug}', compareUrl: 'https://sparkpulse.example/compare/{a}-vs-{b}' };
  const KAFKA = { slug: 'kafka', name: 'Apache Kafka', sector: 'DevOps', velocity: 5, sparks30d: 0 };
  const ITEM = { date: '2026-05-20T00:00:00Z', title: 'Kafka 4.3.0', url: 'https://kafka.apache.org/blog', spark: false };
  const originals: Record<Published, Json> = {
    summaries: { version: 1, kind: 'summaries', language: 'en', site: SITE, shard: '0d3', products: [KAFKA] },
    activity: { version: 1, kind: 'activity', slug: 'kafka', name: 'Apache Kafka', page: 1, pages: 1, items: [ITEM] },
    search: { version: 1, kind: 'search', language: 'en', site: SITE, prefix: 'k', matches: 2, next: ['a'], products: [{ slug: 'kafka', name: 'Apache Kafka', sector: 'DevOps', velocity: 5 }] },
  };
  const CORE: Record<Published, string[]> = { summaries: ['', 'version', 'kind', 'shard', 'products'], activity: ['', 'version', 'kind', 'slug', 'name', 'page', 'pages', 'items'],
    search: ['', 'version', 'kind', 'prefix', 'matches', 'products'],
  };

  it('both pass the documents as build writes them', async () => {
    for (const kind of ['summaries', 'activity', 'search'] as const) {
      expect(await validate(kind, [originals[kind]]), kind).to.deep.equal([[]]);
      expect(readerVerdict(kind, originals[kind]), kind).to.deep.equal({ warned: [] });
    }
  });

  const refused: [Published, string, unknown][] = [
    ['summaries', 'kind', 'activity'],
    ['summaries', 'kind', ABSENT],
    ['summaries', 'shard', '0D3'],
    ['summaries', 'products', { kafka: KAFKA }],
    ['activity', 'kind', 'summaries'],
    ['activity', 'slug', 'Kafka'],
    ['activity', 'page', 0],
    ['activity', 'pages', 1.5],
    ['activity', 'items', ABSENT],
    ['search', 'kind', 'summaries'],
    ['search', 'prefix', 'K'],
    ['search', 'prefix', 'kafka streams'],
    ['search', 'matches', -1],
    ['search', 'products', ABSENT],
  ];
  const tolerated: [Published, string, unknown][] = [
    ['summaries', 'site.url', 'javascript:alert(1)'],
    ['summaries', 'products[0].velocity', 11],
    ['summaries', 'products[0].sector', ''],
    ['activity', 'language', 'en_US'],
    ['activity', 'items[0].date', 'yesterday'],
    ['activity', 'items[0].url', '/blog/post'],
    ['search', 'next[0]', 'kkk'],
    ['search', 'products[0].velocity', 11],
  ];

  for (const [kind, path, value] of refused) {
    it(`both refuse the ${kind} document when ${path} is ${shown(value)}`, async () => {
      const json = withValue(originals[kind], path, value);
      const [findings] = await validate(kind, [json]);
      expect(readerVerdict(kind, json), 'the reader').to.deep.equal({ refused: path });
      expect(findings.map((f) => f.path), 'the schema’s error paths').to.include(path);
    });
  }

  for (const [kind, path, value] of tolerated) {
    it(`in the ${kind} document, the schema flags ${path} = ${shown(value)} and the reader warns there, reading the rest`, async () => {
      const json = withValue(originals[kind], path, value);
      const [findings] = await validate(kind, [json]);
      expect(readerVerdict(kind, json), 'the reader').to.have.property('warned').that.includes(path);
      expect(findings.map((f) => f.path), 'the schema’s error paths').to.include(path);
      expect(findings.filter((f) => CORE[kind].includes(f.path)), 'errors at a core path').to.deep.equal([]);
    });
  }
});
