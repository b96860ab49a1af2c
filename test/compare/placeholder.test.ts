import { expect } from '@open-wc/testing';
import '../../src/compare/define.js';
import { endpoint, settled } from '../helpers.js';

// The placeholder is an estimate for typical data: texts as long as the
// site's own comparison pages have them (the fake endpoint's `seedlength`).
// On the sample's shorter texts the widget is shorter than its placeholder.

/** A comparison in a box `width` px wide, on typical data that arrives after `ms`. */
function compareIn(width: number, ms: number) {
  const box = Object.assign(document.createElement('div'), { style: `width: ${width}px` });
  const el = Object.assign(document.createElement('sp-compare'), { a: 'kafka', b: 'linkerd', endpoint: endpoint(`seedlength-0-${ms}`) });
  box.append(el);
  document.body.append(box);
  return { box, el };
}

describe('<sp-compare> placeholder', () => {
  // The blog demo's column, and a phone's.
  for (const width of [664, 350]) {
    it(`reserves the loaded height of typical data, or up to a quarter more, in a ${width}px column`, async () => {
      const { box, el } = compareIn(width, 600);
      try {
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
        const reserved = el.getBoundingClientRect().height;
        await settled(el);
        const loaded = el.getBoundingClientRect().height;
        // The estimate leans long (LEAN in src/page/geometry.ts): a widget that comes out shorter keeps its box while in sight.
        expect(reserved / loaded, `${reserved} reserved, ${loaded} loaded`).to.be.within(0.95, 1.25);
      } finally {
        box.remove();
      }
    });
  }

  it('draws lines of text to come, in the box the loader reserves', async () => {
    const { box, el } = compareIn(664, 600);
    try {
      await el.updateComplete;
      const placeholder = el.shadowRoot!.querySelector('[part="loading"] .placeholder')!;
      expect(placeholder.getBoundingClientRect().height).to.equal(el.getBoundingClientRect().height);
      expect(getComputedStyle(placeholder, '::before').backgroundImage).to.match(/^repeating-linear-gradient/);
      await settled(el);
    } finally {
      box.remove();
    }
  });
});

describe('a comparison the reader has scrolled into before its data came', () => {
  it('keeps its box while the reader sees it, so the text below does not jump, then takes its own height out of sight', async () => {
    // The sample's texts are shorter than typical: the comparison comes out shorter than its box.
    const box = Object.assign(document.createElement('div'), { style: 'width: 664px' });
    const el = Object.assign(document.createElement('sp-compare'), { a: 'kafka', b: 'linkerd', endpoint: endpoint('slow-600') });
    const after = Object.assign(document.createElement('p'), { textContent: 'The text after the comparison.', style: 'height: 2000px; margin: 0' });
    box.append(el, after);
    document.body.append(box);
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries().map((entry) => (entry as PerformanceEntry & { value: number }).value)));
    observer.observe({ type: 'layout-shift' });
    try {
      await el.updateComplete;
      const reserved = el.getBoundingClientRect().height;
      // The reader is near the end of the placeholder, the text after it in sight.
      scrollTo(0, el.getBoundingClientRect().top + scrollY + reserved - innerHeight / 2);
      const textTop = after.getBoundingClientRect().top;
      await settled(el);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      expect(after.getBoundingClientRect().top, 'the text after it stays where the reader sees it').to.equal(textTop);
      expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
      // Once the reader has scrolled past it, it takes its natural height.
      scrollTo(0, after.getBoundingClientRect().top + scrollY + 200);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const natural = el.shadowRoot!.querySelector('.sections')!.getBoundingClientRect().height;
      expect(el.getBoundingClientRect().height).to.be.below(reserved);
      expect(Math.abs(el.getBoundingClientRect().height - natural)).to.be.below(1);
    } finally {
      observer.disconnect();
      box.remove();
      scrollTo(0, 0);
    }
  });
});

describe('<sp-timeline> placeholder', () => {
  for (const width of [664, 350]) {
    it(`reserves the loaded height of 8 typical items, within 12%, in a ${width}px column`, async () => {
      await import('../../src/timeline/define.js');
      const box = Object.assign(document.createElement('div'), { style: `width: ${width}px` });
      const el = Object.assign(document.createElement('sp-timeline'), {
        products: ['kafka', 'linkerd'],
        limit: 8,
        endpoint: endpoint('seedlength-0-600'),
      });
      box.append(el);
      document.body.append(box);
      try {
        await el.updateComplete;
        const reserved = el.getBoundingClientRect().height;
        await settled(el);
        const loaded = el.getBoundingClientRect().height;
        expect(Math.abs(reserved - loaded) / loaded, `${reserved} reserved, ${loaded} loaded`).to.be.below(0.12);
      } finally {
        box.remove();
      }
    });
  }
});
