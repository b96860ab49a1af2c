import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/badge/define.js';
import type { SpVelocityBadge } from '../../src/badge/sp-velocity-badge.js';
import { CACHE_META, DataClient, sharedClient } from '../../src/client/client.js';
import { loadIndex } from '../../src/client/index-document.js';
import { MAX_BODY_BYTES } from '../../src/client/fetch-text.js';
import { isOverBodyCap, save } from '../../src/client/persist.js';
import { loadProduct } from '../../src/client/product.js';
import { absolute, endpoint, hits, settled, SLOW_MS, textOf, rejection } from '../helpers.js';

const PREFIX = 'sparkpulse:v1:';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const session = () => new DataClient({ cache: 'session', backoff: 20 });

/** Every sessionStorage key the widgets could own. */
function ourKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < sessionStorage.length; i++) {
    const key = sessionStorage.key(i)!;
    if (key.startsWith('sparkpulse:')) keys.push(key);
  }
  return keys;
}

async function requests(ep: string): Promise<number> {
  return Object.values(await hits(ep)).reduce((sum, n) => sum + n, 0);
}

/** The exact body the fake endpoint sends for the sample index, asked under another run. */
async function serverIndexBody(): Promise<string> {
  return (await fetch(`${absolute(endpoint('ok'))}index.json`)).text();
}

/** A stored index as an earlier page of the visit would have kept it, with `name` for Kafka. */
async function storeOldIndex(url: string, name: string): Promise<string> {
  const index = JSON.parse(await serverIndexBody());
  index.products.find((p: { slug: string }) => p.slug === 'kafka').name = name;
  const body = JSON.stringify(index);
  sessionStorage.setItem(PREFIX + url, body);
  return body;
}

/** Runs `body` with `method` of every Storage throwing `error`. */
async function withBrokenStorage(methods: ('getItem' | 'setItem' | 'removeItem')[], error: string, body: () => Promise<void>) {
  const originals = methods.map((method) => [method, Storage.prototype[method]] as const);
  for (const method of methods) {
    Storage.prototype[method] = () => {
      throw new DOMException('The storage is not available', error);
    };
  }
  try {
    await body();
    // Saving happens a moment after the answer; it must meet the broken storage too.
    await pause(100);
  } finally {
    for (const [method, original] of originals) (Storage.prototype as Record<string, unknown>)[method] = original;
  }
}

/** Everything printed to console.warn and console.error, and every uncaught failure, while `body` runs. */
async function noise(body: () => Promise<void>): Promise<string[]> {
  const heard: string[] = [];
  const { warn, error } = console;
  const listen = (event: Event) => heard.push(`${event.type}: ${String((event as PromiseRejectionEvent).reason ?? (event as ErrorEvent).message)}`);
  console.warn = (...args: unknown[]) => heard.push(`warn: ${args.join(' ')}`);
  console.error = (...args: unknown[]) => heard.push(`error: ${args.join(' ')}`);
  addEventListener('unhandledrejection', listen);
  addEventListener('error', listen);
  try {
    await body();
  } finally {
    Object.assign(console, { warn, error });
    removeEventListener('unhandledrejection', listen);
    removeEventListener('error', listen);
  }
  return heard;
}

