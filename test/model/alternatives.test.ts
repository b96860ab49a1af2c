import { expect } from '@open-wc/testing';
import type { ProductSummary } from '../../src/contract/types.js';
import { alternatives } from '../../src/model/alternatives.js';

function summary(slug: string, name: string, sector: string, velocity: number): ProductSummary {
  return { slug, name, sector, velocity, sparks30d: 0 };
}

const products: ProductSummary[] = [
  summary('kafka', 'Apache Kafka', 'DevOps', 5.0),
  summary('linkerd', 'Linkerd', 'DevOps', 2.5),
  summary('grafana', 'Grafana', 'DevOps', 7.3),
  summary('cilium', 'Cilium', 'DevOps', 5.0),
  summary('opentelemetry', 'OpenTelemetry', 'DevOps', 8.1),
  summary('postgresql', 'PostgreSQL', 'Databases', 4.5),
  summary('clickhouse', 'ClickHouse', 'Databases', 7.8),
];

const slugs = (list: readonly ProductSummary[]) => list.map((p) => p.slug);

describe('alternatives', () => {
  it('keeps only products of the given sector', () => {
    expect(slugs(alternatives(products, ['Databases'], [], 10))).to.deep.equal(['clickhouse', 'postgresql']);
  });

  it('keeps products of any of several sectors', () => {
    expect(slugs(alternatives(products, ['Databases', 'DevOps'], [], 3))).to.deep.equal([
      'opentelemetry',
      'clickhouse',
      'grafana',
    ]);
  });

  it('is empty for a sector nobody is in', () => {
    expect(alternatives(products, ['Security'], [], 10)).to.deep.equal([]);
  });

  it('never suggests an excluded slug', () => {
    const found = slugs(alternatives(products, ['DevOps'], ['kafka', 'linkerd'], 10));
    expect(found).not.to.include('kafka');
    expect(found).not.to.include('linkerd');
  });

  it('sorts by velocity, fastest first', () => {
    expect(slugs(alternatives(products, ['DevOps'], ['kafka'], 10))).to.deep.equal([
      'opentelemetry',
      'grafana',
      'cilium',
      'linkerd',
    ]);
  });

  it('orders equal velocities by slug, as sparkpulse build ranks a published product\'s alternatives', () => {
    // Apache Kafka and Cilium are both 5.0; the input lists Kafka first, so try both orders.
    expect(slugs(alternatives(products, ['DevOps'], [], 10)).slice(2, 4)).to.deep.equal(['cilium', 'kafka']);
    expect(slugs(alternatives([...products].reverse(), ['DevOps'], [], 10)).slice(2, 4)).to.deep.equal(['cilium', 'kafka']);
  });

  it('keeps the first `limit` products', () => {
    expect(slugs(alternatives(products, ['DevOps'], ['kafka'], 2))).to.deep.equal(['opentelemetry', 'grafana']);
  });

  it('returns nothing for a limit of 0', () => {
    expect(alternatives(products, ['DevOps'], [], 0)).to.deep.equal([]);
  });

  it('returns nothing for a negative limit', () => {
    expect(alternatives(products, ['DevOps'], [], -1)).to.deep.equal([]);
  });

  it('does not reorder the list it is given', () => {
    const before = slugs(products);
    alternatives(products, ['DevOps'], [], 10);
    expect(slugs(products)).to.deep.equal(before);
  });
});
