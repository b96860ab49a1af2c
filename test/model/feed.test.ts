import { expect } from '@open-wc/testing';
import type { Activity, Product } from '../../src/contract/types.js';
import { feed } from '../../src/model/feed.js';

function item(date: string, title: string, spark = false): Activity {
  return { date, title, url: `https://x.example/${encodeURIComponent(title)}`, spark };
}

function product(slug: string, name: string, activity: Activity[]): Product {
  return {
    version: 1,
    language: 'en',
    slug,
    name,
    sector: 'DevOps',
    velocity: 5,
    sparks30d: activity.filter((a) => a.spark).length,
    themes: [],
    lastEditorialUpdate: '2026-05-24T00:00:00Z',
    website: `https://${slug}.example/`,
    headline: 'h',
    summary: 's',
    editorial: { currentState: 'c', heading: 'h', prediction: 'p' },
    activity,
  };
}

const kafka = product('kafka', 'Apache Kafka', [
  item('2026-05-20T00:00:00Z', 'kafka 4.2.1'),
  item('2026-05-12T00:00:00Z', 'kafka 4.3.0', true),
  item('2026-03-12T00:00:00Z', 'kafka 4.1.2'),
]);

const linkerd = product('linkerd', 'Linkerd', [
  item('2026-06-01T00:00:00Z', 'linkerd 2.19'),
  item('2026-05-15T00:00:00Z', 'linkerd PQC', true),
  item('2026-01-10T00:00:00Z', 'linkerd 2.18'),
]);

const titles = (items: readonly Activity[]) => items.map((i) => i.title);

describe('feed', () => {
  it('interleaves the products\u2019 activity, newest first', () => {
    expect(titles(feed([kafka, linkerd], { limit: 10 }))).to.deep.equal([
      'linkerd 2.19',
      'kafka 4.2.1',
      'linkerd PQC',
      'kafka 4.3.0',
      'kafka 4.1.2',
      'linkerd 2.18',
    ]);
  });

  it('gives the same order whichever product comes first', () => {
    expect(titles(feed([linkerd, kafka], { limit: 10 }))).to.deep.equal(titles(feed([kafka, linkerd], { limit: 10 })));
  });

  it('sorts items that arrive out of order', () => {
    const shuffled = product('istio', 'Istio', [
      item('2026-01-01T00:00:00Z', 'old'),
      item('2026-03-01T00:00:00Z', 'new'),
      item('2026-02-01T00:00:00Z', 'middle'),
    ]);
    expect(titles(feed([shuffled], { limit: 10 }))).to.deep.equal(['new', 'middle', 'old']);
  });

  it('orders by the instant, not the written text, when dates carry offsets', () => {
    const a = product('a', 'A', [item('2026-05-20T01:00:00+02:00', 'earlier (23:00Z the day before)')]);
    const b = product('b', 'B', [item('2026-05-19T23:30:00Z', 'later (23:30Z)')]);
    expect(titles(feed([a, b], { limit: 10 }))).to.deep.equal(['later (23:30Z)', 'earlier (23:00Z the day before)']);
  });

  it('keeps only the first `limit` items', () => {
    expect(titles(feed([kafka, linkerd], { limit: 2 }))).to.deep.equal(['linkerd 2.19', 'kafka 4.2.1']);
  });

  it('returns everything when the limit is larger than the activity', () => {
    expect(feed([kafka, linkerd], { limit: 100 })).to.have.length(6);
  });

  it('returns nothing for a limit of 0', () => {
    expect(feed([kafka, linkerd], { limit: 0 })).to.deep.equal([]);
  });

  it('returns nothing for a negative limit', () => {
    expect(feed([kafka, linkerd], { limit: -3 })).to.deep.equal([]);
  });

  it('keeps only sparks with sparksOnly', () => {
    const items = feed([kafka, linkerd], { limit: 10, sparksOnly: true });
    expect(titles(items)).to.deep.equal(['linkerd PQC', 'kafka 4.3.0']);
    expect(items.every((i) => i.spark)).to.be.true;
  });

  it('applies the limit after keeping only sparks', () => {
    expect(titles(feed([kafka, linkerd], { limit: 1, sparksOnly: true }))).to.deep.equal(['linkerd PQC']);
  });

  it('attaches the product\u2019s slug and name to each item', () => {
    const [first, second] = feed([kafka, linkerd], { limit: 2 });
    expect(first.product).to.deep.equal({ slug: 'linkerd', name: 'Linkerd' });
    expect(second.product).to.deep.equal({ slug: 'kafka', name: 'Apache Kafka' });
  });

  it('keeps each item\u2019s own fields', () => {
    const [first] = feed([kafka], { limit: 1 });
    expect(first).to.deep.include(kafka.activity[0]);
  });

  it('does not change the products it is given', () => {
    const before = structuredClone(kafka);
    feed([kafka, linkerd], { limit: 10, sparksOnly: true });
    expect(kafka).to.deep.equal(before);
  });

  it('is empty for no products', () => {
    expect(feed([], { limit: 10 })).to.deep.equal([]);
  });
});
