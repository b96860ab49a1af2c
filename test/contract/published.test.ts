import { expect } from '@open-wc/testing';
import {
  ALTERNATIVES_LISTED,
  ContractError,
  MAX_PAGE_ITEMS,
  MAX_SHARD_PRODUCTS,
  Reader,
  readActivityPage,
  readProduct,
  readSummaries,
} from '../../src/contract/index.js';

// The documents of the published form, which `sparkpulse build` derives from
// the full form: a shard of summaries, a page of activity, and a product
// document with `site` and `alternatives`.

type Json = Record<string, unknown>;

const SITE = {
  name: 'Sparkpulse',
  url: 'https://sparkpulse.example/',
  productUrl: 'https://sparkpulse.example/products/{slug}',
  compareUrl: 'https://sparkpulse.example/compare/{a}-vs-{b}',
};
const KAFKA = { slug: 'kafka', name: 'Apache Kafka', sector: 'DevOps', velocity: 5, sparks30d: 0 };
const ITEM = { date: '2026-05-20T00:00:00Z', title: 'Kafka 4.3.0', url: 'https://kafka.apache.org/blog#4.3.0', spark: false };

const shard = (change: Json = {}): Json => ({ version: 1, kind: 'summaries', language: 'en', site: SITE, shard: '0d3', products: [KAFKA], ...change });
const page = (change: Json = {}): Json => ({ version: 1, kind: 'activity', slug: 'kafka', name: 'Apache Kafka', page: 1, pages: 1, items: [ITEM], ...change });

function read<T>(document: string, json: unknown, reader: (r: Reader, json: unknown) => T): [T, string[]] {
  return Reader.read(document, json, reader);
}

function refusal(document: string, json: unknown, reader: (r: Reader, json: unknown) => unknown): string {
  try {
    Reader.read(document, json, reader);
  } catch (error) {
    expect(error).to.be.instanceOf(ContractError);
    return (error as ContractError).path;
  }
  return expect.fail('expected a ContractError, but the document was read');
}

