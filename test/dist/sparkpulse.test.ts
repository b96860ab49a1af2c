import { expect, html, waitUntil } from '@open-wc/testing';
import { captureWarnings, endpoint, mountAll, settled, textOf } from '../helpers.js';

// The built script-tag loader, as a blogger loads it: `npm test` builds it first.
const BUNDLE = '/dist/sparkpulse.js';

/** Adds a classic `<script src=...>`, as a blogger does, with `data` attributes, and waits for it to run. */
function addScript(src: string, data: Record<string, string> = {}): Promise<HTMLScriptElement> {
  const script = Object.assign(document.createElement('script'), { src });
  Object.assign(script.dataset, data);
  return new Promise((resolve, reject) => {
    script.onload = () => resolve(script);
    script.onerror = reject;
    document.head.append(script);
  });
}

/** The script files the page has fetched so far, by path. */
const scriptsFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'));

describe('dist/sparkpulse.js', () => {
  let exports: Record<string, unknown>;

  before(async () => {
    exports = await import(/* @vite-ignore */ BUNDLE);
  });

  it('defines no global name in the host page', async () => {
    const before = new Set(Object.keys(window));
    await addScript(`${BUNDLE}?copy=globals`);
    expect(Object.keys(window).filter((name) => !before.has(name))).to.deep.equal([]);
  });

  it('exports nothing and fetches no element code while no widget is on the page', () => {
    expect(Object.keys(exports)).to.deep.equal([]);
    expect(scriptsFetched().filter((path) => path.startsWith('/dist/cdn/'))).to.deep.equal([]);
    for (const tag of ['sp-compare', 'sp-timeline', 'sp-velocity-badge']) expect(customElements.get(tag), tag).to.be.undefined;
  });

  it('fetches only the badge code for a page of badges, added after it loaded', async () => {
    const ep = endpoint('ok');
    const { container } = await mountAll(html`<sp-velocity-badge product="kafka" endpoint=${ep}></sp-velocity-badge>`);
    expect(customElements.get('sp-velocity-badge')).to.exist;
    expect(customElements.get('sp-compare')).to.be.undefined;
    expect(scriptsFetched().filter((path) => path.startsWith('/dist/cdn/'))).to.have.length(1);
    expect(textOf(container.querySelector('sp-velocity-badge')!.shadowRoot)).to.equal('Apache Kafka, velocity 5.0');
    container.remove();
  });

  it('renders a compare, a timeline and a badge in a plain page', async () => {
    const ep = endpoint('ok');
    const { container } = await mountAll(html`
      <sp-compare a="kafka" b="linkerd" endpoint=${ep}></sp-compare>
      <sp-timeline products="kafka,linkerd" limit="5" endpoint=${ep}></sp-timeline>
      <sp-velocity-badge product="kafka" endpoint=${ep}></sp-velocity-badge>
    `);
    const [compare, timeline, badge] = [...container.children] as HTMLElement[];
    expect(compare.shadowRoot!.querySelectorAll('[part~="section"]')).to.have.length(6);
    expect(timeline.shadowRoot!.querySelectorAll('.feed__item')).to.have.length(5);
    expect(textOf(badge.shadowRoot)).to.equal('Apache Kafka, velocity 5.0');
    await expect(compare).to.be.accessible();
    container.remove();
  });

  it('stays silent and fetches nothing more when the same version is loaded again under another URL', async () => {
    const before = scriptsFetched().length;
    const warnings = await captureWarnings(() => import(/* @vite-ignore */ `${BUNDLE}?copy=2`));
    expect(warnings).to.deep.equal([]);
    expect(scriptsFetched().length).to.equal(before + 1);
  });

  it('names the elements with the prefix given by the script tag', async () => {
    await addScript(`${BUNDLE}?copy=3`, { prefix: 'acme' });
    const ep = endpoint('ok');
    const { container } = await mountAll(html`<acme-velocity-badge product="linkerd" endpoint=${ep}></acme-velocity-badge>`);
    const badge = container.firstElementChild!;
    await settled(badge);
    expect(customElements.get('acme-velocity-badge')).to.exist;
    expect(textOf(badge.shadowRoot)).to.equal('Linkerd, velocity 2.5');
    container.remove();
  });

  it('keeps names another script took, warning once for another library and once for another version', async () => {
    class TheirTimeline extends HTMLElement {}
    class OlderBadge extends HTMLElement {}
    Object.defineProperty(OlderBadge, Symbol.for('sparkpulse.version'), { value: '0.0.1' });
    customElements.define('other-timeline', TheirTimeline);
    customElements.define('other-velocity-badge', OlderBadge);
    const warnings = await captureWarnings(async (heard) => {
      await addScript(`${BUNDLE}?copy=4`, { prefix: 'other' });
      const compare = document.createElement('other-compare');
      document.body.append(compare);
      await customElements.whenDefined('other-compare');
      compare.remove();
      // The warnings come with the element code, fetched for them alone, so a slow fetch delays them.
      await waitUntil(() => heard.length >= 2, 'both warnings', { timeout: 5_000 });
    });
    expect(customElements.get('other-timeline')).to.equal(TheirTimeline);
    expect(customElements.get('other-velocity-badge')).to.equal(OlderBadge);
    expect(warnings).to.have.members([
      '[sparkpulse] <other-timeline> is taken by another script; keeping it. Use a prefix to rename ours.',
      '[sparkpulse] Sparkpulse 0.0.1 is already on this page; keeping it, not 0.1.0.',
    ]);
  });

  it('fires sp-load from a widget defined by the loader', async () => {
    const { container, events } = await mountAll(html`<sp-timeline products="kafka" limit="2" endpoint=${endpoint('ok')}></sp-timeline>`);
    expect(events.map((e) => e.type)).to.deep.equal(['sp-load']);
    container.remove();
  });
});
