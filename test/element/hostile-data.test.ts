import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SpCompare, SpTimeline, SpVelocityBadge } from '../../src/classes.js';
import { sharedClient } from '../../src/client/client.js';
import { initials } from '../../src/element/logo.js';
import { captureWarnings, endpoint, mountAll, settled, textOf } from '../helpers.js';

// The fixture is plain JS shared with the fake endpoint; importing it by URL
// spares it a TypeScript declaration.
const { MARKUP, REFUSED_URLS }: { MARKUP: string; REFUSED_URLS: string[] } = await import(
  new URL('../fixtures/hostile.mjs', import.meta.url).href
);

type Widget = SpCompare | SpTimeline | SpVelocityBadge;

const absolute = (ep: string) => new URL(ep, location.href).href;
const $$ = (el: Widget, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

function compare(ep: string, a = 'kafka', b = 'linkerd', sections = 'glance whatis editorial alternatives activity faq') {
  return fixture<SpCompare>(html`<sp-compare a=${a} b=${b} endpoint=${ep} sections=${sections}></sp-compare>`);
}

function timeline(ep: string, products = 'kafka', limit = 100) {
  return fixture<SpTimeline>(html`<sp-timeline products=${products} limit=${limit} endpoint=${ep}></sp-timeline>`);
}

function badge(ep: string, product = 'kafka') {
  return fixture<SpVelocityBadge>(html`<sp-velocity-badge product=${product} endpoint=${ep}></sp-velocity-badge>`);
}

/** Mounts a widget and waits for its first event, collecting the console warnings meanwhile. */
async function loadWithWarnings<T extends Widget>(mount: () => Promise<T>): Promise<{ el: T; event: Event; warnings: string[] }> {
  let el!: T;
  let event!: Event;
  const warnings = await captureWarnings(async () => {
    el = await mount();
    event = await settled(el);
  });
  return { el, event, warnings };
}

/** Runs `body`, keeping its warnings off the console, and gives back its result. */
async function captureWarningsOf<T>(body: () => Promise<T>): Promise<T> {
  let result!: T;
  await captureWarnings(async () => {
    result = await body();
  });
  return result;
}

async function sampleJson(document: string): Promise<Record<string, unknown>> {
  return (await fetch(`/demo/endpoint/${document}`)).json();
}

/** An endpoint whose kafka document is the sample one with `logo` set. */
async function endpointWithKafkaLogo(logo: string): Promise<string> {
  const ep = absolute(endpoint('ok'));
  sharedClient().prime(`${ep}products/kafka.json`, { ...(await sampleJson('products/kafka.json')), logo });
  return ep;
}

/** Elements the hostile strings (markup, a script, a bold theme) would create if parsed, as HTML. */
function injected(el: Widget): string[] {
  return $$(el, 'img, script, b').map((found) => found.outerHTML);
}

// Assertions name elements by their HTML: a failure that carried a DOM node
// would be serialised with the whole document, and stall the test runner.
const htmlOf = (found: Element | null | undefined) => found?.outerHTML;

/** An `<img onerror>` that somehow got in gets a moment to fire before `__pwned` is read. */
const aMoment = () => new Promise((resolve) => setTimeout(resolve, 100));

const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned;

describe('untrusted data', () => {
  // A test that let markup run must not make the next ones fail as well.
  afterEach(() => delete (window as { __pwned?: unknown }).__pwned);

  describe('text is rendered as text', () => {
    it('shows markup in product names, headlines and titles literally in <sp-compare>', async () => {
      const { el } = await loadWithWarnings(() => compare(endpoint('hostile')));
      const header = $$(el, '.section--glance thead th').map(textOf);
      expect(header).to.deep.equal([`${MARKUP}Apache Kafka`, `${MARKUP}Linkerd`]);
      expect(textOf(el.shadowRoot!.querySelector('.blurb .headline'))).to.match(/^<script>window\.__pwned=1<\/script>/);
      expect($$(el, '.feed__title').map(textOf)).to.include(`${MARKUP} refused link 0`);
      expect(textOf(el.shadowRoot!.querySelector('.section--glance tbody'))).to.contain(`<b>`);
      expect(injected(el)).to.deep.equal([]);
      await aMoment();
      expect(pwned()).to.be.undefined;
      await expect(el).to.be.accessible();
    });

    it('shows markup in product names and activity titles literally in <sp-timeline>', async () => {
      const { el } = await loadWithWarnings(() => timeline(endpoint('hostile'), 'kafka,linkerd'));
      const titles = $$(el, '.feed__title').map(textOf);
      REFUSED_URLS.forEach((_, i) => expect(titles).to.include(`${MARKUP} refused link ${i}`));
      expect($$(el, '.feed__product').map(textOf)).to.include(`${MARKUP}Apache Kafka`);
      expect(injected(el)).to.deep.equal([]);
      await aMoment();
      expect(pwned()).to.be.undefined;
      await expect(el).to.be.accessible();
    });

    it('shows markup in a product name literally in the badge', async () => {
      // The hostile index's markup product is refused for its velocity, so this index carries a valid one.
      const ep = absolute(endpoint('ok'));
      const index = (await sampleJson('index.json')) as { products: { name: string }[] };
      index.products[0].name = `${MARKUP}Apache Kafka`;
      sharedClient().prime(`${ep}index.json`, index);
      const el = await badge(ep);
      await settled(el);
      expect(textOf(el.shadowRoot!.querySelector('[part="name"]'))).to.equal(`${MARKUP}Apache Kafka`);
      expect(injected(el)).to.deep.equal([]);
      await aMoment();
      expect(pwned()).to.be.undefined;
      await expect(el).to.be.accessible();
    });
  });

  describe('only absolute http(s) URLs become links', () => {
    it('shows each refused activity URL’s title as plain text, keeps the item, and warns naming the field', async () => {
      const { el, warnings } = await loadWithWarnings(() => timeline(endpoint('hostile')));
      const rows = $$(el, '.feed__item');
      REFUSED_URLS.forEach((url, i) => {
        const row = rows.find((r) => textOf(r.querySelector('.feed__title')) === `${MARKUP} refused link ${i}`);
        expect(row, `the item carrying ${url}`).to.exist;
        expect(htmlOf(row!.querySelector('a')), `a link for ${url}`).to.be.undefined;
        expect(warnings.filter((w) => w.includes(`products/kafka.json activity[${i}].url:`))).to.have.length(1);
      });
      await expect(el).to.be.accessible();
    });

    it('renders the badge without a link when site.productUrl is javascript:, with a warning', async () => {
      const { el, warnings } = await loadWithWarnings(() => badge(endpoint('hostile')));
      expect(htmlOf(el.shadowRoot!.querySelector('a'))).to.be.undefined;
      expect(textOf(el.shadowRoot!.querySelector('[part="badge"]'))).to.contain('Apache Kafka');
      expect(warnings.filter((w) => w.includes('index.json site.productUrl:'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('gives every link in every widget rel="noopener noreferrer" and an http(s) address', async () => {
      const ep = endpoint('ok');
      const { container } = await mountAll(html`
        <sp-compare a="kafka" b="linkerd" endpoint=${ep}></sp-compare>
        <sp-timeline products="kafka,linkerd" endpoint=${ep}></sp-timeline>
        <sp-velocity-badge product="kafka" endpoint=${ep}></sp-velocity-badge>
      `);
      try {
        for (const el of container.querySelectorAll<Widget>('sp-compare, sp-timeline, sp-velocity-badge')) {
          const links = $$(el, 'a') as HTMLAnchorElement[];
          expect(links, `links in <${el.localName}>`).not.to.be.empty;
          for (const a of links) {
            expect(a.getAttribute('rel'), a.href).to.equal('noopener noreferrer');
            expect(new URL(a.getAttribute('href')!).protocol, a.href).to.be.oneOf(['http:', 'https:']);
          }
        }
      } finally {
        container.remove();
      }
    });

    it('links nothing but http(s) addresses with hostile data', async () => {
      const ep = endpoint('hostile');
      const { container } = await captureWarningsOf(() =>
        mountAll(html`
          <sp-compare a="kafka" b="linkerd" endpoint=${ep}></sp-compare>
          <sp-timeline products="kafka,linkerd" limit="100" endpoint=${ep}></sp-timeline>
          <sp-velocity-badge product="kafka" endpoint=${ep}></sp-velocity-badge>
        `),
      );
      try {
        const hrefs = [...container.querySelectorAll<Widget>('sp-compare, sp-timeline, sp-velocity-badge')].flatMap((el) =>
          ($$(el, 'a') as HTMLAnchorElement[]).map((a) => a.getAttribute('href')!),
        );
        expect(hrefs).not.to.be.empty;
        for (const href of hrefs) expect(href).to.match(/^https?:\/\/[^/@]+\//);
      } finally {
        container.remove();
      }
    });
  });

  describe('images', () => {
    it('loads a logo lazily and without a referrer', async () => {
      const ep = await endpointWithKafkaLogo(new URL('/test/fixtures/logo.svg', location.href).href);
      const el = await compare(ep, 'kafka', 'linkerd', 'editorial');
      await settled(el);
      const img = el.shadowRoot!.querySelector('img')!;
      expect(img).to.exist;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      await expect(el).to.be.accessible();
    });

    it('shows the product’s initials in place of a logo that fails to load', async () => {
      const ep = await endpointWithKafkaLogo(`${location.origin}/no-such-logo.png`);
      const el = await compare(ep, 'kafka', 'linkerd', 'editorial');
      await settled(el);
      const first = () => el.shadowRoot!.querySelector('.card .logo')!;
      // A lazy image may never start loading in a test page the browser keeps in
      // the background; this test is about the failure, so it loads it now.
      first().setAttribute('loading', 'eager');
      await waitUntil(() => first().classList.contains('logo--initials'), 'the broken logo was not replaced', { timeout: 3000 });
      expect(textOf(first())).to.equal('AK');
      expect(htmlOf(el.shadowRoot!.querySelector('img'))).to.be.undefined;
      await expect(el).to.be.accessible();
    });

    it('refuses a data: logo, showing initials and warning about logo', async () => {
      const { el, warnings } = await loadWithWarnings(() => compare(endpoint('hostile'), 'kafka', 'linkerd', 'editorial'));
      expect(htmlOf(el.shadowRoot!.querySelector('img'))).to.be.undefined;
      const logo = el.shadowRoot!.querySelector('.card .logo')!;
      expect(logo.classList.contains('logo--initials')).to.be.true;
      expect(textOf(logo)).to.equal(initials(`${MARKUP}Apache Kafka`));
      expect(warnings.filter((w) => w.includes('products/kafka.json logo:'))).to.have.length(1);
    });
  });

  describe('a bad part does not sink the whole', () => {
    it('leaves out an activity item with a broken date, with a warning, and shows the rest', async () => {
      const kafka = (await sampleJson('products/kafka.json')) as { activity: { title: string }[] };
      const { el, event, warnings } = await loadWithWarnings(() => timeline(endpoint('invalid')));
      expect(event.type).to.equal('sp-load');
      const titles = $$(el, '.feed__title').map(textOf);
      expect(titles).to.deep.equal(kafka.activity.slice(1).map((item) => item.title));
      expect(warnings.filter((w) => w.includes('products/kafka.json activity[0].date:'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('leaves out a broken product of the index and still shows the others', async () => {
      const ep = endpoint('invalid');
      let container!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        ({ container } = await mountAll(html`
          <sp-velocity-badge product="argo-cd" endpoint=${ep}></sp-velocity-badge>
          <sp-velocity-badge product="kafka" endpoint=${ep}></sp-velocity-badge>
        `));
      });
      try {
        const [argo, kafka] = container.querySelectorAll('sp-velocity-badge');
        expect(argo.shadowRoot!.querySelector('[part="empty"]')).to.exist;
        expect(textOf(kafka.shadowRoot!.querySelector('[part="badge"]'))).to.contain('Apache Kafka');
        expect(warnings.filter((w) => w.includes('index.json products[2].velocity:'))).to.have.length(1);
      } finally {
        container.remove();
      }
    });

    it('falls back to dashes for an editorial that is not an object', async () => {
      const { el, event, warnings } = await loadWithWarnings(() => compare(endpoint('hostile'), 'kafka', 'linkerd', 'editorial'));
      expect(event.type).to.equal('sp-load');
      const kafka = el.shadowRoot!.querySelector('.card')!;
      expect([...kafka.querySelectorAll('dd')].map(textOf)).to.deep.equal(['—', '—', '—']);
      expect(warnings.filter((w) => w.includes('products/kafka.json editorial:'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('fails the document, with the error state, when a core field is broken', async () => {
      const { el, event } = await loadWithWarnings(() => timeline(endpoint('nameless')));
      expect(event.type).to.equal('sp-error');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
      expect(htmlOf(el.shadowRoot!.querySelector('.feed'))).to.be.undefined;
      await expect(el).to.be.accessible();
    });
  });

  describe('size caps', () => {
    it('renders only `limit` rows of a 10,000-item feed, quickly', async () => {
      const started = performance.now();
      const { el, event } = await loadWithWarnings(() => timeline(endpoint('many'), 'kafka', 12));
      const elapsed = performance.now() - started;
      expect(event.type).to.equal('sp-load');
      expect($$(el, '.feed__item').length).to.equal(12);
      expect(elapsed).to.be.below(2000);
    });

    it('says once that the list was cut to 1,000 items', async () => {
      const { warnings } = await loadWithWarnings(() => timeline(endpoint('many'), 'kafka', 12));
      const cut = warnings.filter((w) => w.includes('products/kafka.json activity:'));
      expect(cut).to.have.length(1);
      expect(cut[0]).to.match(/10000 items; only the first 1000 are read/);
    });

    it('cuts a 20,000-character summary, ending it with "…"', async () => {
      const { el, warnings } = await loadWithWarnings(() => compare(endpoint('hostile'), 'kafka', 'linkerd', 'whatis'));
      const paragraphs = [...el.shadowRoot!.querySelectorAll('.blurb')][0].querySelectorAll('p:not(.headline)');
      const summary = [...paragraphs].map((p) => p.textContent!.trim()).find((text) => text.startsWith('long long'));
      expect(summary).to.exist;
      expect(summary!.length).to.be.at.most(5001);
      expect(summary!.endsWith('…')).to.be.true;
      expect(warnings.filter((w) => w.includes('products/kafka.json summary:'))).to.have.length(1);
    });
  });

  describe('warnings', () => {
    it('warns once per field path per load, never once per render', async () => {
      const { el, warnings } = await loadWithWarnings(() => compare(endpoint('hostile')));
      expect(warnings).not.to.be.empty;
      expect(new Set(warnings).size).to.equal(warnings.length);
      const later = await captureWarnings(async () => {
        for (let i = 0; i < 3; i++) {
          el.requestUpdate();
          await el.updateComplete;
        }
        el.limit = 3;
        await el.updateComplete;
        expect($$(el, '.feed__item').length).to.equal(3);
      });
      expect(later).to.deep.equal([]);
    });

    it('starts every warning with "[sparkpulse] "', async () => {
      const { warnings } = await loadWithWarnings(() => compare(endpoint('hostile')));
      expect(warnings).not.to.be.empty;
      for (const warning of warnings) expect(warning.startsWith('[sparkpulse] '), warning).to.be.true;
    });
  });
});
