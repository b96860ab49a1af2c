/**
 * A reader who sets a larger default font size gets larger widgets: their
 * sizes come from the browser's default (medium), in em, not from px.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { reserveBoxes } from '../../src/page/reserve.js';
import { endpoint, settled } from '../helpers.js';

async function loaded(tag: string, properties: Record<string, unknown>, style = '') {
  const el = document.createElement(tag);
  el.setAttribute('style', style);
  Object.assign(el, { endpoint: endpoint('ok'), ...properties });
  const event = settled(el);
  document.body.append(el);
  await event;
  return el;
}

const px = (el: Element, property: string) => getComputedStyle(el).getPropertyValue(property);

describe('the reader’s default font size', () => {
  afterEach(async () => {
    await executeServerCommand('set-default-font-size', { size: 16 });
    for (const el of document.querySelectorAll('sp-compare, sp-timeline, sp-velocity-badge, size-probe-velocity-badge')) el.remove();
  });

  it('sets the text size of every widget', async () => {
    await executeServerCommand('set-default-font-size', { size: 32 });
    const compare = await loaded('sp-compare', { a: 'kafka', b: 'linkerd', sections: 'glance' });
    const timeline = await loaded('sp-timeline', { products: 'kafka', limit: 2 });
    const badge = await loaded('sp-velocity-badge', { product: 'kafka' });
    expect(px(compare.shadowRoot!.querySelector('.root')!, 'font-size')).to.equal('32px');
    expect(px(compare.shadowRoot!.querySelector('.heading')!, 'font-size')).to.equal('40px');
    expect(px(timeline.shadowRoot!.querySelector('.root')!, 'font-size')).to.equal('32px');
    expect(px(badge.shadowRoot!.querySelector('.badge__name')!, 'font-size')).to.equal('28px');
  });

  it('sets the badge’s box, in every state, and the loader’s reservation follows', async () => {
    await executeServerCommand('set-default-font-size', { size: 32 });
    const badge = await loaded('sp-velocity-badge', { product: 'kafka' });
    const box = badge.shadowRoot!.querySelector('.badge')!.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([448, 48]);
    reserveBoxes('size-probe').reserveAll();
    const waiting = document.createElement('size-probe-velocity-badge');
    document.body.append(waiting);
    const reserved = waiting.getBoundingClientRect();
    expect([reserved.width, reserved.height]).to.deep.equal([448, 48]);
  });

  it('gives way to --sp-font-size, which still overrides it', async () => {
    await executeServerCommand('set-default-font-size', { size: 32 });
    const compare = await loaded('sp-compare', { a: 'kafka', b: 'linkerd', sections: 'glance' }, '--sp-font-size: 12px');
    expect(px(compare.shadowRoot!.querySelector('.root')!, 'font-size')).to.equal('12px');
  });

  it('keeps the page’s own root font size out: a widget is as large on a page that sets html { font-size: 10px }', async () => {
    document.documentElement.style.fontSize = '10px';
    try {
      const compare = await loaded('sp-compare', { a: 'kafka', b: 'linkerd', sections: 'glance' });
      expect(px(compare.shadowRoot!.querySelector('.root')!, 'font-size')).to.equal('16px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
