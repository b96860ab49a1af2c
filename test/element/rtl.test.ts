/**
 * On a right-to-left page (dir="rtl" lang="ar"), every widget reads right to
 * left in Arabic, in every state: its layout mirrors, with logical properties.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { endpoint, settled } from '../helpers.js';
import { ELEMENTS, STATES } from './every-state.js';

let page: HTMLElement;
beforeEach(() => {
  page = Object.assign(document.createElement('div'), { dir: 'rtl', lang: 'ar' });
  page.style.width = '800px';
  document.body.append(page);
});
afterEach(() => page.remove());

/** A widget in the right-to-left page; `wait` settles it (never, for the loading state). */
async function inPage(tag: string, properties: Record<string, unknown>, wait = true) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  Object.assign(el, properties);
  const event = settled(el);
  page.append(el);
  if (wait) await event;
  // The Arabic words arrive in a chunk of their own.
  await waitUntil(() => el.shadowRoot?.querySelector('.root')?.getAttribute('lang') === 'ar', 'the widget reads in Arabic', { timeout: 5_000 });
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!.querySelector('.root')!;
const box = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();

describe('on a right-to-left page in Arabic', function () {
  this.timeout(15_000);

  for (const [tag, base] of ELEMENTS) {
    for (const [state, extra, wait] of STATES) {
      it(`shows <${tag}> ${state}, right to left, and passes axe`, async () => {
        const el = await inPage(tag, { ...base, ...extra(tag) }, wait);
        expect(root(el).getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(root(el)).direction).to.equal('rtl');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('mirrors the badge: the score is on the left of the name', async () => {
    const el = await inPage('sp-velocity-badge', { product: 'kafka', endpoint: endpoint('ok') });
    expect(box(el, '.badge__velocity').right).to.be.at.most(box(el, '.badge__name').left + 0.5);
  });

  it('mirrors the feed: the time column is on the right of the title', async () => {
    const el = await inPage('sp-timeline', { products: 'kafka', limit: 2, endpoint: endpoint('ok') });
    expect(box(el, '.feed__item time').left).to.be.greaterThan(box(el, '.feed__title').left);
  });

  it('mirrors the comparison: the table’s row labels are on the right', async () => {
    const el = await inPage('sp-compare', { a: 'kafka', b: 'linkerd', sections: 'glance', endpoint: endpoint('ok') });
    expect(box(el, 'tbody th').left).to.be.greaterThan(box(el, 'tbody td').left);
  });
});
