import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SpTimeline } from '../../src/timeline/sp-timeline.js';
import type { SpVelocityBadge } from '../../src/badge/sp-velocity-badge.js';
import { DataClient, NOT_FOUND, sharedClient, type ClientOptions } from '../../src/client/client.js';
import { FetchError } from '../../src/client/errors.js';
import { retryAfterMs } from '../../src/client/fetch-text.js';
import { loadIndex } from '../../src/client/index-document.js';
import { loadProduct } from '../../src/client/product.js';
import { retryDelay } from '../../src/client/retry.js';
import { SpErrorEvent, SpLoadEvent } from '../../src/element/events.js';
import { absolute, endpoint, hits, mountAll, rejection, settled, SLOW_MS, textOf } from '../helpers.js';

const pathOf = (url: string) => new URL(url, location.href).pathname;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The FetchError `promise` rejects with. */
const failure = async (promise: Promise<unknown>) => (await rejection(promise)) as FetchError;

/** Requests the endpoint received in all, over every document. */
async function requests(ep: string): Promise<number> {
  return Object.values(await hits(ep)).reduce((sum, n) => sum + n, 0);
}

/** Paths under `ep` whose client hung up before the answer finished. */
async function aborts(ep: string): Promise<string[]> {
  const response = await fetch(`/ep-aborts/${pathOf(ep).split('/')[2]}`);
  return response.json();
}

/** Runs `body` with the shared client's options changed, then puts them back. */
async function withSharedOptions<T>(options: Partial<ClientOptions>, body: () => Promise<T>): Promise<T> {
  const shared = sharedClient().options;
  const saved = { ...shared };
  Object.assign(shared, options);
  try {
    return await body();
  } finally {
    Object.assign(shared, saved);
  }
}

/** Runs `body` with Math.random answering `value`. */
async function withRandom<T>(value: number, body: () => T | Promise<T>): Promise<T> {
  const original = Math.random;
  Math.random = () => value;
  try {
    return await body();
  } finally {
    Math.random = original;
  }
}

/** Runs `body` while navigator.onLine says the browser is offline. */
async function whileOffline<T>(body: () => Promise<T>): Promise<T> {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  try {
    return await body();
  } finally {
    delete (navigator as { onLine?: boolean }).onLine;
  }
}

/**
 * The widget's next sp-load or sp-error, or a failure after a while, so that
 * a broken behaviour fails its own test instead of stalling the next ones.
 */
