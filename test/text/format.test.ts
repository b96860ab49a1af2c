import { expect } from '@open-wc/testing';
import { fillTemplate, formatVelocity } from '../../src/text/format.js';
import { listOf } from '../../src/text/list.js';

describe('formatVelocity', () => {
  it('shows a whole number with one decimal', () => {
    expect(formatVelocity(5)).to.equal('5.0');
  });

  it('shows zero as "0.0"', () => {
    expect(formatVelocity(0)).to.equal('0.0');
  });

  it('shows the top score as "10.0"', () => {
    expect(formatVelocity(10)).to.equal('10.0');
  });

  it('keeps a score that already has one decimal', () => {
    expect(formatVelocity(6.4)).to.equal('6.4');
  });

  it('rounds a longer score to one decimal', () => {
    expect(formatVelocity(7.26)).to.equal('7.3');
    expect(formatVelocity(7.24)).to.equal('7.2');
  });
});

describe('fillTemplate', () => {
  it('replaces a placeholder with its value', () => {
    expect(fillTemplate('https://sparkpulse.example/products/{slug}', { slug: 'kafka' })).to.equal(
      'https://sparkpulse.example/products/kafka',
    );
  });

  it('replaces several placeholders', () => {
    expect(fillTemplate('https://x/compare/{a}-vs-{b}', { a: 'kafka', b: 'linkerd' })).to.equal(
      'https://x/compare/kafka-vs-linkerd',
    );
  });

  it('replaces every occurrence of a placeholder', () => {
    expect(fillTemplate('/{slug}/{slug}', { slug: 'istio' })).to.equal('/istio/istio');
  });

  it('URL-encodes the values', () => {
    expect(fillTemplate('https://x/products/{slug}', { slug: 'a b/c' })).to.equal('https://x/products/a%20b%2Fc');
  });

  it('URL-encodes characters that could break out of the URL', () => {
    expect(fillTemplate('https://x/?p={slug}', { slug: '"><script>&x=1#' })).to.equal(
      'https://x/?p=%22%3E%3Cscript%3E%26x%3D1%23',
    );
  });

  it('leaves an unknown placeholder as it is', () => {
    expect(fillTemplate('https://x/{lang}/products/{slug}', { slug: 'kafka' })).to.equal(
      'https://x/{lang}/products/kafka',
    );
  });

  it('leaves a placeholder named like an Object.prototype member as it is', () => {
    expect(fillTemplate('https://x/{constructor}/{toString}', {})).to.equal('https://x/{constructor}/{toString}');
  });

  it('fills an empty value with nothing', () => {
    expect(fillTemplate('https://x/{slug}', { slug: '' })).to.equal('https://x/');
  });

  it('leaves a template without placeholders unchanged', () => {
    expect(fillTemplate('https://x/', { slug: 'kafka' })).to.equal('https://x/');
  });
});

describe('listOf', () => {
  it('is empty for no items', () => {
    expect(listOf([])).to.equal('');
  });

  it('is the item itself for one item', () => {
    expect(listOf(['streaming'])).to.equal('streaming');
  });

  it('joins two items with "and"', () => {
    expect(listOf(['streaming', 'queues'])).to.equal('streaming and queues');
  });

  it('joins three items with commas and a serial "and"', () => {
    expect(listOf(['a', 'b', 'c'])).to.equal('a, b, and c');
  });
});
