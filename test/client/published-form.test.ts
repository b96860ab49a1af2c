import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SpCompare } from '../../src/compare/sp-compare.js';
import type { SpTimeline } from '../../src/timeline/sp-timeline.js';
import type { SpVelocityBadge } from '../../src/badge/sp-velocity-badge.js';
import { SpErrorEvent, SpLoadEvent } from '../../src/element/events.js';
import { endpoint, hits, mountAll, settled, textOf } from '../helpers.js';

// Which documents each widget fetches, on the published form that
// `sparkpulse build` writes (the fake endpoint's `published` scenario) and on
// the full form (`ok`, index.json and products/{slug}.json only).

/** The documents the fake endpoint served under `ep`, each with its count, e.g. { 'summaries/0d3.json': 1 }. */
async function fetched(ep: string): Promise<Record<string, number>> {
  const base = new URL(ep, location.href).pathname;
  return Object.fromEntries(Object.entries(await hits(ep)).map(([path, n]) => [path.slice(base.length), n]));
}

// The shards of the sample's slugs (FNV-1a 32, first 3 hex digits).
const KAFKA = 'summaries/0d3.json';
const LINKERD = 'summaries/1a6.json';
const ISTIO = 'summaries/a35.json';

const badge = (product: string, ep: string) =>
  fixture<SpVelocityBadge>(html`<sp-velocity-badge product=${product} endpoint=${ep}></sp-velocity-badge>`);
const timeline = (products: string, limit: number, ep: string) =>
  fixture<SpTimeline>(html`<sp-timeline products=${products} limit=${limit} endpoint=${ep}></sp-timeline>`);
const items = (el: SpTimeline) => [...el.shadowRoot!.querySelectorAll('.feed__item')];

