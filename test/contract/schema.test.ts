import { expect } from '@open-wc/testing';
import { IndexSchema, ProductSchema } from '../../src/contract/schema.js';
import { ContractError, formatPath, parseDocument } from '../../src/contract/validate.js';

type Json = Record<string, unknown>;
type Segment = string | number;

const SAMPLE = '/demo/endpoint';
/** Stands for a field that is left out. */
const ABSENT = Symbol('absent');

async function sample(document: string): Promise<Json> {
  const response = await fetch(`${SAMPLE}/${document}`);
  expect(response.ok, `${document} is served`).to.be.true;
  return (await response.json()) as Json;
}

/** `products[2].velocity` → ['products', 2, 'velocity']. */
function segments(path: string): Segment[] {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]));
}

function at(doc: unknown, path: readonly Segment[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<Segment, unknown>)[key], doc);
}

/** A deep copy of `doc` with the value at `path` replaced, or removed when `value` is ABSENT. */
function withValue(doc: Json, path: string, value: unknown): Json {
  const copy = structuredClone(doc);
  const keys = segments(path);
  const parent = at(copy, keys.slice(0, -1)) as Record<Segment, unknown>;
  const last = keys[keys.length - 1];
  if (value === ABSENT) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** Runs `parse` and returns the ContractError it throws. */
function contractErrorOf(parse: () => unknown): ContractError {
  try {
    parse();
  } catch (error) {
    expect(error).to.be.instanceOf(ContractError);
    return error as ContractError;
  }
  expect.fail('expected a ContractError, but the document was accepted');
}

interface BadCase {
  /** Where the wrong value goes, and the path the error must name. */
  path: string;
  /** The wrong value, or a function of the valid one. */
  value: unknown;
  /** How the case is named when the value alone does not say it. */
  label?: string;
}

function nameOf({ path, value, label }: BadCase): string {
  const shown = label ?? (value === ABSENT ? 'missing' : JSON.stringify(value));
  return `rejects a wrong ${path}: ${shown}`;
}

function resolve(doc: Json, { path, value }: BadCase): unknown {
  return typeof value === 'function' ? (value as (current: unknown) => unknown)(at(doc, segments(path))) : value;
}

const badIndex: BadCase[] = [
  { path: 'version', value: 2 },
  { path: 'version', value: '1' },
  { path: 'version', value: ABSENT },
  { path: 'generatedAt', value: 'yesterday' },
  { path: 'generatedAt', value: '2026-06-15' },
  { path: 'site', value: ABSENT },
  { path: 'site.name', value: '' },
  { path: 'site.name', value: ABSENT },
  { path: 'site.url', value: 'not a url' },
  { path: 'site.url', value: 'javascript:alert(1)' },
  { path: 'site.productUrl', value: 'ftp://x/{slug}' },
  { path: 'site.productUrl', value: '/products/{slug}' },
  { path: 'site.compareUrl', value: 'javascript:alert(1)' },
  { path: 'site.compareUrl', value: 42 },
  { path: 'products', value: {} },
  { path: 'products[2]', value: 'argo-cd' },
  { path: 'products[2].slug', value: 'Argo-CD' },
  { path: 'products[2].slug', value: 'argo cd' },
  { path: 'products[2].name', value: '' },
  { path: 'products[2].sector', value: ABSENT },
  { path: 'products[2].velocity', value: -1 },
  { path: 'products[2].velocity', value: 10.5 },
  { path: 'products[2].velocity', value: '5' },
  { path: 'products[2].sparks30d', value: -1 },
  { path: 'products[2].sparks30d', value: 1.5 },
];

const badProduct: BadCase[] = [
  { path: 'version', value: 2 },
  { path: 'slug', value: 'Kafka' },
  { path: 'slug', value: 'apache kafka' },
  { path: 'slug', value: 'kafka-' },
  { path: 'name', value: '' },
  { path: 'name', value: ABSENT },
  { path: 'sector', value: '' },
  { path: 'velocity', value: -1 },
  { path: 'velocity', value: 10.5 },
  { path: 'velocity', value: '5' },
  { path: 'sparks30d', value: -1 },
  { path: 'sparks30d', value: 1.5 },
  { path: 'themes', value: 'streaming' },
  { path: 'themes[1]', value: '' },
  { path: 'lastEditorialUpdate', value: '2026-05-24' },
  { path: 'lastEditorialUpdate', value: 'yesterday' },
  { path: 'lastEditorialUpdate', value: '2026-05-24T00:00:00', label: 'a time without a zone' },
  { path: 'website', value: 'javascript:alert(1)' },
  { path: 'website', value: 'ftp://x' },
  { path: 'website', value: '/x' },
  { path: 'logo', value: 'logo.png' },
  { path: 'logo', value: 'javascript:alert(1)' },
  { path: 'headline', value: '' },
  { path: 'summary', value: ABSENT },
  { path: 'editorial', value: ABSENT },
  { path: 'editorial.currentState', value: '' },
  { path: 'editorial.heading', value: ABSENT },
  { path: 'editorial.heading', value: 7 },
  { path: 'editorial.prediction', value: '' },
  { path: 'activity', value: (items: unknown[]) => Array.from({ length: 201 }, (_, i) => items[i % items.length]), label: '201 items' },
  { path: 'activity', value: null },
  { path: 'activity[0].date', value: 'yesterday' },
  { path: 'activity[0].date', value: '2026-05-20' },
  { path: 'activity[0].date', value: '2026-02-30T00:00:00Z', label: 'February 30th' },
  { path: 'activity[0].title', value: '' },
  { path: 'activity[0].url', value: 'javascript:alert(1)' },
  { path: 'activity[0].url', value: '/blog/post' },
  { path: 'activity[0].spark', value: 'yes' },
  { path: 'activity[0].spark', value: ABSENT },
  { path: 'activity[3].date', value: 1747699200000 },
];

describe('formatPath', () => {
  it('writes array indexes in brackets and keys after dots', () => {
    expect(formatPath(['products', 2, 'velocity'])).to.equal('products[2].velocity');
  });

  it('writes a nested object path with dots', () => {
    expect(formatPath(['editorial', 'heading'])).to.equal('editorial.heading');
  });

  it('names the whole document when the path is empty', () => {
    expect(formatPath([])).to.equal('(document)');
  });
});

describe('IndexSchema', () => {
  let index: Json;

  before(async () => {
    index = await sample('index.json');
  });

  it('accepts the sample index.json', () => {
    const parsed = parseDocument(IndexSchema, index, 'index.json');
    expect(parsed.products.map((p) => p.slug)).to.include.members(['kafka', 'linkerd']);
  });

  it('accepts a generatedAt with a +02:00 offset', () => {
    const parsed = parseDocument(IndexSchema, withValue(index, 'generatedAt', '2026-06-15T02:00:00+02:00'), 'index.json');
    expect(parsed.generatedAt).to.equal('2026-06-15T02:00:00+02:00');
  });

  it('accepts an empty product list', () => {
    expect(parseDocument(IndexSchema, withValue(index, 'products', []), 'index.json').products).to.deep.equal([]);
  });

  it('accepts and drops an unknown top-level field', () => {
    const parsed = parseDocument(IndexSchema, withValue(index, 'futureField', 'x'), 'index.json');
    expect(parsed).not.to.have.property('futureField');
    expect(parsed).not.to.have.property('sample');
  });

  it('accepts and drops an unknown field in site', () => {
    const parsed = parseDocument(IndexSchema, withValue(index, 'site.logo', 'https://x/'), 'index.json');
    expect(parsed.site).not.to.have.property('logo');
    expect(parsed.site.name).to.equal('Sparkpulse');
  });

  it('accepts and drops an unknown field in a product summary', () => {
    const parsed = parseDocument(IndexSchema, withValue(index, 'products[0].stars', 31000), 'index.json');
    expect(parsed.products[0]).not.to.have.property('stars');
    expect(parsed.products[0].slug).to.equal('kafka');
  });

  for (const bad of badIndex) {
    it(nameOf(bad), () => {
      const doc = withValue(index, bad.path, resolve(index, bad));
      const error = contractErrorOf(() => parseDocument(IndexSchema, doc, 'index.json'));
      expect(error.path).to.equal(bad.path);
      expect(error.document).to.equal('index.json');
      expect(error.message).to.contain('index.json');
      expect(error.message).to.contain(bad.path);
    });
  }
});

describe('ProductSchema', () => {
  let index: Json;
  let kafka: Json;

  before(async () => {
    [index, kafka] = await Promise.all([sample('index.json'), sample('products/kafka.json')]);
  });

  it('accepts every sample product document listed in the index', async () => {
    const slugs = (index.products as { slug: string }[]).map((p) => p.slug);
    expect(slugs).to.have.length.greaterThan(0);
    for (const slug of slugs) {
      const document = `products/${slug}.json`;
      const parsed = parseDocument(ProductSchema, await sample(document), document);
      expect(parsed.slug, document).to.equal(slug);
    }
  });

  it('accepts a product without a logo', () => {
    const parsed = parseDocument(ProductSchema, withValue(kafka, 'logo', ABSENT), 'products/kafka.json');
    expect(parsed.logo).to.be.undefined;
  });

  it('accepts a product with an https logo', () => {
    const logo = 'https://kafka.apache.org/logo.svg';
    expect(parseDocument(ProductSchema, withValue(kafka, 'logo', logo), 'products/kafka.json').logo).to.equal(logo);
  });

  it('accepts an activity date with a +02:00 offset', () => {
    const doc = withValue(kafka, 'activity[0].date', '2026-05-20T02:00:00+02:00');
    expect(parseDocument(ProductSchema, doc, 'products/kafka.json').activity[0].date).to.equal('2026-05-20T02:00:00+02:00');
  });

  it('accepts exactly 200 activity items', () => {
    const items = kafka.activity as unknown[];
    const doc = withValue(kafka, 'activity', Array.from({ length: 200 }, (_, i) => items[i % items.length]));
    expect(parseDocument(ProductSchema, doc, 'products/kafka.json').activity).to.have.length(200);
  });

  it('accepts and drops an unknown top-level field', () => {
    const parsed = parseDocument(ProductSchema, withValue(kafka, 'githubStars', 31000), 'products/kafka.json');
    expect(parsed).not.to.have.property('githubStars');
    expect(parsed).not.to.have.property('sample');
  });

  it('accepts and drops an unknown field in an activity item', () => {
    const parsed = parseDocument(ProductSchema, withValue(kafka, 'activity[0].author', 'someone'), 'products/kafka.json');
    expect(parsed.activity[0]).not.to.have.property('author');
    expect(parsed.activity[0].title).to.equal('Apache Kafka 4.2.1 Release Announcement');
  });

  for (const bad of badProduct) {
    it(nameOf(bad), () => {
      const doc = withValue(kafka, bad.path, resolve(kafka, bad));
      const error = contractErrorOf(() => parseDocument(ProductSchema, doc, 'products/kafka.json'));
      expect(error.path).to.equal(bad.path);
      expect(error.document).to.equal('products/kafka.json');
      expect(error.message).to.contain('products/kafka.json');
      expect(error.message).to.contain(bad.path);
    });
  }
});

describe('ContractError', () => {
  it('is an Error named ContractError that says what is wrong', () => {
    const error = new ContractError('index.json', 'products[2].velocity', 'must be at most 10');
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('ContractError');
    expect(error.message).to.equal('index.json does not match the contract at products[2].velocity: must be at most 10');
  });
});
