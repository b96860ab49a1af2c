import { expect, fixture, html } from '@open-wc/testing';
import '../../src/badge/define.js';
import type { SpVelocityBadge } from '../../src/badge/sp-velocity-badge.js';
import { DEFAULT_ENDPOINT, resolveEndpoint } from '../../src/client/endpoint.js';
import { FetchError } from '../../src/client/errors.js';
import type { SpErrorEvent } from '../../src/element/events.js';
import { absolute, endpoint, hits, settled } from '../helpers.js';

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

  const notHttp = [
    'javascript:alert(1)',
    'JavaScript:alert(1)//',
    'data:application/json,{"version":1}',
    'blob:https://blog.example/6f1c0a4e-3b1d-4c3e-9a4f-2d7f1e8b9c0a',
    'file:///srv/sparkpulse/',
    'ftp://data.example/v1/',
    'ws://data.example/v1/',
    'mailto:data@example.com',
  ];
  for (const value of notHttp) {
    it(`refuses the endpoint ${value}, which is not http(s), as not valid`, () => {
      expect(() => resolveEndpoint(value, pageWithMeta()))
        .to.throw(FetchError)
        .with.property('problem', 'endpoint');
    });
  }

  for (const value of ['https://user:secret@data.example/v1/', 'https://user@data.example/v1/', 'https://:secret@data.example/v1/']) {
    it(`refuses the endpoint ${value}, which has credentials, as not valid, without repeating them`, () => {
      let error: FetchError | undefined;
      try {
        resolveEndpoint(value, pageWithMeta());
      } catch (caught) {
        error = caught as FetchError;
      }
      expect(error).to.be.instanceOf(FetchError);
      expect(error!.problem).to.equal('endpoint');
      expect(`${error!.message} ${error!.url}`).not.to.contain('secret');
    });
  }

  it('refuses a javascript: endpoint given by the page’s meta tag', () => {
    expect(() => resolveEndpoint(null, pageWithMeta('javascript:alert(1)')))
      .to.throw(FetchError)
      .with.property('problem', 'endpoint');
  });

  it('shows a badge whose endpoint is javascript: in the error state, saying the endpoint URL is not valid', async () => {
    const el = await fixture<SpVelocityBadge>(html`<sp-velocity-badge product="kafka" endpoint="javascript:alert(1)"></sp-velocity-badge>`);
    const event = (await settled(el)) as SpErrorEvent;
    expect(event.type).to.equal('sp-error');
    expect((event.error as FetchError).problem).to.equal('endpoint');
    expect(el.shadowRoot!.querySelector('[part="error"] [title]')!.getAttribute('title')).to.equal(
      'Could not load Sparkpulse data: the endpoint URL is not valid.',
    );
  });

  it('sends no request, and retries none, for an endpoint with a user name and password', async () => {
    const ep = endpoint('ok');
    const withCredentials = absolute(ep).replace('http://', 'http://user:secret@');
    const started = performance.now();
    const el = await fixture<SpVelocityBadge>(html`<sp-velocity-badge product="kafka" endpoint=${withCredentials}></sp-velocity-badge>`);
    const event = (await settled(el)) as SpErrorEvent;
    expect((event.error as FetchError).problem).to.equal('endpoint');
    expect(performance.now() - started).to.be.below(400);
    expect(await hits(ep)).to.deep.equal({});
  });

  it('ignores an empty attribute', () => {
    expect(resolveEndpoint('  ', pageWithMeta('https://meta.example/'))).to.equal('https://meta.example/');
  });
});