describe('readSummaries', () => {
  const SHARD = 'summaries/0d3.json';

  it('reads a shard with its site, language and products, and no warnings', () => {
    const [summaries, warnings] = read(SHARD, shard(), readSummaries);
    expect(summaries).to.deep.equal({ version: 1, kind: 'summaries', language: 'en', site: SITE, shard: '0d3', products: [KAFKA] });
    expect(warnings).to.deep.equal([]);
  });

  it('reads an empty shard, which says its products are not tracked', () => {
    const [summaries, warnings] = read(SHARD, shard({ products: [] }), readSummaries);
    expect(summaries.products).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  for (const [path, value] of [
    ['kind', 'activity'],
    ['kind', undefined],
    ['version', 2],
    ['shard', '0D3'],
    ['shard', '0d'],
    ['products', {}],
  ] as const) {
    it(`refuses the whole shard at ${path} when it is ${JSON.stringify(value) ?? 'missing'}`, () => {
      expect(refusal(SHARD, shard({ [path]: value }), readSummaries)).to.equal(path);
    });
  }

  it('leaves out a product the widgets would refuse, with a warning at its path, and reads the others', () => {
    const [summaries, warnings] = read(SHARD, shard({ products: [{ ...KAFKA, velocity: 11 }, { ...KAFKA, slug: 'kafka-2' }] }), readSummaries);
    expect(summaries.products.map((p) => p.slug)).to.deep.equal(['kafka-2']);
    expect(warnings).to.deep.equal(['summaries/0d3.json products[0].velocity: expected a number from 0 to 10; products[0] is left out']);
  });

  it(`reads the first ${MAX_SHARD_PRODUCTS.toLocaleString('en')} products of a longer shard, with one warning`, () => {
    const products = Array.from({ length: MAX_SHARD_PRODUCTS + 1 }, (_, i) => ({ ...KAFKA, slug: `p-${i}` }));
    const [summaries, warnings] = read(SHARD, shard({ products }), readSummaries);
    expect(summaries.products).to.have.length(MAX_SHARD_PRODUCTS);
    expect(warnings).to.deep.equal([`summaries/0d3.json products: has ${MAX_SHARD_PRODUCTS + 1} items; only the first ${MAX_SHARD_PRODUCTS} are read`]);
  });
});

describe('readActivityPage', () => {
  const PAGE = 'activity/kafka/1.json';

  it('reads a page with its product, its place and its items, and no warnings', () => {
    const [read1, warnings] = read(PAGE, page(), readActivityPage);
    expect(read1).to.deep.equal({ version: 1, kind: 'activity', language: 'en', slug: 'kafka', name: 'Apache Kafka', page: 1, pages: 1, items: [ITEM] });
    expect(warnings).to.deep.equal([]);
  });

  for (const [path, value] of [
    ['kind', 'summaries'],
    ['slug', 'Kafka'],
    ['name', ' '],
    ['page', 0],
    ['pages', 1.5],
    ['pages', '2'],
    ['items', 'none'],
  ] as const) {
    it(`refuses the whole page at ${path} when it is ${JSON.stringify(value)}`, () => {
      expect(refusal(PAGE, page({ [path]: value }), readActivityPage)).to.equal(path);
    });
  }

  it('leaves out an item the widgets would refuse, with a warning at its path', () => {
    const [read1, warnings] = read(PAGE, page({ items: [{ ...ITEM, date: 'yesterday' }, ITEM] }), readActivityPage);
    expect(read1.items).to.deep.equal([ITEM]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^activity\/kafka\/1\.json items\[0\]\.date: .*; items\[0\] is left out$/);
  });

  it(`reads at most ${MAX_PAGE_ITEMS.toLocaleString('en')} items of a page, with one warning`, () => {
    const [read1, warnings] = read(PAGE, page({ items: Array.from({ length: MAX_PAGE_ITEMS + 5 }, () => ITEM) }), readActivityPage);
    expect(read1.items).to.have.length(MAX_PAGE_ITEMS);
    expect(warnings).to.deep.equal([`activity/kafka/1.json items: has ${MAX_PAGE_ITEMS + 5} items; only the first ${MAX_PAGE_ITEMS} are read`]);
  });
});

describe('readProduct on the published form', () => {
  const DOCUMENT = 'products/kafka.json';
  let kafka: Json;
  const alternative = (i: number) => ({ slug: `alt-${i}`, name: `Alt ${i}`, sector: 'DevOps', velocity: 9 - i / 10, sparks30d: 1 });

  before(async () => {
    kafka = (await (await fetch('/demo/endpoint/products/kafka.json')).json()) as Json;
  });

  it('reads a full-form document, without site or alternatives, with no warning and neither field', () => {
    const [product, warnings] = read(DOCUMENT, kafka, readProduct);
    expect(warnings).to.deep.equal([]);
    expect(product).not.to.have.property('site');
    expect(product).not.to.have.property('alternatives');
  });

  it('reads the site and the alternatives a published document carries', () => {
    const alternatives = [alternative(1), alternative(2)];
    const [product, warnings] = read(DOCUMENT, { ...kafka, site: SITE, alternatives }, readProduct);
    expect(warnings).to.deep.equal([]);
    expect(product.site).to.deep.equal(SITE);
    expect(product.alternatives).to.deep.equal(alternatives);
  });

  it('reads an empty list of alternatives, for a product without a sector', () => {
    const [product, warnings] = read(DOCUMENT, { ...kafka, site: SITE, alternatives: [] }, readProduct);
    expect(warnings).to.deep.equal([]);
    expect(product.alternatives).to.deep.equal([]);
  });

  it('drops alternatives that are not a list, with a warning, and reads the rest of the document', () => {
    const [product, warnings] = read(DOCUMENT, { ...kafka, alternatives: 'kafka' }, readProduct);
    expect(product.alternatives).to.be.undefined;
    expect(product.name).to.equal('Apache Kafka');
    expect(warnings).to.deep.equal(['products/kafka.json alternatives: expected a list']);
  });

  it('leaves out a bad alternative with a warning at its path', () => {
    const [product, warnings] = read(DOCUMENT, { ...kafka, alternatives: [{ ...alternative(1), slug: 'Alt 1' }, alternative(2)] }, readProduct);
    expect(product.alternatives!.map((p) => p.slug)).to.deep.equal(['alt-2']);
    expect(warnings).to.deep.equal(['products/kafka.json alternatives[0].slug: expected a slug; alternatives[0] is left out']);
  });

  it(`reads the first ${ALTERNATIVES_LISTED} alternatives of a longer list, with one warning`, () => {
    const alternatives = Array.from({ length: ALTERNATIVES_LISTED + 3 }, (_, i) => alternative(i));
    const [product, warnings] = read(DOCUMENT, { ...kafka, alternatives }, readProduct);
    expect(product.alternatives).to.have.length(ALTERNATIVES_LISTED);
    expect(warnings).to.deep.equal([`products/kafka.json alternatives: has ${ALTERNATIVES_LISTED + 3} items; only the first ${ALTERNATIVES_LISTED} are read`]);
  });

  it('drops a site that is not an object, with a warning', () => {
    const [product, warnings] = read(DOCUMENT, { ...kafka, site: 'sparkpulse.example' }, readProduct);
    expect(product.site).to.be.undefined;
    expect(warnings).to.deep.equal(['products/kafka.json site: expected an object']);
  });
});
