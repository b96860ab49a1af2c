import { expect } from '@open-wc/testing';
import { ContractError, Reader, readIndex, readProduct, type Index, type Product } from '../../src/contract/index.js';

type Json = Record<string, unknown>;
type Segment = string | number;

const SAMPLE = '/demo/endpoint';
const INDEX = 'index.json';
const KAFKA = 'products/kafka.json';
/** Stands for a field that is left out. */
const ABSENT = Symbol('absent');
/** The documented cap: at most this many activity items in a product. index.json has none. */
const MAX_ACTIVITY = 1_000;
const MARKUP = '<img src=x onerror="window.__pwned=1">';

async function sample(document: string): Promise<Json> {
  const response = await fetch(`${SAMPLE}/${document}`);
  expect(response.ok, `${document} is served`).to.be.true;
  return (await response.json()) as Json;
}

function readIndexDocument(json: unknown): [Index, string[]] {
  return Reader.read(INDEX, json, readIndex);
}

function readKafka(json: unknown): [Product, string[]] {
  return Reader.read(KAFKA, json, readProduct);
}

/** `products[2].velocity` → ['products', 2, 'velocity']. */
function segments(path: string): Segment[] {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]));
}

function at(doc: unknown, path: string | readonly Segment[]): unknown {
  const keys = typeof path === 'string' ? segments(path) : path;
  return keys.reduce<unknown>((node, key) => (node as Record<Segment, unknown>)[key], doc);
}

