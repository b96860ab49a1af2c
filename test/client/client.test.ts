import { expect, fixture, html } from '@open-wc/testing';
import '../../src/timeline/define.js';
import type { SpTimeline } from '../../src/timeline/sp-timeline.js';
import type { SpErrorEvent } from '../../src/element/events.js';
import { DataClient, NOT_FOUND } from '../../src/client/client.js';
import { FetchError } from '../../src/client/errors.js';
import { loadIndex } from '../../src/client/index-document.js';
import { loadProduct } from '../../src/client/product.js';
import { ContractError } from '../../src/contract/reader.js';
import { absolute, captureWarnings, endpoint, hits, pathsWithCookies, rejection, settled, textOf } from '../helpers.js';


describe('DataClient', () => {
  it('requests each document once however many callers ask for it', async () => {
    const client = new DataClient();
    const ep = absolute(endpoint('ok'));
    await Promise.all([
      ...Array.from({ length: 10 }, () => loadIndex(client, ep)),
      ...Array.from({ length: 5 }, () => loadProduct(client, ep, 'kafka')),
    ]);
    await loadIndex(client, ep);
    expect(await hits(ep)).to.deep.equal({
      [new URL(ep).pathname + 'index.json']: 1,
      [new URL(ep).pathname + 'products/kafka.json']: 1,
    });
  });

  it('never sends cookies with a request', async () => {
    document.cookie = 'sp-test=1; path=/';
    try {
      const ep = absolute(endpoint('ok'));
      await loadIndex(new DataClient(), ep);
      // The same page's own fetch does carry the cookie, so the check can fail.
      await fetch(`${ep}products/kafka.json`, { credentials: 'include' });
      expect(await pathsWithCookies(ep)).to.deep.equal([new URL(ep).pathname + 'products/kafka.json']);
    } finally {
      document.cookie = 'sp-test=; path=/; max-age=0';
    }
  });

  it('answers an untracked product with NOT_FOUND', async () => {
    expect(await loadProduct(new DataClient(), absolute(endpoint('ok')), 'no-such-product')).to.equal(NOT_FOUND);
  });

  it('does not request a slug that could not be a product', async () => {
    const ep = absolute(endpoint('ok'));
    expect(await loadProduct(new DataClient(), ep, '../index')).to.equal(NOT_FOUND);
    expect(await hits(ep)).to.deep.equal({});
  });

  it('treats a missing index as an error, not as an empty state', async () => {
    const error = await rejection(loadIndex(new DataClient(), absolute(endpoint('status-404'))));
    expect(error).to.be.instanceOf(FetchError);
    expect((error as FetchError).status).to.equal(404);
  });

  it('gives up with a clear timeout error when the server does not answer', async () => {
    const client = new DataClient({ timeout: 300 });
    const started = performance.now();
    const error = await rejection(loadIndex(client, absolute(endpoint('hang'))));
    expect(performance.now() - started).to.be.below(2_000);
    expect((error as FetchError).problem).to.equal('timeout');
    expect((error as FetchError).message).to.contain('did not answer within 0.3 s');
  });

  it('has a 10 second timeout by default', () => {
    expect(new DataClient().options.timeout).to.equal(10_000);
  });

  for (const [scenario, words] of [
    ['html', 'HTML'],
    ['garbage', 'invalid JSON'],
    ['empty', 'an empty body'],
  ] as const) {
    it(`says when a 200 response carries ${words} instead of JSON`, async () => {
      const error = await rejection(loadIndex(new DataClient(), absolute(endpoint(scenario))));
      expect((error as FetchError).problem).to.equal('not-json');
      expect((error as FetchError).message).to.contain(`sent ${words} instead of JSON`);
    });
  }

  it('reports the HTTP status of a failed request', async () => {
    const error = await rejection(loadIndex(new DataClient({ tries: 1 }), absolute(endpoint('status-503'))));
    expect((error as FetchError).problem).to.equal('http');
    expect((error as FetchError).status).to.equal(503);
  });

  it('warns once, naming the field path, when a document breaks the contract', async () => {
    const client = new DataClient();
    const ep = absolute(endpoint('nameless'));
    let errors: unknown[] = [];
    const warnings = await captureWarnings(async () => {
      errors = await Promise.all([1, 2, 3].map(() => rejection(loadProduct(client, ep, 'kafka'))));
    });
    expect(errors.every((e) => e instanceof ContractError && e.path === 'name')).to.be.true;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[sparkpulse\] products\/kafka\.json .* at name: expected text/);
  });

  it('refuses a product document about another product, with one warning naming both slugs', async () => {
    const client = new DataClient();
    const ep = absolute(endpoint('wrongslug'));
    let errors: unknown[] = [];
    const warnings = await captureWarnings(async () => {
      errors = await Promise.all([1, 2, 3].map(() => rejection(loadProduct(client, ep, 'kafka'))));
    });
    for (const error of errors) {
      expect(error).to.be.instanceOf(ContractError);
      expect([(error as ContractError).document, (error as ContractError).path]).to.deep.equal(['products/kafka.json', 'slug']);
    }
    expect(warnings).to.deep.equal([
      '[sparkpulse] products/kafka.json does not match the contract at slug: expected "kafka", the product requested, but it is "linkerd"',
    ]);
    expect(Object.values(await hits(ep))).to.deep.equal([1]);
  });

  it('reads a product document whose slug is the one requested', async () => {
    const product = await loadProduct(new DataClient(), absolute(endpoint('wrongslug')), 'linkerd');
    expect(product!.name).to.equal('Linkerd');
  });

  it('shows the error state for a product document about another product', async () => {
    let el!: SpTimeline;
    let event!: Event;
    await captureWarnings(async () => {
      el = await fixture<SpTimeline>(html`<sp-timeline products="kafka" endpoint=${endpoint('wrongslug')}></sp-timeline>`);
      event = await settled(el);
    });
    expect(event.type).to.equal('sp-error');
    expect((event as SpErrorEvent).error).to.be.instanceOf(ContractError);
    expect(textOf(el.shadowRoot!.querySelector('[part="error"]'))).to.equal(
      'Could not load Sparkpulse data: the data is not in the expected format. Retry',
    );
    expect(textOf(el.shadowRoot)).not.to.contain('Linkerd');
  });

  it('leaves out a broken item with one warning naming it, and keeps the rest', async () => {
    const client = new DataClient();
    const ep = absolute(endpoint('invalid'));
    let index: Awaited<ReturnType<typeof loadIndex>> | undefined;
    const warnings = await captureWarnings(async () => {
      index = await loadIndex(client, ep);
      await loadIndex(client, ep);
    });
    expect(index!.products.map((p) => p.slug)).to.not.include('argo-cd');
    expect(index!.products).to.have.length(10);
    expect(warnings).to.deep.equal([
      '[sparkpulse] index.json products[2].velocity: expected a number from 0 to 10; products[2] is left out',
    ]);
  });

  it('forgets a failed document so that a retry asks the server again', async () => {
    const client = new DataClient({ tries: 1 });
    const ep = absolute(endpoint('flaky'));
    await rejection(loadIndex(client, ep));
    const index = await loadIndex(client, ep);
    expect(index.products.length).to.be.greaterThan(0);
    expect(Object.values(await hits(ep))).to.deep.equal([2]);
  });

  it('stops waiting for a caller that aborts, while others still get the document', async () => {
    const client = new DataClient();
    const ep = absolute(endpoint('slow-300'));
    const controller = new AbortController();
    const leaving = loadIndex(client, ep, controller.signal);
    const staying = loadIndex(client, ep);
    controller.abort(new DOMException('left the page', 'AbortError'));
    expect(await rejection(leaving)).to.equal(controller.signal.reason);
    expect((await staying).site.name).to.equal('Sparkpulse');
    expect(Object.values(await hits(ep))).to.deep.equal([1]);
  });

  it('answers a primed URL without a request, and still validates it', async () => {
    const client = new DataClient();
    const ep = absolute(endpoint('ok'));
    client.prime(`${ep}index.json`, { version: 1 });
    expect(await rejection(loadIndex(client, ep))).to.be.instanceOf(ContractError);
    expect(await hits(ep)).to.deep.equal({});
  });
});
