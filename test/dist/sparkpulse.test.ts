import { expect, html } from '@open-wc/testing';
import { endpoint, mountAll, textOf } from '../helpers.js';

// The built script-tag bundle, as a blogger loads it: `npm test` builds it first.
const BUNDLE = '/dist/sparkpulse.js';

describe('dist/sparkpulse.js', () => {
  let exports: Record<string, unknown>;

  before(async () => {
    exports = await import(/* @vite-ignore */ BUNDLE);
  });

  it('registers all three elements and exports nothing', () => {
    expect(Object.keys(exports)).to.deep.equal([]);
    for (const tag of ['sp-compare', 'sp-timeline', 'sp-velocity-badge']) {
      expect(customElements.get(tag), tag).to.exist;
    }
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

  it('warns instead of throwing when it is loaded a second time under another URL', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes('already defined'))).to.have.length(3);
  });
});
