/**
 * What a page writes between the tags: shown where no script runs, held out
 * of the reserved box while the widget's code is on its way, hidden once the
 * widget renders, and shown again, beside the error and Retry, when the
 * endpoint is down.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { reserveBoxes } from '../../src/page/reserve.js';
import { endpoint, settled } from '../helpers.js';

const LINK = '<a href="https://sparkpulse.example/compare/kafka-vs-linkerd">Apache Kafka vs Linkerd on Sparkpulse</a>';
const IMAGE = '<img src="/test/fixtures/logo.svg" alt="Apache Kafka velocity" width="90" height="20">';

const mounted: Element[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible';

async function withFallback(tag: string, properties: Record<string, unknown>, fallback: string) {
  const el = document.createElement(tag);
  el.innerHTML = fallback;
  Object.assign(el, properties);
  const event = settled(el);
  document.body.append(el);
  mounted.push(el);
  return { el, event: await event };
}

describe('fallback content between the tags', () => {
  it('shows where no script runs: the link inside an element no script defines', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body><sp-compare a="kafka" b="linkerd">${LINK}</sp-compare></body></html>`;
    // No scripts at all in the frame: as a reader with JavaScript off.
    frame.setAttribute('sandbox', 'allow-same-origin');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    mounted.push(frame);
    await loaded;
    const link = frame.contentDocument!.querySelector('a')!;
    expect(link.getClientRects().length).to.be.greaterThan(0);
    expect(link.textContent).to.equal('Apache Kafka vs Linkerd on Sparkpulse');
  });

  it('waits out of the reserved box while the widget’s code is on its way', () => {
    reserveBoxes('fallback-probe').reserveAll();
    const el = document.createElement('fallback-probe-compare');
    el.innerHTML = LINK;
    document.body.append(el);
    mounted.push(el);
    reserveBoxes('fallback-probe').reserveAll();
    expect(shown(el.querySelector('a')!)).to.be.false;
    // The box is the reservation alone: the link adds nothing to it.
    const without = document.createElement('fallback-probe-compare');
    document.body.append(without);
    mounted.push(without);
    expect(el.getBoundingClientRect().height).to.equal(without.getBoundingClientRect().height);
  });

  it('is hidden once the widget has rendered its data', async () => {
    const { el, event } = await withFallback('sp-compare', { a: 'kafka', b: 'linkerd', sections: 'glance', endpoint: endpoint('ok') }, LINK);
    expect(event.type).to.equal('sp-load');
    expect(shown(el.querySelector('a')!)).to.be.false;
  });

  it('shows beside the error and Retry when the endpoint is down', async () => {
    const { el, event } = await withFallback('sp-compare', { a: 'kafka', b: 'linkerd', endpoint: endpoint('status-404') }, LINK);
    expect(event.type).to.equal('sp-error');
    const link = el.querySelector('a')!;
    expect(shown(link)).to.be.true;
    expect(link.assignedSlot?.closest('[part~="error"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('stands in for a badge’s short words when its endpoint is down, inside the badge’s box', async () => {
    const { el } = await withFallback('sp-velocity-badge', { product: 'kafka', endpoint: endpoint('status-404') }, IMAGE);
    const img = el.querySelector('img')!;
    await waitUntil(() => img.complete, 'the image loaded', { timeout: 3_000 });
    expect(shown(img)).to.be.true;
    const box = el.shadowRoot!.querySelector('.state')!.getBoundingClientRect();
    const image = img.getBoundingClientRect();
    expect(image.top).to.be.at.least(box.top);
    expect(image.bottom).to.be.at.most(box.bottom);
    expect(el.shadowRoot!.querySelector('[part="retry"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('gives way to the badge’s short words when there is none', async () => {
    const { el } = await withFallback('sp-velocity-badge', { product: 'kafka', endpoint: endpoint('status-404') }, '');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes()).to.have.length(0);
    expect(shown(slot.querySelector('[aria-hidden="true"]')!)).to.be.true;
  });
});