describe('the published form', () => {
  describe('<sp-velocity-badge>', () => {
    it('reads only its shard of summaries, never index.json', async () => {
      const ep = endpoint('published');
      const el = await badge('kafka', ep);
      expect((await settled(el)) instanceof SpLoadEvent).to.be.true;
      expect(textOf(el.shadowRoot!.querySelector('[part="velocity"]'))).to.equal('velocity 5.0');
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="badge"]')!.href).to.equal('https://sparkpulse.example/products/kafka');
      expect(await fetched(ep)).to.deep.equal({ [KAFKA]: 1 });
      await expect(el).to.be.accessible();
    });

    it('calls a slug its shard does not list not tracked, without asking for index.json', async () => {
      const ep = endpoint('published');
      const el = await badge('nope', ep);
      const event = await settled(el);
      expect((event as SpLoadEvent).empty).to.be.true;
      expect(textOf(el.shadowRoot)).to.contain('not tracked');
      expect(await fetched(ep)).to.deep.equal({ 'summaries/b18.json': 1 });
      await expect(el).to.be.accessible();
    });

    it('refuses a shard document that names another shard, with an error state', async () => {
      const ep = endpoint('published-wrongshard');
      const el = await badge('linkerd', ep);
      const event = await settled(el);
      expect(event instanceof SpErrorEvent).to.be.true;
      expect((event as SpErrorEvent).error.message).to.contain('summaries/1a6.json').and.contain('shard');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
      expect(await fetched(ep)).to.deep.equal({ [LINKERD]: 1 });
      await expect(el).to.be.accessible();
    });

    it('shares one request per shard among the badges of a page', async () => {
      const ep = endpoint('published');
      const { container, events } = await mountAll(html`
        ${['kafka', 'linkerd', 'istio', 'kafka', 'linkerd'].map((slug) => html`<sp-velocity-badge product=${slug} endpoint=${ep}></sp-velocity-badge>`)}
      `);
      container.remove();
      expect(events.map((e) => e.type)).to.deep.equal(Array(5).fill('sp-load'));
      expect(await fetched(ep)).to.deep.equal({ [KAFKA]: 1, [LINKERD]: 1, [ISTIO]: 1 });
    });
  });

  describe('<sp-compare>', () => {
    it('reads its two product documents and no index.json, with the alternatives the index would give', async () => {
      const ep = endpoint('published');
      const el = await fixture<SpCompare>(html`<sp-compare a="kafka" b="linkerd" alternatives="5" endpoint=${ep}></sp-compare>`);
      expect((await settled(el)) instanceof SpLoadEvent).to.be.true;
      expect(await fetched(ep)).to.deep.equal({ 'products/kafka.json': 1, 'products/linkerd.json': 1 });
      const names = [...el.shadowRoot!.querySelectorAll('.alternative__name')].map((n) => textOf(n));
      // DevOps without kafka and linkerd, fastest first; cilium and kafka tie at 5.0.
      expect(names).to.deep.equal(['OpenTelemetry', 'Grafana', 'Argo CD', 'Cilium', 'Istio']);
      await expect(el).to.be.accessible();
    });
    it('calls a product without a document not tracked once its shard does not list it either', async () => {
      const ep = endpoint('published');
      const el = await fixture<SpCompare>(html`<sp-compare a="kafka" b="nope" endpoint=${ep}></sp-compare>`);
      expect(((await settled(el)) as SpLoadEvent).empty).to.be.true;
      expect(await fetched(ep)).to.deep.equal({ 'products/kafka.json': 1, 'products/nope.json': 1, 'summaries/b18.json': 1 });
      await expect(el).to.be.accessible();
    });

    it('shows an error, not "not tracked", on an endpoint that has neither the product documents nor a catalogue', async () => {
      const ep = endpoint('status-404');
      const el = await fixture<SpCompare>(html`<sp-compare a="kafka" b="linkerd" endpoint=${ep}></sp-compare>`);
      expect((await settled(el)) instanceof SpErrorEvent).to.be.true;
      expect(el.shadowRoot!.querySelector('[part="retry"]')).to.exist;
    });
  });

  describe('<sp-timeline>', () => {
    it('reads the first page of each product when it holds the limit', async () => {
      const ep = endpoint('published-long');
      const el = await timeline('kafka,linkerd', 12, ep);
      expect((await settled(el)) instanceof SpLoadEvent).to.be.true;
      expect(items(el)).to.have.length(12);
      expect(await fetched(ep)).to.deep.equal({ 'activity/kafka/1.json': 1, 'activity/linkerd/1.json': 1 });
    });

    it('reads page 2 when the limit reaches past page 1', async () => {
      const ep = endpoint('published-long');
      const el = await timeline('kafka', 30, ep);
      await settled(el);
      expect(items(el)).to.have.length(30);
      expect(textOf(items(el)[29])).to.contain('Apache Kafka item 29');
      expect(await fetched(ep)).to.deep.equal({ 'activity/kafka/1.json': 1, 'activity/kafka/2.json': 1 });
    });

    it('shows a larger limit by reading only the pages it lacks, each once', async () => {
      const ep = endpoint('published-long');
      const el = await timeline('kafka,linkerd', 12, ep);
      await settled(el);
      el.limit = 100;
      await settled(el);
      await el.updateComplete;
      expect(items(el)).to.have.length(100);
      const dates = items(el).map((item) => Date.parse(item.querySelector('time')!.getAttribute('datetime')!));
      expect(dates).to.deep.equal([...dates].sort((x, y) => y - x));
      const counts = await fetched(ep);
      expect(Object.values(counts).every((n) => n === 1)).to.be.true;
      expect(Object.keys(counts).every((path) => path.startsWith('activity/'))).to.be.true;
      expect(counts).to.include({ 'activity/kafka/2.json': 1, 'activity/linkerd/2.json': 1 });
    });

    it('shares each page request with another timeline of the same products on the page', async () => {
      const ep = endpoint('published-long');
      const { container, events } = await mountAll(html`
        <sp-timeline products="kafka,linkerd" limit="30" endpoint=${ep}></sp-timeline>
        <sp-timeline products="linkerd,kafka" limit="30" endpoint=${ep}></sp-timeline>
      `);
      container.remove();
      expect(events.map((e) => e.type)).to.deep.equal(['sp-load', 'sp-load']);
      const counts = await fetched(ep);
      expect(Object.values(counts).every((n) => n === 1), JSON.stringify(counts)).to.be.true;
      expect(counts).to.include({ 'activity/kafka/1.json': 1, 'activity/linkerd/1.json': 1 });
    });

    it('calls a product without a first page and without a product document not tracked', async () => {
      const ep = endpoint('published');
      const el = await timeline('kafka,nope', 5, ep);
      await settled(el);
      expect(textOf(el.shadowRoot!.querySelector('[part="untracked"]'))).to.contain('nope');
      expect(await fetched(ep)).to.deep.equal({ 'activity/kafka/1.json': 1, 'activity/nope/1.json': 1, 'products/nope.json': 1 });
      await expect(el).to.be.accessible();
    });

    it('refuses a page whose items are not newest first, with an error state', async () => {
      const ep = endpoint('published-disorder');
      const el = await timeline('kafka', 5, ep);
      const event = await settled(el);
      expect(event instanceof SpErrorEvent).to.be.true;
      expect((event as SpErrorEvent).error.message).to.contain('activity/kafka/1.json').and.contain('newest first');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  it('serves a page of 5 badges, a comparison and a timeline without index.json', async () => {
    const ep = endpoint('published');
    const { container, events } = await mountAll(html`
      ${['kafka', 'linkerd', 'istio', 'kafka', 'istio'].map((slug) => html`<sp-velocity-badge product=${slug} endpoint=${ep}></sp-velocity-badge>`)}
      <sp-compare a="kafka" b="linkerd" endpoint=${ep}></sp-compare>
      <sp-timeline products="kafka,linkerd" endpoint=${ep}></sp-timeline>
    `);
    container.remove();
    expect(events.map((e) => e.type)).to.deep.equal(Array(7).fill('sp-load'));
    expect(await fetched(ep)).to.deep.equal({
      [KAFKA]: 1,
      [LINKERD]: 1,
      [ISTIO]: 1,
      'products/kafka.json': 1,
      'products/linkerd.json': 1,
      'activity/kafka/1.json': 1,
      'activity/linkerd/1.json': 1,
    });
  });
});

describe('the full form', () => {
  it('gives a badge index.json after its shard answers 404, and later badges index.json at once', async () => {
    const ep = endpoint('ok');
    const first = await badge('kafka', ep);
    await settled(first);
    expect(await fetched(ep)).to.deep.equal({ [KAFKA]: 1, 'index.json': 1 });
    const later = await badge('linkerd', ep);
    await settled(later);
    expect(textOf(later.shadowRoot!.querySelector('[part="velocity"]'))).to.equal('velocity 2.5');
    expect(await fetched(ep)).to.deep.equal({ [KAFKA]: 1, 'index.json': 1 });
  });

  it('calls a slug the index does not list not tracked', async () => {
    const ep = endpoint('ok');
    const el = await badge('nope', ep);
    expect(((await settled(el)) as SpLoadEvent).empty).to.be.true;
    expect(await fetched(ep)).to.deep.equal({ 'summaries/b18.json': 1, 'index.json': 1 });
  });

  it('gives a comparison index.json when its product documents carry no alternatives', async () => {
    const ep = endpoint('ok');
    const el = await fixture<SpCompare>(html`<sp-compare a="kafka" b="linkerd" alternatives="5" endpoint=${ep}></sp-compare>`);
    expect((await settled(el)) instanceof SpLoadEvent).to.be.true;
    expect(await fetched(ep)).to.deep.equal({ 'products/kafka.json': 1, 'products/linkerd.json': 1, 'index.json': 1 });
    const names = [...el.shadowRoot!.querySelectorAll('.alternative__name')].map((n) => textOf(n));
    expect(names).to.deep.equal(['OpenTelemetry', 'Grafana', 'Argo CD', 'Cilium', 'Istio']);
  });

  it('gives a timeline the product documents after the first pages answer 404', async () => {
    const ep = endpoint('ok');
    const el = await timeline('kafka,nope', 5, ep);
    await settled(el);
    expect(items(el)).to.have.length(5);
    expect(await fetched(ep)).to.deep.equal({
      'activity/kafka/1.json': 1,
      'activity/nope/1.json': 1,
      'products/kafka.json': 1,
      'products/nope.json': 1,
    });
  });
});
