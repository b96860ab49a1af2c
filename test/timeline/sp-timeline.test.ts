import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/timeline/define.js';
import type { SpTimeline } from '../../src/timeline/sp-timeline.js';
import { SpErrorEvent, SpLoadEvent } from '../../src/element/events.js';
import { endpoint, hits, mountAll, settled, SLOW_MS, textOf } from '../helpers.js';

async function timeline(attrs: { products: string; limit?: number; sparksOnly?: boolean; ep?: string; theme?: string }) {
  const el = await fixture<SpTimeline>(html`<sp-timeline
    products=${attrs.products}
    limit=${attrs.limit ?? 12}
    ?sparks-only=${attrs.sparksOnly ?? false}
    theme=${attrs.theme ?? 'light'}
    endpoint=${attrs.ep ?? endpoint('ok')}
  ></sp-timeline>`);
  return el;
}

const items = (el: SpTimeline) => [...el.shadowRoot!.querySelectorAll('.feed__item')];

describe('<sp-timeline>', () => {
  describe('loading', () => {
    it('reserves rows for the feed while the documents are on their way', async () => {
      const el = await timeline({ products: 'kafka,linkerd', ep: endpoint('slow-1000') });
      expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    });
  });

  describe('loaded', () => {
    it('interleaves the products newest first, up to the limit', async () => {
      const el = await timeline({ products: 'kafka,linkerd', limit: 4 });
      await settled(el);
      const rows = items(el);
      expect(rows).to.have.length(4);
      expect(rows.map((row) => textOf(row.querySelector('.feed__title')))).to.deep.equal([
        'Announcing Linkerd 2.20: Rate-limit-aware load balancing, reduced memory usage, better inbound metrics, and more',
        'Apache Kafka 4.2.1 Release Announcement',
        'Apache Kafka 4.3.0 Release Announcement',
        'The Proxy Died First: How Kubernetes Native Sidecars Solve the Service Mesh Shutdown Problem',
      ]);
      expect(rows.map((row) => textOf(row.querySelector('.feed__product')))).to.deep.equal([
        'Linkerd',
        'Apache Kafka',
        'Apache Kafka',
        'Linkerd',
      ]);
      await expect(el).to.be.accessible();
    });

    it('re-renders a new limit from the data it has, without a new request', async () => {
      const ep = endpoint('ok');
      const el = await timeline({ products: 'kafka,linkerd', limit: 3, ep });
      await settled(el);
      const before = await hits(ep);
      el.limit = 6;
      await el.updateComplete;
      expect(items(el)).to.have.length(6);
      expect(await hits(ep)).to.deep.equal(before);
    });

    it('shows 12 items by default', async () => {
      const el = await fixture<SpTimeline>(html`<sp-timeline products="kafka,linkerd" endpoint=${endpoint('ok')}></sp-timeline>`);
      await settled(el);
      expect(el.limit).to.equal(12);
      expect(items(el)).to.have.length(12);
    });

    it('links each title to its URL and puts its date in a time element', async () => {
      const el = await timeline({ products: 'kafka', limit: 1 });
      await settled(el);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.feed__title a')!;
      expect(link.href).to.match(/^https:\/\/kafka\.apache\.org\//);
      const time = el.shadowRoot!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2026-05-20T00:00:00Z');
      expect(time.getAttribute('title')).to.equal('May 20, 2026');
      // Assistive technology gets the phrase in words and the date.
      expect(textOf(time.querySelector('.visually-hidden'))).to.match(/^\d+ (days|months?|years?) ago, May 20, 2026$/);
      expect(textOf(time.querySelector('[aria-hidden="true"]'))).to.match(/^\d+(d|mo|y) ago$/);
    });

    it('keeps only the sparks with sparks-only, each marked ⚡', async () => {
      const el = await timeline({ products: 'opentelemetry,grafana', sparksOnly: true });
      await settled(el);
      const rows = items(el);
      expect(rows.length).to.be.greaterThan(0);
      for (const row of rows) expect(textOf(row.querySelector('.feed__spark'))).to.contain('⚡');
      await expect(el).to.be.accessible();
    });

    it('names the products it does not track next to those it does', async () => {
      const el = await timeline({ products: 'kafka,nope,nada' });
      await settled(el);
      expect(items(el).length).to.be.greaterThan(0);
      expect(textOf(el.shadowRoot!.querySelector('[part="untracked"]'))).to.equal(
        'nope and nada are not tracked by Sparkpulse.',
      );
    });

    it('writes relative times in the language of the nearest ancestor', async () => {
      const { container } = await mountAll(html`<div lang="de">
        <sp-timeline products="kafka" limit="1" endpoint=${endpoint('ok')}></sp-timeline>
      </div>`);
      const el = container.querySelector('sp-timeline')!;
      expect(textOf(el.shadowRoot!.querySelector('time [aria-hidden="true"]'))).to.match(/^vor /);
      expect(el.shadowRoot!.querySelector('time')!.title).to.equal('20. Mai 2026');
      container.remove();
    });
  });

  describe('empty', () => {
    it('says a product is not tracked, and fires sp-load with empty set', async () => {
      const el = await timeline({ products: 'not-a-product' });
      const event = (await settled(el)) as SpLoadEvent;
      expect(event.empty).to.be.true;
      expect(textOf(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal('not-a-product is not tracked by Sparkpulse.');
      await expect(el).to.be.accessible();
    });

    it('says so when no product is named', async () => {
      const el = await timeline({ products: '' });
      // Nothing to request, so the empty state may already be there.
      await waitUntil(() => el.shadowRoot!.querySelector('[part="empty"]'), 'the empty state never showed', { timeout: SLOW_MS });
      expect(textOf(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal('No product was named.');
    });
  });

  describe('error', () => {
    it('shows the error with a Retry button and fires sp-error', async () => {
      const el = await timeline({ products: 'kafka', ep: endpoint('status-500') });
      const event = await settled(el);
      expect(event instanceof SpErrorEvent).to.be.true;
      expect(textOf(el.shadowRoot!.querySelector('[part="error"] p'))).to.equal(
        'Could not load Sparkpulse data: the server answered HTTP 500.',
      );
      expect(el.shadowRoot!.querySelector('button[part="retry"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('dark', () => {
    it('uses dark colours with theme="dark" and stays accessible', async () => {
      const el = await timeline({ products: 'kafka,linkerd', theme: 'dark' });
      await settled(el);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(13, 17, 23)');
      await expect(el).to.be.accessible();
    });
  });
});
