import { expect } from '@open-wc/testing';
import { DEFAULT_ENDPOINT, resolveEndpoint } from '../../src/client/endpoint.js';
import { FetchError } from '../../src/client/errors.js';

function pageWithMeta(content?: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  const base = doc.createElement('base');
  base.href = 'https://blog.example/posts/kafka-vs-linkerd.html';
  doc.head.append(base);
  if (content !== undefined) {
    const meta = doc.createElement('meta');
    meta.name = 'sparkpulse:endpoint';
    meta.content = content;
    doc.head.append(meta);
  }
  return doc;
}

describe('resolveEndpoint', () => {
  it("prefers the element's own endpoint attribute", () => {
    expect(resolveEndpoint('https://data.example/v1/', pageWithMeta('https://meta.example/'))).to.equal(
      'https://data.example/v1/',
    );
  });

  it("falls back to the page's sparkpulse:endpoint meta tag", () => {
    expect(resolveEndpoint(null, pageWithMeta('https://meta.example/api/'))).to.equal('https://meta.example/api/');
  });

  it('falls back to the documented default without either', () => {
    expect(resolveEndpoint(undefined, pageWithMeta())).to.equal(DEFAULT_ENDPOINT);
  });

  it('resolves a relative URL against the page', () => {
    expect(resolveEndpoint(null, pageWithMeta('../data/'))).to.equal('https://blog.example/data/');
  });

  it('always ends the endpoint in a slash', () => {
    expect(resolveEndpoint('https://data.example/v1', pageWithMeta())).to.equal('https://data.example/v1/');
  });

  it('refuses an endpoint that is not a URL with a FetchError that says so', () => {
    expect(() => resolveEndpoint('http://[', pageWithMeta())).to.throw(FetchError, 'The endpoint "http://[" is not a valid URL');
  });

  it('ignores an empty attribute', () => {
    expect(resolveEndpoint('  ', pageWithMeta('https://meta.example/'))).to.equal('https://meta.example/');
  });
});