function next(el: HTMLElement, ms = 5_000): Promise<Event> {
  let timer: ReturnType<typeof setTimeout>;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no sp-load or sp-error within ${ms} ms`)), ms);
  });
  return Promise.race([settled(el), late]).finally(() => clearTimeout(timer));
}

function errorPart(el: HTMLElement): Element {
  return el.shadowRoot!.querySelector('[part="error"]')!;
}

function clickRetry(el: HTMLElement): void {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
}

const httpError = (status: number, retryAfter?: number) =>
  new FetchError('http', '/x', `HTTP ${status}`, status, retryAfter);

describe('failing endpoints', () => {
  describe('404', () => {
    it('answers a missing product with NOT_FOUND after one request, without retrying', async () => {
      const ep = absolute(endpoint('ok'));
      expect(await loadProduct(new DataClient({ backoff: 20 }), ep, 'no-such-product')).to.equal(NOT_FOUND);
      expect(await hits(ep)).to.deep.equal({ [`${pathOf(ep)}products/no-such-product.json`]: 1 });
    });

    it('shows the empty state for a product the endpoint answers 404 for', async () => {
      const ep = endpoint('ok');
      const el = await fixture<SpTimeline>(html`<sp-timeline products="no-such-product" endpoint=${ep}></sp-timeline>`);
      const event = (await next(el)) as SpLoadEvent;
      expect(event.empty).to.be.true;
      expect(textOf(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal(
        'no-such-product is not tracked by Sparkpulse.',
      );
      // Its first page of activity, then its product document (the full form): both 404.
      expect(await requests(ep)).to.equal(2);
      await expect(el).to.be.accessible();
    });

    it('shows the error state after one request for each document it tries when neither its shard nor the index is there', async () => {
      const ep = endpoint('status-404');
      const el = await fixture<SpVelocityBadge>(html`<sp-velocity-badge product="kafka" endpoint=${ep}></sp-velocity-badge>`);
      expect((await next(el)).type).to.equal('sp-error');
      expect(errorPart(el).querySelector('[title]')!.getAttribute('title')).to.equal(
        'Could not load Sparkpulse data: the server answered HTTP 404.',
      );
      expect(await hits(ep)).to.deep.equal({ [`${pathOf(ep)}summaries/0d3.json`]: 1, [`${pathOf(ep)}index.json`]: 1 });
      await expect(el).to.be.accessible();
    });
  });

  describe('automatic retries', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) {
      it(`retries HTTP ${status} and succeeds on the third try`, async () => {
        const ep = absolute(endpoint(`fail-2-${status}`));
        const index = await loadIndex(new DataClient({ backoff: 20 }), ep);
        expect(index.products.map((p) => p.slug)).to.include('kafka');
        expect(await hits(ep)).to.deep.equal({ [`${pathOf(ep)}index.json`]: 3 });
      });
    }

    it('gives up after three tries with the last HTTP error', async () => {
      const ep = absolute(endpoint('fail-5-503'));
      const error = await failure(loadIndex(new DataClient({ backoff: 20 }), ep));
      expect(error).to.be.instanceOf(FetchError);
      expect([error.problem, error.status]).to.deep.equal(['http', 503]);
      expect(await requests(ep)).to.equal(3);
    });

    it('retries a connection dropped before the answer, and gets the document', async () => {
      // Chromium itself may resend one of these, so the count alone proves little.
      const ep = absolute(endpoint('drop-2'));
      const index = await loadIndex(new DataClient({ backoff: 20 }), ep);
      expect(index.products.length).to.be.greaterThan(0);
      expect(await requests(ep)).to.equal(3);
    });

    it('retries a connection cut during the answer and succeeds on the third try', async () => {
      const ep = absolute(endpoint('cut-2'));
      const index = await loadIndex(new DataClient({ backoff: 20 }), ep);
      expect(index.products.length).to.be.greaterThan(0);
      expect(await requests(ep)).to.equal(3);
    });

    it('gives up on a connection that keeps being cut after three tries', async () => {
      const ep = absolute(endpoint('cut'));
      const error = await failure(loadIndex(new DataClient({ backoff: 20 }), ep));
      expect(error.problem).to.equal('network');
      expect(await requests(ep)).to.equal(3);
    });

    for (const status of [400, 403]) {
      it(`does not retry HTTP ${status}`, async () => {
        const ep = absolute(endpoint(`status-${status}`));
        const error = await failure(loadIndex(new DataClient({ backoff: 20 }), ep));
        expect(error.status).to.equal(status);
        expect(await requests(ep)).to.equal(1);
      });
    }
  });

  describe('backoff', () => {
    it('doubles the wait with each try, within 0.5 to 1.5 times the nominal wait', () => {
      const options = { tries: 5, backoff: 100, budget: 20_000 };
      const delays = (random: number) =>
        [1, 2, 3, 4].map((tries) => {
          const original = Math.random;
          Math.random = () => random;
          try {
            return retryDelay(httpError(503), tries, 0, options);
          } finally {
            Math.random = original;
          }
        });
      expect(delays(0)).to.deep.equal([50, 100, 200, 400]);
      expect(delays(0.5)).to.deep.equal([100, 200, 400, 800]);
      expect(delays(0.999_999).map((delay) => Math.round(delay!))).to.deep.equal([150, 300, 600, 1200]);
    });

    it('spreads the waits of clients that failed together', () => {
      const options = { tries: 3, backoff: 100, budget: 20_000 };
      const waits = new Set(Array.from({ length: 20 }, () => retryDelay(httpError(503), 1, 0, options)));
      expect(waits.size).to.be.greaterThan(1);
    });

    it('stops once the tries are used up', () => {
      expect(retryDelay(httpError(503), 3, 0, { tries: 3, backoff: 100, budget: 20_000 })).to.equal(undefined);
    });

    it('waits at least half the nominal backoff between tries over the network', async () => {
      const ep = absolute(endpoint('fail-2-503'));
      const started = performance.now();
      await loadIndex(new DataClient({ backoff: 100 }), ep);
      const elapsed = performance.now() - started;
      expect(await requests(ep)).to.equal(3);
      expect(elapsed).to.be.at.least(100 * 0.5 + 200 * 0.5);
      // 150 ms + 300 ms at most, plus three quick local requests.
      expect(elapsed).to.be.below(1_500);
    });
  });

  describe('Retry-After', () => {
    it('waits as long as Retry-After asks, however short the backoff', async () => {
      const ep = absolute(endpoint('retryafter-1'));
      const started = performance.now();
      await loadIndex(new DataClient({ backoff: 10 }), ep);
      const elapsed = performance.now() - started;
      expect(await requests(ep)).to.equal(2);
      expect(elapsed).to.be.at.least(950);
      expect(elapsed).to.be.below(3_000);
    });

    it('gives up at once when Retry-After is beyond the time budget', async () => {
      const ep = absolute(endpoint('retryafter-2'));
      const started = performance.now();
      const error = await failure(loadIndex(new DataClient({ backoff: 10, budget: 500 }), ep));
      expect(performance.now() - started).to.be.below(500);
      expect(error.status).to.equal(503);
      expect(await requests(ep)).to.equal(1);
    });

    it('prefers the wait Retry-After asks for to its own backoff', () => {
      const options = { tries: 3, backoff: 10, budget: 20_000 };
      expect(retryDelay(httpError(503, 1_000), 1, 0, options)).to.equal(1_000);
    });

    it('reads Retry-After as seconds or as an HTTP date', () => {
      const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
      expect(retryAfterMs('2', now)).to.equal(2_000);
      expect(retryAfterMs('Wed, 21 Oct 2015 07:28:03 GMT', now)).to.equal(3_000);
      expect(retryAfterMs('soon', now)).to.equal(undefined);
      expect(retryAfterMs(null, now)).to.equal(undefined);
    });

    it('reads a Retry-After of no wait at all (0, negative, a past date) as no Retry-After', () => {
      const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
      for (const header of ['0', '-5', 'Wed, 21 Oct 2015 07:27:00 GMT', 'Wed, 21 Oct 2015 07:28:00 GMT']) {
        expect(retryAfterMs(header, now), header).to.equal(undefined);
      }
    });

    for (const [what, scenario] of [
      ['of 0', 'retryafter-0'],
      ['that is negative', 'retryafter--5'],
      ['that is a past date', 'retrypast'],
    ] as const) {
      it(`still backs off, with jitter, after a Retry-After ${what}`, async () => {
        const ep = absolute(endpoint(scenario));
        const started = performance.now();
        const index = await withRandom(0.5, () => loadIndex(new DataClient({ backoff: 300 }), ep));
        const elapsed = performance.now() - started;
        expect(index.products.length).to.be.greaterThan(0);
        expect(await requests(ep)).to.equal(2);
        expect(elapsed).to.be.within(290, 2_000);
      });
    }
  });

  describe('time budget', () => {
    it('starts no retry once the budget would be spent', async () => {
      const ep = absolute(endpoint('fail-9-503'));
      // Without jitter the tries start at about 0, 100 and 300 ms; the next would start at 700.
      const started = performance.now();
      const error = await withRandom(0.5, () =>
        failure(loadIndex(new DataClient({ tries: 10, backoff: 100, budget: 500 }), ep)),
      );
      expect(error.status).to.equal(503);
      expect(await requests(ep)).to.equal(3);
      expect(performance.now() - started).to.be.below(700);
    });

    it('refuses a retry whose wait would end past the budget', () => {
      const options = { tries: 5, backoff: 100, budget: 1_000 };
      expect(retryDelay(httpError(503), 1, 800, options)).to.be.a('number');
      expect(retryDelay(httpError(503), 1, 960, options)).to.equal(undefined);
    });
  });

  describe('offline', () => {
    it('does not retry while the browser is offline', async () => {
      const ep = absolute(endpoint('cut'));
      const error = await whileOffline(() => failure(loadIndex(new DataClient({ backoff: 20 }), ep)));
      expect(error.problem).to.equal('network');
      expect(await requests(ep)).to.equal(1);
    });

    it('shows the error state offline, and loads when the browser is back online', async () => {
      // The published form: the badge's one document, its shard.
      const ep = endpoint('pub.cut-1');
      const el = await whileOffline(async () => {
        const badge = await fixture<SpVelocityBadge>(
          html`<sp-velocity-badge product="kafka" endpoint=${ep}></sp-velocity-badge>`,
        );
        expect((await next(badge)).type).to.equal('sp-error');
        return badge;
      });
      expect(errorPart(el).querySelector('[title]')!.getAttribute('title')).to.equal(
        'Could not load Sparkpulse data: the server could not be reached.',
      );
      expect(await requests(ep)).to.equal(1);
      await expect(el).to.be.accessible();

      window.dispatchEvent(new Event('online'));
      expect((await next(el)).type).to.equal('sp-load');
      expect(textOf(el.shadowRoot!.querySelector('[part="name"]'))).to.equal('Apache Kafka');
      expect(await requests(ep)).to.equal(2);
    });
  });

  describe('timeouts', () => {
    /** Counts setTimeout(0) turns while `body` runs, to show the page is not blocked. */
    async function turnsDuring(body: () => Promise<unknown>): Promise<number> {
      let turns = 0;
      let running = true;
      const spin = () => {
        turns++;
        if (running) setTimeout(spin, 0);
      };
      setTimeout(spin, 0);
      try {
        await body();
      } finally {
        running = false;
      }
      return turns;
    }

    for (const scenario of ['hang', 'trickle']) {
      it(`gives up on ${scenario === 'hang' ? 'a server that never answers' : 'a body that never ends'} after the timeout, without retrying, and keeps the page responsive`, async () => {
        const ep = absolute(endpoint(scenario));
        let error: FetchError | undefined;
        const started = performance.now();
        const turns = await turnsDuring(async () => {
          error = await failure(loadIndex(new DataClient({ timeout: 300, backoff: 20 }), ep));
        });
        const elapsed = performance.now() - started;
        expect(error!.problem).to.equal('timeout');
        expect(elapsed).to.be.within(280, 2_000);
        expect(await requests(ep)).to.equal(1);
        // Nested timers run every 4 ms or so; a blocked page would count a handful.
        expect(turns).to.be.greaterThan(20);
      });
    }

    it('shows the error state when the server does not answer in time', async () => {
      const ep = endpoint('hang');
      await withSharedOptions({ timeout: 300 }, async () => {
        const el = await fixture<SpTimeline>(html`<sp-timeline products="kafka" endpoint=${ep}></sp-timeline>`);
        expect((await next(el)).type).to.equal('sp-error');
        expect(textOf(errorPart(el))).to.equal('Could not load Sparkpulse data: the server did not answer in time. Retry');
        expect(await requests(ep)).to.equal(1);
        await expect(el).to.be.accessible();
      });
    });
  });

  describe('answers that are not JSON', () => {
    for (const [scenario, words] of [
      ['html', 'HTML'],
      ['garbage', 'invalid JSON'],
      ['empty', 'an empty body'],
    ] as const) {
      it(`shows the error state when a 200 carries ${words}, and says so in sp-error`, async () => {
        const el = await fixture<SpTimeline>(html`<sp-timeline products="kafka" endpoint=${endpoint(scenario)}></sp-timeline>`);
        const event = (await next(el)) as SpErrorEvent;
        expect(event.type).to.equal('sp-error');
        expect(event.error.message).to.contain(`sent ${words} instead of JSON`);
        expect(textOf(errorPart(el))).to.equal('Could not load Sparkpulse data: the server did not send JSON. Retry');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('bodies over 1 MB', () => {
    for (const scenario of ['huge', 'huge-chunked']) {
      it(`refuses a ${scenario === 'huge' ? 'declared' : 'streamed'} body over 1 MB before parsing it`, async () => {
        const ep = absolute(endpoint(scenario));
        const parse = JSON.parse;
        let parsed = 0;
        JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
          parsed++;
          return parse(...args);
        };
        try {
          const error = await failure(loadIndex(new DataClient({ backoff: 20 }), ep));
          expect(error.problem).to.equal('too-large');
        } finally {
          JSON.parse = parse;
        }
        expect(parsed).to.equal(0);
        expect(await requests(ep)).to.equal(1);
      });
    }

    it('refuses a body declared over 1 MB from its Content-Length, without waiting for the body', async () => {
      const ep = absolute(endpoint('bloated'));
      const started = performance.now();
      const error = await failure(loadIndex(new DataClient({ timeout: 2_000 }), ep));
      expect(error.problem).to.equal('too-large');
      expect(performance.now() - started).to.be.below(1_000);
    });

    it('says the data is too large in the error state', async () => {
      const el = await fixture<SpTimeline>(html`<sp-timeline products="kafka" endpoint=${endpoint('huge-chunked')}></sp-timeline>`);
      expect((await next(el)).type).to.equal('sp-error');
      expect(textOf(errorPart(el))).to.equal('Could not load Sparkpulse data: the data is too large. Retry');
      await expect(el).to.be.accessible();
    });
  });

  describe('Retry', () => {
    const kinds = [
      ['an HTTP error that outlasted the retries', 'fail-3-500', 'the server answered HTTP 500', {}],
      ['a cut connection that outlasted the retries', 'cut-3', 'the server could not be reached', {}],
      ['a timeout', 'first-1-hang', 'the server did not answer in time', { timeout: 300 }],
      ['a body that is not JSON', 'first-1-html', 'the server did not send JSON', {}],
      ['a body over 1 MB', 'first-1-huge-chunked', 'the data is too large', {}],
      ['a document that breaks the contract', 'first-1-nameless', 'the data is not in the expected format', {}],
    ] as const;
    for (const [kind, scenario, reason, options] of kinds) {
      it(`offers Retry after ${kind}, and Retry loads`, async () => {
        // The published form: the timeline's one document, the first page of kafka's activity.
        const ep = endpoint(`pub.${scenario}`);
        await withSharedOptions({ backoff: 20, ...options }, async () => {
          const el = await fixture<SpTimeline>(html`<sp-timeline products="kafka" endpoint=${ep}></sp-timeline>`);
          expect((await next(el)).type).to.equal('sp-error');
          expect(textOf(errorPart(el))).to.equal(`Could not load Sparkpulse data: ${reason}. Retry`);
          await expect(el).to.be.accessible();
          const before = await requests(ep);
          clickRetry(el);
          expect((await next(el)).type).to.equal('sp-load');
          expect(textOf(el.shadowRoot!.querySelector('[part="feed"]'))).to.contain('Apache Kafka');
          expect(await requests(ep), JSON.stringify(await hits(ep))).to.equal(before + 1);
        });
      });
    }

    it('offers Retry after a missing index, and Retry loads once it is there', async () => {
      const ep = endpoint('first-1-status-404');
      const el = await fixture<SpVelocityBadge>(html`<sp-velocity-badge product="kafka" endpoint=${ep}></sp-velocity-badge>`);
      expect((await next(el)).type).to.equal('sp-error');
      clickRetry(el);
      expect((await next(el)).type).to.equal('sp-load');
      expect(textOf(el.shadowRoot!.querySelector('[part="name"]'))).to.equal('Apache Kafka');
      // Its shard once (404: the full form, remembered), the index twice.
      expect(await requests(ep)).to.equal(3);
    });
  });

  describe('races', () => {
    const nameIn = (el: HTMLElement) => textOf(el.shadowRoot!.querySelector('[part="name"]'));

    /** Every sp-load and sp-error `el` fires from now on. */
    function eventsOf(el: HTMLElement): string[] {
      const seen: string[] = [];
      for (const type of ['sp-load', 'sp-error']) el.addEventListener(type, () => seen.push(type));
      return seen;
    }

    it('shows the new product when product and endpoint change while the old answer is on its way, even if it comes last', async () => {
      const slow = endpoint('slow-600');
      const fast = endpoint('ok');
      const [keeper, racer] = ['kafka', 'kafka'].map((product) => Object.assign(document.createElement('sp-velocity-badge'), { product, endpoint: slow }));
      const seen = eventsOf(racer);
      const container = document.createElement('div');
      container.append(keeper, racer);
      document.body.append(container);
      try {
        await waitUntil(async () => (await requests(slow)) === 1, 'the slow index was never requested', { timeout: SLOW_MS });
        Object.assign(racer, { endpoint: fast, product: 'linkerd' });
        expect((await next(racer)).type).to.equal('sp-load');
        expect(nameIn(racer)).to.equal('Linkerd');
        // The keeper still wants the slow index, so its answer does arrive, after B's.
        expect((await next(keeper)).type).to.equal('sp-load');
        await pause(50);
        expect(nameIn(keeper)).to.equal('Apache Kafka');
        expect(nameIn(racer)).to.equal('Linkerd');
        expect(seen).to.deep.equal(['sp-load']);
      } finally {
        container.remove();
      }
    });

    it('shows the new comparison when a and the endpoint change while the old documents are on their way', async () => {
      const slow = endpoint('slow-600');
      const fast = endpoint('ok');
      const make = () => Object.assign(document.createElement('sp-compare'), { a: 'kafka', b: 'linkerd', endpoint: slow });
      const [keeper, racer] = [make(), make()];
      racer.sections = ['glance'];
      const seen = eventsOf(racer);
      const container = document.createElement('div');
      container.append(keeper, racer);
      document.body.append(container);
      try {
        await waitUntil(async () => (await requests(slow)) === 3, 'the slow documents were never requested', { timeout: SLOW_MS });
        Object.assign(racer, { endpoint: fast, a: 'argo-cd' });
        expect((await next(racer)).type).to.equal('sp-load');
        expect(textOf(racer.shadowRoot)).to.contain('Argo CD').and.not.contain('Apache Kafka');
        expect((await next(keeper)).type).to.equal('sp-load');
        await pause(50);
        expect(textOf(racer.shadowRoot)).to.contain('Argo CD').and.not.contain('Apache Kafka');
        expect(seen).to.deep.equal(['sp-load']);
      } finally {
        container.remove();
      }
    });
  });

  describe('leaving the page', () => {
    async function twoBadges(ep: string): Promise<[SpVelocityBadge, SpVelocityBadge, HTMLElement]> {
      const [first, second] = ['kafka', 'linkerd'].map((product) =>
        Object.assign(document.createElement('sp-velocity-badge'), { product, endpoint: ep }),
      );
      const container = document.createElement('div');
      container.append(first, second);
      document.body.append(container);
      // Each badge's shard first (404: the full form), then the index both share.
      await waitUntil(async () => `${pathOf(ep)}index.json` in (await hits(ep)), 'the index was never requested', { timeout: SLOW_MS });
      return [first, second, container];
    }

    it('keeps a shared request going when only one of its widgets leaves', async () => {
      const ep = endpoint('slow-800');
      const [first, second, container] = await twoBadges(ep);
      try {
        first.remove();
        expect((await next(second)).type).to.equal('sp-load');
        expect(textOf(second.shadowRoot!.querySelector('[part="name"]'))).to.equal('Linkerd');
        expect(await aborts(ep)).to.deep.equal([]);
        expect(await requests(ep)).to.equal(3);
      } finally {
        container.remove();
      }
    });

    it('aborts the request once every widget that wanted it has left', async () => {
      const ep = endpoint('slow-3000');
      const [, , container] = await twoBadges(ep);
      container.remove();
      // Well before the 3 s answer: the request was cut, not finished.
      await waitUntil(async () => (await aborts(ep)).length > 0, 'the request was not aborted', { timeout: 2_000 });
      expect(await aborts(ep)).to.deep.equal([`${pathOf(ep)}index.json`]);
    });
  });

  describe('memory', () => {
    it('serves a widget added later from the documents the page already has', async () => {
      const ep = endpoint('ok');
      const { container } = await mountAll(html`<sp-compare a="kafka" b="linkerd" endpoint=${ep}></sp-compare>`);
      try {
        const later = await fixture<SpTimeline>(html`<sp-timeline products="linkerd,kafka" endpoint=${ep}></sp-timeline>`);
        expect((await next(later)).type).to.equal('sp-load');
        expect(textOf(later.shadowRoot!.querySelector('[part="feed"]'))).to.contain('Linkerd');
        const base = pathOf(ep);
        expect(await hits(ep)).to.deep.equal({
          [`${base}index.json`]: 1,
          [`${base}products/kafka.json`]: 1,
          [`${base}products/linkerd.json`]: 1,
        });
      } finally {
        container.remove();
      }
    });
  });
});
