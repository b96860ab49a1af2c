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
    expect(fillTemplate('https://x/{slug}/{slug}', { slug: 'istio' })).to.equal('https://x/istio/istio');
  });

  it('URL-encodes the values', () => {
    expect(fillTemplate('https://x/products/{slug}', { slug: 'a b/c' })).to.equal('https://x/products/a%20b%2Fc');
  });

  it('URL-encodes characters that could break out of the URL', () => {
    expect(fillTemplate('https://x/?p={slug}', { slug: '"><script>&x=1#' })).to.equal(
      'https://x/?p=%22%3E%3Cscript%3E%26x%3D1%23',
    );
  });

  it('leaves an unknown placeholder in the URL, encoded as any URL would have it', () => {
    expect(fillTemplate('https://x/{lang}/products/{slug}', { slug: 'kafka' })).to.equal(
      'https://x/%7Blang%7D/products/kafka',
    );
  });

  it('leaves a placeholder named like an Object.prototype member unfilled', () => {
    expect(fillTemplate('https://x/{constructor}/{toString}', {})).to.equal('https://x/%7Bconstructor%7D/%7BtoString%7D');
  });

  it('fills an empty value with nothing', () => {
    expect(fillTemplate('https://x/{slug}', { slug: '' })).to.equal('https://x/');
  });

  it('leaves a template without placeholders unchanged', () => {
    expect(fillTemplate('https://x/', { slug: 'kafka' })).to.equal('https://x/');
  });

  it('gives no URL without a template', () => {
    expect(fillTemplate(undefined, { slug: 'kafka' })).to.be.undefined;
  });

  it('fills a template written host-relative, http:/x/{slug}, as an absolute URL', () => {
    expect(fillTemplate('http:/x/{slug}', { slug: 'kafka' })).to.equal('http://x/kafka');
    expect(fillTemplate('https:sparkpulse.example/compare/{a}-vs-{b}', { a: 'kafka', b: 'linkerd' })).to.equal(
      'https://sparkpulse.example/compare/kafka-vs-linkerd',
    );
  });

  it('gives no URL for a template that is not absolute once filled', () => {
    expect(fillTemplate('/products/{slug}', { slug: 'kafka' })).to.be.undefined;
    expect(fillTemplate('{slug}', { slug: 'kafka' })).to.be.undefined;
    expect(fillTemplate('//evil.example/{slug}', { slug: 'kafka' })).to.be.undefined;
  });

  it('gives no URL when a value makes the filled URL unsafe', () => {
    expect(fillTemplate('http:{slug}', { slug: '' })).to.be.undefined;
    expect(fillTemplate('{a}{b}', { a: 'javascript', b: ':alert(1)' })).to.be.undefined;
  });

  describe('with a hostile value, never a link that resolves against the host page', () => {
    const values = ['..', '../..', '//evil.example', '/logout', '\\\\evil.example', '@evil.example', 'a b', '%2F%2Fevil', '?x=1#y', ''];
    for (const template of ['https://ok.example/{slug}', 'http:/ok.example/{slug}', 'https:ok.example/products/{slug}']) {
      for (const slug of values) {
        it(`fills ${template} with ${JSON.stringify(slug)} as a URL on https://ok.example or http://ok.example`, () => {
          const filled = fillTemplate(template, { slug });
          expect(filled, 'a URL').to.be.a('string');
          // A page of the template's own scheme is where a host-relative URL would land.
          const url = new URL(filled!, `${template.split(':')[0]}://host.example/page/`);
          expect(url.href, 'absolute as it is').to.equal(filled);
          expect(url.host).to.equal('ok.example');
        });
      }
    }
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
