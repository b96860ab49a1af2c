import { expect } from '@open-wc/testing';
import '../../src/compare/define.js';
import { endpoint, settled } from '../helpers.js';

/** A comparison in a box `width` px wide, on an endpoint that answers after `ms`. */
function compareIn(width: number, ms: number) {
  const box = Object.assign(document.createElement('div'), { style: `width: ${width}px` });
  const el = Object.assign(document.createElement('sp-compare'), { a: 'kafka', b: 'linkerd', endpoint: endpoint(`slow-${ms}`) });
  box.append(el);
  document.body.append(box);
  return { box, el };
}

describe('<sp-compare> placeholder', () => {
  // The blog demo's column, and a phone's.
  for (const width of [664, 350]) {
    it(`reserves the loaded height, within 1%, in a ${width}px column`, async () => {
      const { box, el } = compareIn(width, 600);
      try {
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
        const reserved = el.getBoundingClientRect().height;
        await settled(el);
        const loaded = el.getBoundingClientRect().height;
        expect(Math.abs(reserved - loaded) / loaded).to.be.below(0.01);
      } finally {
        box.remove();
      }
    });
  }

  it('reserves each section where it will be, so the ones above do not push the ones below', async () => {
    const { box, el } = compareIn(664, 600);
    try {
      await el.updateComplete;
      const tops = [...el.shadowRoot!.querySelectorAll('.placeholder')].map((p) => p.getBoundingClientRect().top);
      await settled(el);
      const loadedTops = [...el.shadowRoot!.querySelectorAll('[part~="section"]')].map((s) => s.getBoundingClientRect().top);
      expect(loadedTops).to.have.length(tops.length);
      tops.forEach((top, i) => expect(Math.abs(top - loadedTops[i]), `section ${i}`).to.be.below(12));
    } finally {
      box.remove();
    }
  });
});

describe('<sp-timeline> placeholder', () => {
  for (const width of [664, 350]) {
    it(`reserves the loaded height of 8 items, within 5%, in a ${width}px column`, async () => {
      await import('../../src/timeline/define.js');
      const box = Object.assign(document.createElement('div'), { style: `width: ${width}px` });
      const el = Object.assign(document.createElement('sp-timeline'), {
        products: ['kafka', 'linkerd'],
        limit: 8,
        endpoint: endpoint('slow-600'),
      });
      box.append(el);
      document.body.append(box);
      try {
        await el.updateComplete;
        const reserved = el.getBoundingClientRect().height;
        await settled(el);
        const loaded = el.getBoundingClientRect().height;
        expect(Math.abs(reserved - loaded) / loaded, `${reserved} reserved, ${loaded} loaded`).to.be.below(0.05);
      } finally {
        box.remove();
      }
    });
  }
});