describe('the persistent cache', () => {
  const clean = () => ourKeys().forEach((key) => sessionStorage.removeItem(key));
  beforeEach(clean);
  afterEach(clean);

  describe('switching it on', () => {
    it('is off by default: loading stores nothing and sets no cookie', async () => {
      const cookies = document.cookie;
      const client = new DataClient();
      expect(client.options.cache).to.equal('none');
      const ep = absolute(endpoint('ok'));
      await loadIndex(client, ep);
      await loadProduct(client, ep, 'kafka');
      const el = await fixture<SpVelocityBadge>(html`<sp-velocity-badge product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>`);
      expect((await settled(el)).type).to.equal('sp-load');
      // A cache that was on would save a moment after the answer.
      await pause(200);
      expect(ourKeys()).to.deep.equal([]);
      expect(document.cookie).to.equal(cookies);
    });

    it('is on for clients created on a page with <meta name="sparkpulse:cache" content="session">', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: CACHE_META, content: 'session' });
      document.head.append(meta);
      let client: DataClient;
      try {
        client = new DataClient({ backoff: 20 });
        expect(new DataClient({ cache: 'none' }).options.cache).to.equal('none');
      } finally {
        meta.remove();
      }
      expect(client.options.cache).to.equal('session');
      expect(new DataClient().options.cache).to.equal('none');
      const ep = absolute(endpoint('ok'));
      await loadIndex(client, ep);
      await waitUntil(() => sessionStorage.getItem(`${PREFIX}${ep}index.json`) !== null, 'the index was not stored', { timeout: SLOW_MS });
    });
  });

  describe('storing', () => {
    it('keeps a good document, as the server sent it', async () => {
      const ep = absolute(endpoint('ok'));
      await loadIndex(session(), ep);
      await waitUntil(() => sessionStorage.getItem(`${PREFIX}${ep}index.json`) !== null, 'the index was not stored', { timeout: SLOW_MS });
      expect(sessionStorage.getItem(`${PREFIX}${ep}index.json`)).to.equal(await serverIndexBody());
      expect(ourKeys()).to.deep.equal([`${PREFIX}${ep}index.json`]);
    });

    it('keeps no document that is missing, not JSON or breaks the contract', async () => {
      const client = session();
      const missing = absolute(endpoint('ok'));
      const notJson = absolute(endpoint('html'));
      const nameless = absolute(endpoint('nameless'));
      await loadProduct(client, missing, 'no-such-product');
      await rejection(loadIndex(client, notJson));
      const warned = console.warn;
      console.warn = () => undefined;
      try {
        await rejection(loadProduct(client, nameless, 'kafka'));
      } finally {
        console.warn = warned;
      }
      // A good document after them shows that saving had its chance.
      const ok = absolute(endpoint('ok'));
      await loadIndex(client, ok);
      await waitUntil(() => ourKeys().length > 0, 'the good index was not stored', { timeout: SLOW_MS });
      expect(ourKeys()).to.deep.equal([`${PREFIX}${ok}index.json`]);
    });
  });

  describe('the next page of the visit', () => {
    it('answers from storage at once, and refreshes it in the background', async () => {
      const ep = absolute(endpoint('slow-600'));
      await loadIndex(session(), ep);
      await waitUntil(() => ourKeys().length === 1, 'the index was not stored', { timeout: SLOW_MS });

      const started = performance.now();
      const index = await loadIndex(session(), ep);
      expect(performance.now() - started).to.be.below(300);
      expect(index.products.find((p) => p.slug === 'kafka')!.name).to.equal('Apache Kafka');
      await waitUntil(async () => (await requests(ep)) === 2, 'the stored index was not refreshed', { timeout: SLOW_MS });
    });

    it('tells onUpdate listeners when the refreshed document differs, and then serves the new one', async () => {
      const ep = absolute(endpoint('ok'));
      const url = `${ep}index.json`;
      await storeOldIndex(url, 'Old Kafka');
      const client = session();
      const updates: string[] = [];
      client.onUpdate((changed) => updates.push(changed));

      const stale = await loadIndex(client, ep);
      expect(stale.products.find((p) => p.slug === 'kafka')!.name).to.equal('Old Kafka');
      await waitUntil(() => updates.length > 0, 'no listener heard of the change', { timeout: SLOW_MS });
      expect(updates).to.deep.equal([url]);
      const fresh = await loadIndex(client, ep);
      expect(fresh.products.find((p) => p.slug === 'kafka')!.name).to.equal('Apache Kafka');
      expect(sessionStorage.getItem(PREFIX + url)).to.equal(await serverIndexBody());
      expect(await requests(ep)).to.equal(1);
    });

    it('calls no listener when the refreshed document is unchanged', async () => {
      const ep = absolute(endpoint('ok'));
      const url = `${ep}index.json`;
      sessionStorage.setItem(PREFIX + url, await serverIndexBody());
      const client = session();
      const updates: string[] = [];
      client.onUpdate((changed) => updates.push(changed));

      const first = await loadIndex(client, ep);
      await waitUntil(async () => (await requests(ep)) === 1, 'the stored index was not refreshed', { timeout: SLOW_MS });
      await pause(150);
      expect(updates).to.deep.equal([]);
      expect(await loadIndex(client, ep)).to.equal(first);
    });

    for (const [what, scenario] of [
      ['is not JSON', 'html'],
      ['breaks the contract', 'nameless'],
    ] as const) {
      it(`keeps the last good copy when the refreshed document ${what}`, async () => {
        const ep = absolute(endpoint(scenario));
        const url = `${ep}products/kafka.json`;
        const good = await (await fetch(`${absolute(endpoint('ok'))}products/kafka.json`)).text();
        sessionStorage.setItem(PREFIX + url, good);
        const client = session();
        const updates: string[] = [];
        client.onUpdate((changed) => updates.push(changed));

        expect((await loadProduct(client, ep, 'kafka'))!.name).to.equal('Apache Kafka');
        await waitUntil(async () => (await requests(ep)) === 1, 'the stored product was not refreshed', { timeout: SLOW_MS });
        await pause(150);
        expect(updates).to.deep.equal([]);
        const stored = sessionStorage.getItem(PREFIX + url);
        expect(stored === good, `the good copy was replaced by ${stored?.slice(0, 60)}…`).to.be.true;
      });
    }

    it('shows a loaded badge the refreshed data when the background refresh brings a change', async () => {
      const ep = absolute(endpoint('slow-300'));
      await storeOldIndex(`${ep}index.json`, 'Old Kafka');
      const options = sharedClient().options;
      options.cache = 'session';
      try {
        const el = await fixture<SpVelocityBadge>(html`<sp-velocity-badge product="kafka" endpoint=${ep}></sp-velocity-badge>`);
        const name = () => textOf(el.shadowRoot!.querySelector('[part="name"]'));
        expect((await settled(el)).type).to.equal('sp-load');
        expect(name()).to.equal('Old Kafka');
        expect((await settled(el)).type).to.equal('sp-load');
        expect(name()).to.equal('Apache Kafka');
        await expect(el).to.be.accessible();
      } finally {
        options.cache = 'none';
      }
    });
  });

  describe('storage that fails', () => {
    it('loads from the network, quietly, when storage is blocked', async () => {
      const ep = absolute(endpoint('ok'));
      const heard = await noise(() =>
        withBrokenStorage(['getItem', 'setItem', 'removeItem'], 'SecurityError', async () => {
          const index = await loadIndex(session(), ep);
          expect(index.products).to.have.length(11);
          await pause(100);
          expect((await loadIndex(session(), ep)).products).to.have.length(11);
        }),
      );
      expect(heard).to.deep.equal([]);
      expect(await requests(ep)).to.equal(2);
    });

    it('loads from the network, quietly, when storage is full', async () => {
      const ep = absolute(endpoint('ok'));
      const heard = await noise(() =>
        withBrokenStorage(['setItem'], 'QuotaExceededError', async () => {
          expect((await loadIndex(session(), ep)).products).to.have.length(11);
          await pause(100);
          expect((await loadIndex(session(), ep)).products).to.have.length(11);
        }),
      );
      expect(heard).to.deep.equal([]);
      expect(ourKeys()).to.deep.equal([]);
      expect(await requests(ep)).to.equal(2);
    });
  });

  describe('the size cap', () => {
    /** The server's index with Kafka renamed and `padding` added, as JSON. */
    async function paddedIndex(name: string, padding: string): Promise<string> {
      const index = JSON.parse(await serverIndexBody());
      index.products.find((p: { slug: string }) => p.slug === 'kafka').name = name;
      return JSON.stringify({ ...index, padding });
    }

    it('counts the cap in UTF-8 bytes, as the network does', () => {
      expect(isOverBodyCap('a'.repeat(MAX_BODY_BYTES))).to.be.false;
      expect(isOverBodyCap('a'.repeat(MAX_BODY_BYTES + 1))).to.be.true;
      // Three bytes each in UTF-8, so over the cap in a third as many characters.
      expect(isOverBodyCap('€'.repeat(MAX_BODY_BYTES / 3 + 1))).to.be.true;
      expect(isOverBodyCap('€'.repeat(Math.floor(MAX_BODY_BYTES / 3)))).to.be.false;
    });

    it('throws away a stored copy over 1 MB of UTF-8, and the network answers instead', async () => {
      const ep = absolute(endpoint('ok'));
      const url = `${ep}index.json`;
      const stored = await paddedIndex('Stored Kafka', '€'.repeat(360_000));
      expect(stored.length, 'under 1 MB in UTF-16 code units').to.be.below(MAX_BODY_BYTES);
      sessionStorage.setItem(PREFIX + url, stored);
      const index = await loadIndex(session(), ep);
      expect(index.products.find((p) => p.slug === 'kafka')!.name).to.equal('Apache Kafka');
      expect(await requests(ep)).to.equal(1);
      const served = await serverIndexBody();
      await waitUntil(() => sessionStorage.getItem(PREFIX + url) === served, 'the copy over the cap was not replaced', { timeout: SLOW_MS });
    });

    it('keeps a stored copy just under 1 MB of UTF-8', async () => {
      const ep = absolute(endpoint('ok'));
      const url = `${ep}index.json`;
      const small = await paddedIndex('Stored Kafka', '');
      const stored = await paddedIndex('Stored Kafka', '€'.repeat(Math.floor((MAX_BODY_BYTES - small.length - 10) / 3)));
      expect(new TextEncoder().encode(stored).byteLength).to.be.within(MAX_BODY_BYTES - 20, MAX_BODY_BYTES);
      sessionStorage.setItem(PREFIX + url, stored);
      const index = await loadIndex(session(), ep);
      expect(index.products.find((p) => p.slug === 'kafka')!.name).to.equal('Stored Kafka');
      // The background refresh replaces it; no later test may meet it half done.
      await waitUntil(() => sessionStorage.getItem(PREFIX + url) !== stored, 'the stored copy was not refreshed', { timeout: SLOW_MS });
    });

    it('never stores a body over 1 MB of UTF-8', async () => {
      const url = `${absolute(endpoint('ok'))}index.json`;
      save(url, await paddedIndex('Apache Kafka', '€'.repeat(360_000)));
      expect(sessionStorage.getItem(PREFIX + url)).to.equal(null);
    });
  });

  describe('a corrupt stored copy', () => {
    for (const [what, body] of [
      ['is not JSON', '{"version": 1, "prod'],
      ['breaks the contract', '{"version": 2, "products": []}'],
    ] as const) {
      it(`is thrown away when it ${what}, and the network answers instead`, async () => {
        const ep = absolute(endpoint('ok'));
        const url = `${ep}index.json`;
        sessionStorage.setItem(PREFIX + url, body);
        const index = await loadIndex(session(), ep);
        expect(index.products).to.have.length(11);
        expect(await requests(ep)).to.equal(1);
        // The corrupt copy is removed at once and the answer saved later, so wait for the answer itself.
        const served = await serverIndexBody();
        await waitUntil(() => sessionStorage.getItem(PREFIX + url) === served, 'the corrupt copy was not replaced by the answer', { timeout: SLOW_MS });
      });

      it(`is removed from storage when it ${what}, even when the network fails too`, async () => {
        const ep = absolute(endpoint('status-500'));
        const url = `${ep}index.json`;
        sessionStorage.setItem(PREFIX + url, body);
        await rejection(loadIndex(new DataClient({ cache: 'session', tries: 1 }), ep));
        expect(sessionStorage.getItem(PREFIX + url)).to.equal(null);
        expect(await requests(ep)).to.equal(1);
      });
    }
  });
});
