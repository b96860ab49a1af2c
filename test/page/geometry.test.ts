/**
 * The height the loader reserves for a block widget before its code runs, the
 * height of its placeholder, and its height once loaded are one and the same,
 * whatever the data's text lengths: that is what keeps the host page still.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { sharedClient } from '../../src/client/client.js';
import { reserveBoxes } from '../../src/page/reserve.js';
import { endpoint, settled } from '../helpers.js';

/** A prefix no element is defined under, so its tags stay as the loader sees them before their code arrives. */
const UNDEFINED = 'geometry-probe';
const boxes = reserveBoxes(UNDEFINED);

/** Container widths on both sides of the two-column breakpoint (35em = 560px). */
const WIDTHS = [320, 559, 560, 760];
const DATA = ['ok', 'generated-1', 'generated-2', 'long'];

const COMPARES: Record<string, string>[] = [
  {},
  { sections: 'glance faq' },
  { sections: 'whatis, editorial' },
  { sections: 'alternatives', alternatives: '1' },
  { sections: 'alternatives activity', alternatives: '5', limit: '3' },
  { sections: 'activity', limit: '0' },
  { sections: 'nothing-known' },
];
const TIMELINES: Record<string, string>[] = [{}, { limit: '1' }, { limit: '5' }, { limit: '0' }];

function column(width: number): HTMLElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
}

function element(tag: string, attributes: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

const height = (el: Element) => el.getBoundingClientRect().height;

/** The box the loader reserves for `<kind attributes>` in a column `width` wide. */
function reserved(kind: string, attributes: Record<string, string>, width: number): number {
  const div = column(width);
  const el = element(`${UNDEFINED}-${kind}`, attributes);
  div.append(el);
  boxes.reserveAll();
  const h = height(el);
  div.remove();
  return h;
}

/** The widget's placeholder, while its documents never come. */
async function placeholder(kind: string, attributes: Record<string, string>, width: number): Promise<number> {
  const ep = new URL(endpoint('never'), location.href).href;
  for (const path of ['index.json', 'products/kafka.json', 'products/linkerd.json']) sharedClient().prime(`${ep}${path}`, new Promise(() => {}));
  const div = column(width);
  const el = element(`sp-${kind}`, { ...attributes, endpoint: ep });
  div.append(el);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const h = height(el);
  div.remove();
  return h;
}

/** The widget loaded with `data`. */
async function loaded(kind: string, attributes: Record<string, string>, width: number, data: string): Promise<number> {
  const div = column(width);
  const el = element(`sp-${kind}`, { ...attributes, endpoint: endpoint(data) });
  const event = settled(el);
  div.append(el);
  expect((await event).type).to.equal('sp-load');
  const h = height(el);
  div.remove();
  return h;
}

const describeAttributes = (attributes: Record<string, string>) =>
  Object.entries(attributes).map(([name, value]) => `${name}="${value}"`).join(' ') || 'default attributes';

for (const [kind, shapes, extra] of [
  ['compare', COMPARES, { a: 'kafka', b: 'linkerd' }],
  ['timeline', TIMELINES, { products: 'kafka,linkerd' }],
] as const) {
  describe(`the height of <sp-${kind}>`, function () {
    this.timeout(30_000);
    const warn = console.warn;
    before(() => (console.warn = () => {}));
    after(() => (console.warn = warn));

    for (const shape of shapes) {
      const attributes = { ...extra, ...shape };
      it(`is the same reserved, loading and loaded, with ${describeAttributes(shape)}, at every width and on any data`, async () => {
        const found: string[] = [];
        for (const width of WIDTHS) {
          const expected = reserved(kind, attributes, width);
          const heights = [await placeholder(kind, attributes, width)];
          for (const data of DATA) heights.push(await loaded(kind, attributes, width, data));
          if (heights.some((h) => Math.abs(h - expected) > 0.5)) {
            found.push(`${width}px: reserved ${expected}, placeholder ${heights[0]}, loaded ${DATA.map((d, i) => `${d} ${heights[i + 1]}`).join(', ')}`);
          }
        }
        expect(found).to.deep.equal([]);
      });
    }
  });
}

describe('a size hint from the page (min-height on the element)', function () {
  this.timeout(20_000);
  const HINT = 'min-height: 900px';

  it('is kept before the code arrives, while loading, once loaded, and in the error state', async () => {
    const attributes = { a: 'kafka', b: 'linkerd', sections: 'glance', style: HINT };
    const width = 760;
    const heights = [reserved('compare', attributes, width), await placeholder('compare', attributes, width), await loaded('compare', attributes, width, 'ok')];
    const div = column(width);
    const broken = element('sp-compare', { ...attributes, endpoint: endpoint('status-500') });
    const event = settled(broken);
    div.append(broken);
    expect((await event).type).to.equal('sp-error');
    heights.push(height(broken));
    div.remove();
    expect(heights).to.deep.equal([900, 900, 900, 900]);
  });

  it('gives way to a widget taller than the hint', async () => {
    const attributes = { a: 'kafka', b: 'linkerd', style: 'min-height: 100px' };
    const natural = await loaded('compare', { a: 'kafka', b: 'linkerd' }, 760, 'ok');
    expect(await loaded('compare', attributes, 760, 'ok')).to.equal(natural);
    expect(reserved('compare', attributes, 760)).to.equal(natural);
  });
});
