import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { endpoint, hits, mountAll } from '../helpers.js';

describe('data requests', () => {
  // The shards of kafka, linkerd and istio.
  const SHARDS = ['summaries/0d3.json', 'summaries/1a6.json', 'summaries/a35.json'];
  for (const badges of [0, 1, 7, 60]) {
    const mount = async (ep: string) => {
      const slugs = Array.from({ length: badges }, (_, i) => ['kafka', 'linkerd', 'istio'][i % 3]);
      const { container, events } = await mountAll(html`
        ${slugs.map((slug) => html`<sp-velocity-badge product=${slug} endpoint=${ep}></sp-velocity-badge>`)}
        <sp-compare a="kafka" b="linkerd" endpoint=${ep}></sp-compare>
        <sp-timeline products="kafka,linkerd" endpoint=${ep}></sp-timeline>
      `);
      container.remove();
      expect(events.map((e) => e.type)).to.deep.equal(Array(badges + 2).fill('sp-load'));
      const base = new URL(ep, location.href).pathname;
      return Object.fromEntries([...SHARDS.slice(0, badges), 'products/kafka.json', 'products/linkerd.json'].map((doc) => [`${base}${doc}`, 1]));
    };

    it(`makes one request per shard, product document and first page for ${badges} badges, a compare and a timeline over two products, on the published form`, async () => {
      const ep = endpoint('published');
      const expected = await mount(ep);
      const base = new URL(ep, location.href).pathname;
      expect(await hits(ep)).to.deep.equal({ ...expected, [`${base}activity/kafka/1.json`]: 1, [`${base}activity/linkerd/1.json`]: 1 });
    });

    it(`adds only index.json and each widget kind's one probe that answers 404, for ${badges} badges, a compare and a timeline, on the full form`, async () => {
      const ep = endpoint('ok');
      const expected = await mount(ep);
      const base = new URL(ep, location.href).pathname;
      expect(await hits(ep)).to.deep.equal({
        ...expected,
        [`${base}index.json`]: 1,
        [`${base}activity/kafka/1.json`]: 1,
        [`${base}activity/linkerd/1.json`]: 1,
      });
    });
  }
});

describe('loading="lazy"', () => {
  const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  it('requests nothing for a widget more than a viewport below the screen, until it comes near', async () => {
    const ep = endpoint('ok');
    const container = document.createElement('div');
    const spacer = Object.assign(document.createElement('div'), { style: `height: ${innerHeight * 3}px` });
    const badge = Object.assign(document.createElement('sp-velocity-badge'), { product: 'kafka', endpoint: ep, loading: 'lazy' });
    container.append(spacer, badge);
    document.body.append(container);
    try {
      await nextFrames();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await hits(ep)).to.deep.equal({});
      expect(badge.shadowRoot!.querySelector('[part="loading"]')).to.exist;
      const loaded = new Promise((resolve) => badge.addEventListener('sp-load', resolve, { once: true }));
      // Within one viewport of the screen is near enough.
      scrollTo(0, badge.offsetTop - innerHeight * 1.5);
      await loaded;
      // Its shard, which answers 404 on the full form, then index.json.
      expect(Object.values(await hits(ep))).to.deep.equal([1, 1]);
    } finally {
      scrollTo(0, 0);
      container.remove();
    }
  });

  it('loads at once a lazy widget that is already on the screen', async () => {
    const ep = endpoint('ok');
    const { container, events } = await mountAll(
      html`<sp-velocity-badge product="kafka" loading="lazy" endpoint=${ep}></sp-velocity-badge>`,
    );
    container.remove();
    expect(events.map((e) => e.type)).to.deep.equal(['sp-load']);
  });

  it('is used by the demo blog for its widget below the fold', async () => {
    const page = await (await fetch('/demo/blog.html')).text();
    expect(page).to.match(/<sp-timeline [^>]*loading="lazy"/);
  });
});