/** A deep copy of `doc` with the value at `path` replaced, or removed when `value` is ABSENT. */
function withValue<T>(doc: T, path: string, value: unknown): T {
  const copy = structuredClone(doc);
  const keys = segments(path);
  const parent = at(copy, keys.slice(0, -1)) as Record<Segment, unknown>;
  const last = keys[keys.length - 1];
  if (value === ABSENT) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** A deep copy of `doc` without the list item at `itemPath`, e.g. `activity[3]`. */
function withoutItem<T>(doc: T, itemPath: string): T {
  const copy = structuredClone(doc);
  const [, listPath, index] = /^(.*)\[(\d+)\]$/.exec(itemPath)!;
  (at(copy, listPath) as unknown[]).splice(Number(index), 1);
  return copy;
}

/** The list item a path lies in: `activity[3].title` → `activity[3]`. */
function itemOf(path: string): string {
  return /^.*?\[\d+\]/.exec(path)![0];
}

/**
 * `doc` as JSON text with a `"__proto__"` key added to the object at `path`
 * ('' for the top level), parsed back. Like `response.json()`, JSON.parse makes
 * that key an own property; assigning it in code would change the prototype.
 */
function withProtoKey(doc: Json, path: string, proto: unknown): Json {
  const marker = '__proto_key_marker__';
  const text = JSON.stringify(withValue(doc, path ? `${path}.${marker}` : marker, 0));
  const parsed = JSON.parse(text.replace(`"${marker}":0`, `"__proto__":${JSON.stringify(proto)}`)) as Json;
  const holder = (path ? at(parsed, path) : parsed) as object;
  expect(Object.prototype.hasOwnProperty.call(holder, '__proto__'), 'the fixture has an own __proto__ key').to.be.true;
  return parsed;
}

/** Runs `read` and returns the ContractError it throws. */
function contractErrorOf(read: () => unknown): ContractError {
  try {
    read();
  } catch (error) {
    expect(error).to.be.instanceOf(ContractError);
    return error as ContractError;
  }
  expect.fail('expected a ContractError, but the document was read');
}

/** The path a warning names: `products/kafka.json activity[3].title: …` → `activity[3].title`. */
function pathOf(warning: string, document: string): string {
  expect(warning.startsWith(`${document} `), `"${warning}" starts with ${document}`).to.be.true;
  return warning.slice(document.length + 1, warning.indexOf(': '));
}

function expectOneWarningAt(warnings: string[], document: string, path: string): void {
  expect(warnings, 'the warnings').to.have.length(1);
  expect(pathOf(warnings[0], document)).to.equal(path);
}

function expectNoPathWarnedTwice(warnings: string[], document: string): void {
  const paths = warnings.map((warning) => pathOf(warning, document));
  expect(paths).to.deep.equal([...new Set(paths)]);
}

function shown(value: unknown): string {
  if (value === ABSENT) return 'missing';
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

/**
 * What a field reads as after falling back: `fallback`, except that a field
 * falling back to nothing is left out when the document left it out, and
 * present as undefined when the document had a bad value there.
 */
function fallen(value: unknown, fallback: unknown): unknown {
  return value === ABSENT && fallback === undefined ? ABSENT : fallback;
}

interface Change {
  /** Where the wrong value goes. */
  path: string;
  /** The wrong value, or ABSENT to leave the field out. */
  value: unknown;
}

interface Fallback extends Change {
  /** What the reader gives instead. */
  fallback: unknown;
}

const NOT_OBJECTS = [null, [], 'index', 1, true];

const indexCoreFailures: Change[] = [
  { path: 'version', value: 2 },
  { path: 'version', value: '1' },
  { path: 'version', value: null },
  { path: 'version', value: ABSENT },
  { path: 'products', value: {} },
  { path: 'products', value: 'kafka' },
  { path: 'products', value: null },
  { path: 'products', value: ABSENT },
];

const indexItemDrops: Change[] = [
  { path: 'products[2]', value: 'argo-cd' },
  { path: 'products[2]', value: null },
  { path: 'products[2]', value: [] },
  { path: 'products[2].slug', value: 'Argo-CD' },
  { path: 'products[2].slug', value: 'argo cd' },
  { path: 'products[2].slug', value: 'argo-' },
  { path: 'products[2].slug', value: 'a'.repeat(101) },
  { path: 'products[2].slug', value: ABSENT },
  { path: 'products[2].name', value: '' },
  { path: 'products[2].name', value: '   ' },
  { path: 'products[2].name', value: '\u200B\uFEFF' },
  { path: 'products[2].name', value: 42 },
  { path: 'products[2].name', value: ABSENT },
  { path: 'products[2].velocity', value: -1 },
  { path: 'products[2].velocity', value: 10.5 },
  { path: 'products[2].velocity', value: '5' },
  { path: 'products[2].velocity', value: null },
  { path: 'products[2].velocity', value: ABSENT },
];

const indexFallbacks: Fallback[] = [
  { path: 'site.name', value: '', fallback: 'Sparkpulse' },
  { path: 'site.name', value: 42, fallback: 'Sparkpulse' },
  { path: 'site.name', value: ABSENT, fallback: 'Sparkpulse' },
  { path: 'site.url', value: 'not a url', fallback: undefined },
  { path: 'site.url', value: 'javascript:alert(1)', fallback: undefined },
  { path: 'site.url', value: ABSENT, fallback: undefined },
  { path: 'site.productUrl', value: 'ftp://x/{slug}', fallback: undefined },
  { path: 'site.productUrl', value: '/products/{slug}', fallback: undefined },
  { path: 'site.productUrl', value: 'javascript:window.__pwned=1//{slug}', fallback: undefined },
  { path: 'site.compareUrl', value: 'javascript:alert(1)', fallback: undefined },
  { path: 'site.compareUrl', value: 42, fallback: undefined },
  { path: 'products[2].sector', value: '', fallback: '' },
  { path: 'products[2].sector', value: ABSENT, fallback: '' },
  { path: 'products[2].sparks30d', value: -1, fallback: undefined },
  { path: 'products[2].sparks30d', value: 1.5, fallback: undefined },
  { path: 'products[2].sparks30d', value: '3', fallback: undefined },
  { path: 'products[2].sparks30d', value: ABSENT, fallback: undefined },
];

const productCoreFailures: Change[] = [
  { path: 'version', value: 2 },
  { path: 'version', value: ABSENT },
  { path: 'slug', value: 'Kafka' },
  { path: 'slug', value: 'apache kafka' },
  { path: 'slug', value: 'kafka-' },
  { path: 'slug', value: 7 },
  { path: 'slug', value: ABSENT },
  { path: 'name', value: '' },
  { path: 'name', value: ' \n ' },
  { path: 'name', value: '\u200B' },
  { path: 'name', value: '\u2800\u3164' },
  { path: 'name', value: '\u202E\u2066' },
  { path: 'name', value: ['Apache Kafka'] },
  { path: 'name', value: ABSENT },
  { path: 'velocity', value: -1 },
  { path: 'velocity', value: 10.5 },
  { path: 'velocity', value: '5' },
  { path: 'velocity', value: ABSENT },
];

const productItemDrops: Change[] = [
  { path: 'activity[3]', value: 'not an item' },
  { path: 'activity[3]', value: null },
  { path: 'activity[3]', value: [] },
  { path: 'activity[3].date', value: 'yesterday' },
  { path: 'activity[3].date', value: '2026-05-20' },
  { path: 'activity[3].date', value: '2026-05-20T00:00:00' },
  { path: 'activity[3].date', value: 1747699200000 },
  { path: 'activity[3].date', value: ABSENT },
  { path: 'activity[3].date', value: '9999-12-31T00:00:00Z' },
  { path: 'activity[3].title', value: '' },
  { path: 'activity[3].title', value: 42 },
  { path: 'activity[3].title', value: ABSENT },
  { path: 'themes[1]', value: '' },
  { path: 'themes[1]', value: '\u3164' },
  { path: 'themes[1]', value: 42 },
  { path: 'themes[1]', value: null },
];

const productFallbacks: Fallback[] = [
  { path: 'sector', value: '', fallback: '' },
  { path: 'sector', value: '\u115F\u1160\uFFA0', fallback: '' },
  { path: 'sector', value: ABSENT, fallback: '' },
  { path: 'sparks30d', value: -1, fallback: undefined },
  { path: 'sparks30d', value: 1.5, fallback: undefined },
  { path: 'sparks30d', value: ABSENT, fallback: undefined },
  { path: 'themes', value: 'streaming', fallback: [] },
  { path: 'themes', value: ABSENT, fallback: [] },
  { path: 'lastEditorialUpdate', value: '2026-05-24', fallback: undefined },
  { path: 'lastEditorialUpdate', value: 'yesterday', fallback: undefined },
  { path: 'lastEditorialUpdate', value: '2026-05-24T00:00:00', fallback: undefined },
  { path: 'lastEditorialUpdate', value: ABSENT, fallback: undefined },
  { path: 'website', value: 'javascript:alert(1)', fallback: undefined },
  { path: 'website', value: 'ftp://x', fallback: undefined },
  { path: 'website', value: '/x', fallback: undefined },
  { path: 'website', value: ABSENT, fallback: undefined },
  { path: 'logo', value: 'logo.png', fallback: undefined },
  { path: 'logo', value: 'javascript:alert(1)', fallback: undefined },
  { path: 'logo', value: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>', fallback: undefined },
  { path: 'headline', value: '', fallback: '' },
  { path: 'headline', value: ABSENT, fallback: '' },
  { path: 'headline', value: '\u0000\u180E\u2060', fallback: '' },
  { path: 'summary', value: 7, fallback: '' },
  { path: 'summary', value: ABSENT, fallback: '' },
  { path: 'editorial.currentState', value: '', fallback: '' },
  { path: 'editorial.heading', value: 7, fallback: '' },
  { path: 'editorial.heading', value: ABSENT, fallback: '' },
  { path: 'editorial.prediction', value: ABSENT, fallback: '' },
  { path: 'activity', value: null, fallback: [] },
  { path: 'activity', value: {}, fallback: [] },
  { path: 'activity', value: ABSENT, fallback: [] },
  { path: 'activity[0].url', value: 'javascript:alert(1)', fallback: undefined },
  { path: 'activity[0].url', value: '/blog/post', fallback: undefined },
  { path: 'activity[0].url', value: ABSENT, fallback: undefined },
  { path: 'activity[0].spark', value: 'yes', fallback: false },
  { path: 'activity[0].spark', value: 1, fallback: false },
];

describe('readIndex', () => {
  let index: Json;
  let sampleIndex: Index;

  before(async () => {
    index = await sample(INDEX);
    [sampleIndex] = readIndexDocument(index);
  });

  it('reads the sample index.json with no warnings', () => {
    const [read, warnings] = readIndexDocument(index);
    expect(warnings).to.deep.equal([]);
    expect(read.products.map((p) => p.slug)).to.deep.equal((index.products as Json[]).map((p) => p.slug));
    expect(read.site).to.deep.equal(index.site);
  });

  it('reads an empty product list with no warnings', () => {
    const [read, warnings] = readIndexDocument(withValue(index, 'products', []));
    expect(read.products).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('ignores generatedAt, which no widget shows, whatever its value', () => {
    const [read, warnings] = readIndexDocument(withValue(index, 'generatedAt', 'yesterday'));
    expect(read).to.not.have.property('generatedAt');
    expect(warnings).to.deep.equal([]);
  });

  it('keeps velocities at the ends of the scale, 0 and 10', () => {
    const doc = withValue(withValue(index, 'products[0].velocity', 0), 'products[1].velocity', 10);
    const [read, warnings] = readIndexDocument(doc);
    expect(read.products.slice(0, 2).map((p) => p.velocity)).to.deep.equal([0, 10]);
    expect(warnings).to.deep.equal([]);
  });

  it('ignores unknown fields at the top level, in site and in a product summary', () => {
    let doc = withValue(index, 'futureField', 'x');
    doc = withValue(doc, 'site.logo', 'https://x/');
    doc = withValue(doc, 'products[0].stars', 31000);
    const [read, warnings] = readIndexDocument(doc);
    expect(read).to.deep.equal(sampleIndex);
    expect(read).not.to.have.property('futureField');
    expect(read).not.to.have.property('sample');
    expect(warnings).to.deep.equal([]);
  });

  for (const value of NOT_OBJECTS) {
    it(`fails the whole index.json at (document) when the document is ${shown(value)}`, () => {
      const error = contractErrorOf(() => readIndexDocument(value));
      expect(error.document).to.equal(INDEX);
      expect(error.path).to.equal('(document)');
    });
  }

  for (const { path, value } of indexCoreFailures) {
    it(`fails the whole index.json at ${path} when it is ${shown(value)}`, () => {
      const error = contractErrorOf(() => readIndexDocument(withValue(index, path, value)));
      expect(error.document).to.equal(INDEX);
      expect(error.path).to.equal(path);
      expect(error.message).to.contain(`${INDEX} does not match the contract at ${path}: `);
    });
  }

  for (const { path, value } of indexItemDrops) {
    it(`leaves out ${itemOf(path)} with a warning at ${path} when it is ${shown(value)}, keeping the others`, () => {
      const [read, warnings] = readIndexDocument(withValue(index, path, value));
      expect(read).to.deep.equal(withoutItem(sampleIndex, itemOf(path)));
      expectOneWarningAt(warnings, INDEX, path);
      expect(warnings[0]).to.contain(`${itemOf(path)} is left out`);
    });
  }

  for (const { path, value, fallback } of indexFallbacks) {
    it(`falls back to ${shown(fallback)} with a warning when ${path} is ${shown(value)}`, () => {
      const [read, warnings] = readIndexDocument(withValue(index, path, value));
      expect(read).to.deep.equal(withValue(sampleIndex, path, fallen(value, fallback)));
      expectOneWarningAt(warnings, INDEX, path);
    });
  }

  it('says a missing optional field was found to be nothing', () => {
    const [, warnings] = readIndexDocument(withValue(index, 'site.url', ABSENT));
    expect(warnings).to.deep.equal([
      'index.json site.url: expected an absolute http(s) URL without credentials (missing)',
    ]);
  });

  it('falls back to the default site, warning about site, when site is not an object', () => {
    const [read, warnings] = readIndexDocument(withValue(index, 'site', 'sparkpulse.example'));
    expect(read.site).to.deep.equal({ name: 'Sparkpulse' });
    expect(read.products).to.deep.equal(sampleIndex.products);
    expect(warnings.map((w) => pathOf(w, INDEX))).to.include('site');
    expectNoPathWarnedTwice(warnings, INDEX);
  });

  it('reads every product of a 6,000-product index, the 6,000th included, with no warning: no cap calls a product "not tracked"', () => {
    const products = Array.from({ length: 6_000 }, (_, i) => ({ ...(index.products as Json[])[0], slug: `product-${i + 1}` }));
    const [read, warnings] = readIndexDocument(withValue(index, 'products', products));
    expect(read.products).to.have.length(6_000);
    expect(read.products.at(-1)!.slug).to.equal('product-6000');
    expect(warnings).to.deep.equal([]);
  });

  it('gives back markup in a product name as the same literal text', () => {
    const [read, warnings] = readIndexDocument(withValue(index, 'products[0].name', MARKUP));
    expect(read.products[0].name).to.equal(MARKUP);
    expect(warnings).to.deep.equal([]);
  });
});

describe('readProduct', () => {
  let index: Json;
  let kafka: Json;
  let sampleKafka: Product;

  before(async () => {
    [index, kafka] = await Promise.all([sample(INDEX), sample(KAFKA)]);
    [sampleKafka] = readKafka(kafka);
  });

  it('reads every sample product document listed in the index with no warnings', async () => {
    const slugs = (index.products as { slug: string }[]).map((p) => p.slug);
    expect(slugs).to.have.length.greaterThan(0);
    for (const slug of slugs) {
      const document = `products/${slug}.json`;
      const json = await sample(document);
      const [read, warnings] = Reader.read(document, json, readProduct);
      expect(warnings, document).to.deep.equal([]);
      expect(read.slug, document).to.equal(slug);
      expect(read.activity, document).to.have.length((json.activity as unknown[]).length);
      expect(read.themes, document).to.deep.equal(json.themes);
    }
  });

  it('reads the sample kafka.json field for field', () => {
    expect(sampleKafka).to.deep.equal({
      version: 1,
      language: 'en',
      slug: kafka.slug,
      name: kafka.name,
      sector: kafka.sector,
      velocity: kafka.velocity,
      sparks30d: kafka.sparks30d,
      themes: kafka.themes,
      lastEditorialUpdate: kafka.lastEditorialUpdate,
      website: kafka.website,
      headline: kafka.headline,
      summary: kafka.summary,
      editorial: kafka.editorial,
      activity: kafka.activity,
    });
  });

  it('reads a product without a logo with no warning', () => {
    const [read, warnings] = readKafka(withValue(kafka, 'logo', ABSENT));
    expect(read.logo).to.be.undefined;
    expect(warnings).to.deep.equal([]);
  });

  it('keeps an https logo', () => {
    const logo = 'https://kafka.apache.org/logo.svg';
    const [read, warnings] = readKafka(withValue(kafka, 'logo', logo));
    expect(read.logo).to.equal(logo);
    expect(warnings).to.deep.equal([]);
  });

  it('reads an activity item without spark as not a spark, with no warning', () => {
    const [read, warnings] = readKafka(withValue(kafka, 'activity[0].spark', ABSENT));
    expect(read.activity[0].spark).to.be.false;
    expect(warnings).to.deep.equal([]);
  });

  it('keeps an activity item marked as a spark', () => {
    const [read] = readKafka(withValue(kafka, 'activity[0].spark', true));
    expect(read.activity[0].spark).to.be.true;
  });

  it('keeps an activity date with a +02:00 offset as written', () => {
    const [read, warnings] = readKafka(withValue(kafka, 'activity[0].date', '2026-05-20T02:00:00+02:00'));
    expect(read.activity[0].date).to.equal('2026-05-20T02:00:00+02:00');
    expect(warnings).to.deep.equal([]);
  });

  it('ignores unknown fields at the top level, in editorial and in an activity item', () => {
    let doc = withValue(kafka, 'githubStars', 31000);
    doc = withValue(doc, 'editorial.author', 'someone');
    doc = withValue(doc, 'activity[0].author', 'someone');
    const [read, warnings] = readKafka(doc);
    expect(read).to.deep.equal(sampleKafka);
    expect(read).not.to.have.property('sample');
    expect(warnings).to.deep.equal([]);
  });

  for (const value of NOT_OBJECTS) {
    it(`fails the whole product document at (document) when the document is ${shown(value)}`, () => {
      const error = contractErrorOf(() => readKafka(value));
      expect(error.document).to.equal(KAFKA);
      expect(error.path).to.equal('(document)');
    });
  }

  for (const { path, value } of productCoreFailures) {
    it(`fails the whole product document at ${path} when it is ${shown(value)}`, () => {
      const error = contractErrorOf(() => readKafka(withValue(kafka, path, value)));
      expect(error.document).to.equal(KAFKA);
      expect(error.path).to.equal(path);
      expect(error.message).to.contain(`${KAFKA} does not match the contract at ${path}: `);
    });
  }

  for (const { path, value } of productItemDrops) {
    it(`leaves out ${itemOf(path)} with a warning at ${path} when it is ${shown(value)}, keeping the others`, () => {
      const [read, warnings] = readKafka(withValue(kafka, path, value));
      expect(read).to.deep.equal(withoutItem(sampleKafka, itemOf(path)));
      expectOneWarningAt(warnings, KAFKA, path);
      expect(warnings[0]).to.contain('left out');
    });
  }

  it('words the warning for a left-out activity item with its document, path and problem', () => {
    const [, warnings] = readKafka(withValue(kafka, 'activity[3].title', 42));
    expect(warnings).to.deep.equal(['products/kafka.json activity[3].title: expected text; activity[3] is left out']);
  });

  it('keeps the order of the remaining activity items when several are left out', () => {
    let doc = withValue(kafka, 'activity[1]', 'not an item');
    doc = withValue(doc, 'activity[4].date', 'not a date');
    doc = withValue(doc, 'activity[7].title', ABSENT);
    const [read, warnings] = readKafka(doc);
    const kept = (kafka.activity as Json[]).filter((_, i) => ![1, 4, 7].includes(i));
    expect(read.activity).to.deep.equal(kept);
    expect(warnings.map((w) => pathOf(w, KAFKA))).to.deep.equal(['activity[1]', 'activity[4].date', 'activity[7].title']);
  });

  for (const { path, value, fallback } of productFallbacks) {
    it(`falls back to ${shown(fallback)} with a warning when ${path} is ${shown(value)}`, () => {
      const [read, warnings] = readKafka(withValue(kafka, path, value));
      expect(read).to.deep.equal(withValue(sampleKafka, path, fallen(value, fallback)));
      expectOneWarningAt(warnings, KAFKA, path);
    });
  }

  for (const value of [ABSENT, 'not an object', []]) {
    it(`falls back to empty editorial text, warning about editorial, when editorial is ${shown(value)}`, () => {
      const [read, warnings] = readKafka(withValue(kafka, 'editorial', value));
      expect(read).to.deep.equal(withValue(sampleKafka, 'editorial', { currentState: '', heading: '', prediction: '' }));
      expect(warnings.map((w) => pathOf(w, KAFKA))).to.include('editorial');
      expectNoPathWarnedTwice(warnings, KAFKA);
    });
  }

  it('leaves out an activity item dated more than a day ahead of the reader’s clock, with a warning naming its path', () => {
    const ahead = new Date(Date.now() + 25 * 3_600_000).toISOString();
    const [read, warnings] = readKafka(withValue(kafka, 'activity[0].date', ahead));
    expect(read.activity).to.deep.equal(sampleKafka.activity.slice(1));
    expect(warnings).to.deep.equal([
      'products/kafka.json activity[0].date: expected an ISO 8601 date-time with an offset, at most a day ahead; activity[0] is left out',
    ]);
  });

  it('keeps an activity item a few hours ahead of the reader’s clock, as clock skew', () => {
    const ahead = new Date(Date.now() + 23 * 3_600_000).toISOString();
    const [read, warnings] = readKafka(withValue(kafka, 'activity[0].date', ahead));
    expect(read.activity[0].date).to.equal(ahead);
    expect(warnings).to.deep.equal([]);
  });

  it('gives back a link written relative to the host page as an absolute href, with no warning', () => {
    let doc = withValue(kafka, 'website', 'http:/logout');
    doc = withValue(doc, 'logo', 'https:account/avatar.png');
    doc = withValue(doc, 'activity[0].url', 'http:account/delete');
    const [read, warnings] = readKafka(doc);
    expect([read.website, read.logo, read.activity[0].url]).to.deep.equal([
      'http://logout/',
      'https://account/avatar.png',
      'http://account/delete',
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('cuts a name over 200 characters with a warning instead of failing', () => {
    const [read, warnings] = readKafka(withValue(kafka, 'name', 'K'.repeat(300)));
    expect(read.name).to.equal(`${'K'.repeat(200)}…`);
    expectOneWarningAt(warnings, KAFKA, 'name');
  });
});

describe('reading caps', () => {
  let kafka: Json;

  before(async () => {
    kafka = await sample(KAFKA);
  });

  function activityOf(length: number): unknown[] {
    const items = kafka.activity as unknown[];
    return Array.from({ length }, (_, i) => items[i % items.length]);
  }

  it(`reads ${MAX_ACTIVITY} of 10,000 activity items with exactly one warning about the list`, () => {
    const [read, warnings] = readKafka(withValue(kafka, 'activity', activityOf(10_000)));
    expect(read.activity).to.have.length(MAX_ACTIVITY);
    expect(read.activity).to.deep.equal(activityOf(MAX_ACTIVITY));
    expect(warnings).to.deep.equal([`products/kafka.json activity: has 10000 items; only the first ${MAX_ACTIVITY} are read`]);
  });

  it(`reads exactly ${MAX_ACTIVITY} activity items with no warning`, () => {
    const [read, warnings] = readKafka(withValue(kafka, 'activity', activityOf(MAX_ACTIVITY)));
    expect(read.activity).to.have.length(MAX_ACTIVITY);
    expect(warnings).to.deep.equal([]);
  });

  it('does not look at activity items past the cap', () => {
    const activity = [...activityOf(MAX_ACTIVITY), 'not an item', { date: 'bad' }];
    const [read, warnings] = readKafka(withValue(kafka, 'activity', activity));
    expect(read.activity).to.have.length(MAX_ACTIVITY);
    expectOneWarningAt(warnings, KAFKA, 'activity');
  });

  it('cuts a 20,000-character summary to 5,000 characters and an ellipsis, with a warning', () => {
    const long = 'long '.repeat(4_000);
    const [read, warnings] = readKafka(withValue(kafka, 'summary', long));
    expect(read.summary).to.equal(`${long.slice(0, 5_000)}…`);
    expect(warnings).to.deep.equal(['products/kafka.json summary: over 5000 characters; cut']);
  });

  it('cuts an activity title over 1,000 characters but keeps the item', () => {
    const [read, warnings] = readKafka(withValue(kafka, 'activity[2].title', 't'.repeat(1_500)));
    expect(read.activity).to.have.length((kafka.activity as unknown[]).length);
    expect(read.activity[2].title).to.equal(`${'t'.repeat(1_000)}…`);
    expectOneWarningAt(warnings, KAFKA, 'activity[2].title');
  });

  it('reads the first 20 of 30 themes with one warning about the list', () => {
    const themes = Array.from({ length: 30 }, (_, i) => `theme-${i}`);
    const [read, warnings] = readKafka(withValue(kafka, 'themes', themes));
    expect(read.themes).to.deep.equal(themes.slice(0, 20));
    expectOneWarningAt(warnings, KAFKA, 'themes');
  });
});

describe('reading hostile documents', () => {
  let index: Json;
  let kafka: Json;

  before(async () => {
    [index, kafka] = await Promise.all([sample(INDEX), sample(KAFKA)]);
  });

  it('gives back markup in every kind of text as the same literal string', () => {
    const script = '<script>window.__pwned=1</script>';
    let doc = withValue(kafka, 'name', MARKUP);
    doc = withValue(doc, 'headline', `${script}headline`);
    doc = withValue(doc, 'summary', `a &amp; b ${MARKUP}`);
    doc = withValue(doc, 'editorial.heading', `<b>${MARKUP}</b>`);
    doc = withValue(doc, 'themes[0]', '<b>bold</b>');
    doc = withValue(doc, 'activity[0].title', `${MARKUP} title`);
    const [read, warnings] = readKafka(doc);
    expect(read.name).to.equal(MARKUP);
    expect(read.headline).to.equal(`${script}headline`);
    expect(read.summary).to.equal(`a &amp; b ${MARKUP}`);
    expect(read.editorial.heading).to.equal(`<b>${MARKUP}</b>`);
    expect(read.themes[0]).to.equal('<b>bold</b>');
    expect(read.activity[0].title).to.equal(`${MARKUP} title`);
    expect(warnings).to.deep.equal([]);
  });

  it('reads a product with a top-level __proto__ key the same as without it', () => {
    const evil = { version: 2, slug: 'evil', name: MARKUP, velocity: 99, logo: 'javascript:alert(1)' };
    const [read, warnings] = readKafka(withProtoKey(kafka, '', evil));
    expect(read).to.deep.equal(readKafka(kafka)[0]);
    expect(warnings).to.deep.equal([]);
  });

  it('does not let a __proto__ key supply a missing version', () => {
    const doc = withProtoKey(withValue(kafka, 'version', ABSENT), '', { version: 1 });
    expect(contractErrorOf(() => readKafka(doc)).path).to.equal('version');
  });

  it('does not let a __proto__ key supply a missing product list', () => {
    const doc = withProtoKey(withValue(index, 'products', ABSENT), '', { products: [] });
    expect(contractErrorOf(() => readIndexDocument(doc)).path).to.equal('products');
  });

  it('does not let a __proto__ key in editorial supply a missing heading', () => {
    const doc = withProtoKey(withValue(kafka, 'editorial.heading', ABSENT), 'editorial', { heading: 'injected' });
    const [read, warnings] = readKafka(doc);
    expect(read.editorial.heading).to.equal('');
    expectOneWarningAt(warnings, KAFKA, 'editorial.heading');
  });

  it('does not let a __proto__ key in an activity item supply a missing url', () => {
    const doc = withProtoKey(withValue(kafka, 'activity[0].url', ABSENT), 'activity[0]', { url: 'https://evil.example/' });
    const [read] = readKafka(doc);
    expect(read.activity[0].url).to.be.undefined;
  });

  it('leaves Object.prototype untouched after reading documents with __proto__ keys', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    readKafka(withProtoKey(kafka, '', { polluted: true, version: 1 }));
    readKafka(withProtoKey(kafka, 'editorial', { polluted: true }));
    readIndexDocument(withProtoKey(index, 'site', { polluted: true }));
    readIndexDocument(withProtoKey(index, 'products[0]', { polluted: true }));
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
    expect(({} as Json).polluted).to.be.undefined;
  });

  it('gives back plain objects whatever prototype keys the document had', () => {
    const [read] = readKafka(withProtoKey(withProtoKey(kafka, '', { x: 1 }), 'editorial', { x: 1 }));
    for (const value of [read, read.editorial, read.activity[0]]) {
      expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
      expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).to.be.false;
    }
  });

  it('warns at most once per path about a product document broken in many places', () => {
    let doc = withValue(kafka, 'name', 'N'.repeat(500));
    doc = withValue(doc, 'sector', 42);
    doc = withValue(doc, 'sparks30d', -3);
    doc = withValue(doc, 'themes', ['ok', 42, '', null, 'x'.repeat(300), ...Array.from({ length: 30 }, () => 7)]);
    doc = withValue(doc, 'lastEditorialUpdate', 'soon');
    doc = withValue(doc, 'website', 'javascript:alert(1)');
    doc = withValue(doc, 'logo', 'data:image/png;base64,AAAA');
    doc = withValue(doc, 'headline', '');
    doc = withValue(doc, 'summary', 's'.repeat(20_000));
    doc = withValue(doc, 'editorial', 'not an object');
    doc = withValue(doc, 'activity', [
      ...(kafka.activity as Json[]).map((item, i) => ({ ...item, url: 'JaVaScRiPt:x', spark: 'yes', title: i % 2 ? 't'.repeat(2_000) : 7 })),
      'not an item',
      { title: 'no date' },
      ...activityOfLength(2_000),
    ]);
    const [read, warnings] = readKafka(doc);
    expect(warnings.length).to.be.greaterThan(10);
    expectNoPathWarnedTwice(warnings, KAFKA);
    expect(read.activity).to.have.length(MAX_ACTIVITY - 2 - (kafka.activity as unknown[]).length / 2);

    function activityOfLength(length: number): unknown[] {
      return Array.from({ length }, () => (kafka.activity as unknown[])[0]);
    }
  });

  it('warns at most once per path about an index broken in many places', () => {
    let doc = withValue(index, 'site', { name: '', url: '//evil.example', productUrl: 'vbscript:x', compareUrl: 'https://u:p@x/' });
    doc = withValue(doc, 'products', [
      ...(index.products as Json[]).map((p) => ({ ...p, sector: 0, sparks30d: 'many', name: 'n'.repeat(300) })),
      { slug: 'evil', name: MARKUP, velocity: 'fast' },
      'not a product',
    ]);
    const [, warnings] = readIndexDocument(doc);
    expect(warnings.length).to.be.greaterThan(10);
    expectNoPathWarnedTwice(warnings, INDEX);
  });

  it('starts each read with no warnings from an earlier read', () => {
    readKafka(withValue(kafka, 'summary', ABSENT));
    expect(readKafka(kafka)[1]).to.deep.equal([]);
  });
});

describe('ContractError', () => {
  it('is an Error named ContractError that says which document, path and problem', () => {
    const error = new ContractError('index.json', 'products', 'expected a list');
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('ContractError');
    expect([error.document, error.path, error.problem]).to.deep.equal(['index.json', 'products', 'expected a list']);
    expect(error.message).to.equal('index.json does not match the contract at products: expected a list');
  });

  it('names what was expected at a failing core field', () => {
    const error = contractErrorOf(() => Reader.read(KAFKA, { version: 1, slug: 'kafka', name: 'Kafka', velocity: 11 }, readProduct));
    expect(error.message).to.equal('products/kafka.json does not match the contract at velocity: expected a number from 0 to 10');
  });
});
