/**
 * What assistive technology gets: failures announced once for the page,
 * Retry buttons that say what they load and keep the focus where it helps,
 * headings that fit the host page's outline, a named region, a table
 * caption, and data text marked with the endpoint's language.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { sharedClient } from '../../src/client/client.js';
import { captureWarnings, endpoint, settled, textOf } from '../helpers.js';

const mounted: Element[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

async function widget(tag: string, properties: Record<string, unknown>) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  Object.assign(el, properties);
  const event = settled(el);
  document.body.append(el);
  mounted.push(el);
  return { el, event: await event };
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const status = (el: Element) => textOf($(el, '[role="status"]'));

describe('failure states', () => {
  it('announces a failure of many widgets once, politely, never as an alert', async () => {
    const ep = endpoint('status-404');
    const slugs = ['kafka', 'linkerd', 'istio', 'grafana', 'cilium', 'terraform', 'prometheus', 'argo-cd', 'postgresql', 'clickhouse', 'opentelemetry'];
    const badges = await Promise.all(slugs.map((product) => widget('sp-velocity-badge', { product, endpoint: ep })));
    await Promise.all(badges.map(({ el }) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const said = badges.map(({ el }) => status(el)).filter(Boolean);
    expect(said).to.deep.equal(['Sparkpulse data could not be loaded.']);
    expect(badges.flatMap(({ el }) => $$(el, '[role="alert"]'))).to.have.length(0);
    await expect(badges[0].el).to.be.accessible();
  });

  it('gives each Retry button a name that says what it loads', async () => {
    const ep = endpoint('status-404');
    const [kafka, compare, timeline] = await Promise.all([
      widget('sp-velocity-badge', { product: 'kafka', endpoint: ep }),
      widget('sp-compare', { a: 'kafka', b: 'linkerd', endpoint: ep }),
      widget('sp-timeline', { products: 'kafka,linkerd', endpoint: endpoint('status-500') }),
    ]);
    const names = [kafka, compare, timeline].map(({ el }) => $(el, '[part="retry"]')!.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/g, ''));
    expect(names).to.deep.equal([
      'Retry loading the badge of kafka',
      'Retry loading the comparison of kafka and linkerd',
      'Retry loading the activity of kafka and linkerd',
    ]);
    await expect(compare.el).to.be.accessible();
  }).timeout(15_000);

  it('moves the focus to the new content when Retry brings it', async () => {
    const { el } = await widget('sp-velocity-badge', { product: 'kafka', endpoint: endpoint('first-1-status-404') });
    ($(el, '[part="retry"]') as HTMLButtonElement).focus();
    ($(el, '[part="retry"]') as HTMLButtonElement).click();
    expect((await settled(el)).type).to.equal('sp-load');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'a.badge'));
  });

  it('moves the focus to the new Retry button when Retry fails again', async () => {
    const { el } = await widget('sp-compare', { a: 'kafka', b: 'linkerd', endpoint: endpoint('status-404') });
    const first = $(el, '[part="retry"]') as HTMLButtonElement;
    first.focus();
    first.click();
    expect((await settled(el)).type).to.equal('sp-error');
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'retry', 'the focus is on Retry', { timeout: 2_000 });
  });
});

describe('structure that fits the host page', () => {
  it('puts its section headings at level 2 and its sub-headings at level 3 by default', async () => {
    const { el } = await widget('sp-compare', { a: 'kafka', b: 'linkerd', endpoint: endpoint('ok') });
    expect($$(el, '.heading').map((h) => h.localName)).to.deep.equal(['h2', 'h2', 'h2', 'h2', 'h2', 'h2', 'h2']);
    expect($$(el, '.subheading').map((h) => h.localName)).to.deep.equal(['h3', 'h3']);
  });

  it('puts its headings at heading-level, and its sub-headings one below', async () => {
    const el = document.createElement('sp-compare');
    el.setAttribute('heading-level', '4');
    Object.assign(el, { a: 'kafka', b: 'linkerd', endpoint: endpoint('ok') });
    const event = settled(el);
    document.body.append(el);
    mounted.push(el);
    await event;
    expect(new Set($$(el, '.heading').map((h) => h.localName))).to.deep.equal(new Set(['h4']));
    expect(new Set($$(el, '.subheading').map((h) => h.localName))).to.deep.equal(new Set(['h5']));
    await expect(el).to.be.accessible();
  });

  it('keeps sub-headings at h6 under a heading-level of 6, and refuses 7 with a warning', async () => {
    let el!: Element;
    const warnings = await captureWarnings(async () => {
      ({ el } = await widget('sp-compare', { a: 'kafka', b: 'linkerd', sections: 'editorial', headingLevel: '7', endpoint: endpoint('ok') }));
    });
    expect($$(el, '.heading').map((h) => h.localName)).to.deep.equal(['h6']);
    expect($$(el, '.subheading').map((h) => h.localName)).to.deep.equal(['h6', 'h6']);
    expect(warnings.filter((w) => w.includes('headingLevel'))).to.have.length(1);
  });

  it('gives the timeline a heading for assistive technology at its heading-level', async () => {
    const { el } = await widget('sp-timeline', { products: 'kafka', headingLevel: 3, endpoint: endpoint('ok') });
    const heading = $(el, 'h3')!;
    expect(textOf(heading)).to.equal('Recent activity');
    expect(heading.classList.contains('visually-hidden')).to.be.true;
  });

  it('is a region named after the two products', async () => {
    const { el } = await widget('sp-compare', { a: 'kafka', b: 'linkerd', sections: 'glance', endpoint: endpoint('ok') });
    const root = $(el, '.root')!;
    expect(root.getAttribute('role')).to.equal('region');
    expect(root.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/g, '')).to.equal('Apache Kafka vs Linkerd');
  });

  it('gives the at-a-glance table a caption', async () => {
    const { el } = await widget('sp-compare', { a: 'kafka', b: 'linkerd', sections: 'glance', endpoint: endpoint('ok') });
    expect(textOf($(el, 'table caption'))).to.equal('Apache Kafka and Linkerd at a glance');
  });
});

describe('languages of the text', () => {
  it('marks its own words with the widget’s language, and the endpoint’s texts with theirs', async () => {
    const ep = new URL(endpoint('ok'), location.href).href;
    const index = await (await fetch('/demo/endpoint/index.json')).json();
    sharedClient().prime(`${ep}index.json`, { ...index, language: 'fr' });
    const { el } = await widget('sp-compare', { a: 'kafka', b: 'linkerd', sections: 'whatis editorial', endpoint: ep });
    expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
    expect($$(el, '.headline').map((p) => p.getAttribute('lang'))).to.deep.equal(['fr', 'fr', 'fr', 'fr']);
    expect($$(el, 'dd').every((dd) => dd.getAttribute('lang') === 'fr')).to.be.true;
    expect($$(el, 'dt').every((dt) => !dt.hasAttribute('lang'))).to.be.true;
  });
});
