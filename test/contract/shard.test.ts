import { expect } from '@open-wc/testing';
import { fnv1a32, SHARD_COUNT, shardName, shardOf } from '../../src/contract/shard.js';
import { FIRST_PAGE_ITEMS, pageCount, pageEnd, pageOf, pageStart } from '../../src/contract/pages.js';
import { ALTERNATIVES_LISTED, fastestFirst } from '../../src/contract/alternatives.js';
import { MAX_ALTERNATIVES } from '../../src/page/geometry.js';

describe('fnv1a32', () => {
  // The reference vectors of FNV-1a 32-bit, and one of two UTF-8 bytes.
  const vectors: [string, number][] = [
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
    ['é', 0x1e9de8c1],
    ['kafka', 0x0d33c4e1],
  ];
  for (const [text, hash] of vectors) {
    it(`hashes ${JSON.stringify(text)} to 0x${hash.toString(16).padStart(8, '0')}`, () => {
      expect(fnv1a32(text)).to.equal(hash);
    });
  }
});

describe('shardOf', () => {
  it('is the first three hex digits of the hash, lower case, with leading zeros', () => {
    expect(shardOf('kafka')).to.equal('0d3');
    expect(shardOf('linkerd')).to.equal('1a6');
    expect(shardOf('product-6000')).to.equal('a5b');
    expect(shardOf('foobar')).to.equal('bf9');
  });

  it('names 4,096 shards, 000 to fff', () => {
    expect(SHARD_COUNT).to.equal(4096);
    expect(shardName(0)).to.equal('000');
    expect(shardName(SHARD_COUNT - 1)).to.equal('fff');
  });

  it('spreads 100,000 generated slugs over every shard, none holding more than three times its share', () => {
    const counts = new Map<string, number>();
    for (let i = 1; i <= 100_000; i++) {
      const shard = shardOf(`product-${i}`);
      counts.set(shard, (counts.get(shard) ?? 0) + 1);
    }
    expect(counts.size).to.equal(SHARD_COUNT);
    expect(Math.max(...counts.values())).to.be.below((3 * 100_000) / SHARD_COUNT);
  });
});

describe('activity pages', () => {
  it('double in size from 20 items: 20, 40, 80, 160, …', () => {
    expect(FIRST_PAGE_ITEMS).to.equal(20);
    expect([1, 2, 3, 4, 5].map((n) => [pageStart(n), pageEnd(n)])).to.deep.equal([
      [0, 20],
      [20, 60],
      [60, 140],
      [140, 300],
      [300, 620],
    ]);
  });

  it('take one page for no items or up to 20, then one more each time the items pass a page end', () => {
    expect([0, 1, 20, 21, 60, 61, 200, 300, 301, 1_000].map(pageCount)).to.deep.equal([1, 1, 1, 2, 2, 3, 4, 4, 5, 6]);
  });

  it('put item i on the page whose range holds it', () => {
    for (const i of [0, 19, 20, 59, 60, 139, 140, 999]) {
      const n = pageOf(i);
      expect(i, `item ${i} on page ${n}`).to.be.within(pageStart(n), pageEnd(n) - 1);
    }
  });
});

describe('alternatives', () => {
  it('are listed one beyond the most a comparison shows, so each list has a spare for the other product', () => {
    expect(ALTERNATIVES_LISTED).to.equal(MAX_ALTERNATIVES + 1);
  });

  it('rank fastest first, equal velocities by slug in code-unit order', () => {
    const products = [
      { slug: 'b', velocity: 5 },
      { slug: 'a-2', velocity: 5 },
      { slug: 'z', velocity: 9.5 },
      { slug: 'a', velocity: 5 },
      { slug: 'c', velocity: 0 },
    ];
    expect([...products].sort(fastestFirst).map((p) => p.slug)).to.deep.equal(['z', 'a', 'a-2', 'b', 'c']);
  });
});
