/**
 * The height the loader reserves for a block widget before its code runs is
 * an estimate, from its attributes and its width, of its height on typical
 * data (the site's own comparison pages: 300–600 characters a block). Its
 * placeholder is that height exactly; the loaded widget takes its natural
 * height, which on typical data is within a stated tolerance of the
 * estimate; and on any data, nothing is wider than a phone's window.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { sharedClient } from '../../src/client/client.js';
import { reserveBoxes } from '../../src/page/reserve.js';
import { endpoint, settled } from '../helpers.js';

/** A prefix no element is defined under, so its tags stay as the loader sees them before their code arrives. */
const UNDEFINED = 'geometry-probe';
const boxes = reserveBoxes(UNDEFINED);

/** Container widths: phones, both sides of the two-column breakpoint (35em = 560px), a blog's column, a desktop's. */
const WIDTHS = [320, 360, 559, 560, 664, 760, 1248];
/** How far the loaded height may be from the estimate on typical data: 12 % of it, or three lines (72 px) for a small widget. */
const TOLERANCE = (loaded: number) => Math.max(0.12 * loaded, 72);

const COMPARES: Record<string, string>[] = [
  {},
  { sections: 'intro' },
  { sections: 'glance faq' },
  { sections: 'whatis, editorial' },
  { sections: 'alternatives', alternatives: '1' },
  { sections: 'alternatives activity', alternatives: '5', limit: '3' },
  { sections: 'activity', limit: '0' },
  { sections: 'nothing-known' },
  { sections: 'constructor' },
];
const TIMELINES: Record<string, string>[] = [{}, { limit: '1' }, { limit: '5' }, { limit: '0' }, { products: 'linkerd', limit: '20' }];

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

/** The widget loaded with `data`: its height, and how far right anything in its column reaches (every FAQ answer open). */
async function loaded(kind: string, attributes: Record<string, string>, width: number, data: string): Promise<{ height: number; width: number }> {
  const div = column(width);
  const el = element(`sp-${kind}`, { ...attributes, endpoint: endpoint(data) });
  const event = settled(el);
  div.append(el);
  expect((await event).type).to.equal('sp-load');
  const h = height(el);
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  const w = Math.max(div.scrollWidth, el.scrollWidth, el.shadowRoot!.querySelector('.root')!.scrollWidth);
  div.remove();
  return { height: h, width: w };
}

const describeAttributes = (attributes: Record<string, string>) =>
  Object.entries(attributes).map(([name, value]) => `${name}="${value}"`).join(' ') || 'default attributes';

for (const [kind, shapes, extra] of [
  ['compare', COMPARES, { a: 'kafka', b: 'linkerd' }],
  ['timeline', TIMELINES, { products: 'kafka,linkerd' }],
] as const) {
  describe(`the height of <sp-${kind}>`, function () {
    this.timeout(40_000);
    const warn = console.warn;
    before(() => (console.warn = () => {}));
    after(() => (console.warn = warn));

    for (const shape of shapes) {
      const attributes = { ...extra, ...shape };
      it(`is reserved as the placeholder draws it, exactly, and loads close to it on typical data, with ${describeAttributes(shape)}`, async () => {
        const found: string[] = [];
        for (const width of WIDTHS) {
          const expected = reserved(kind, attributes, width);
          const drawn = await placeholder(kind, attributes, width);
          const typical = (await loaded(kind, attributes, width, 'seedlength')).height;
          if (Math.abs(drawn - expected) > 0.5) found.push(`${width}px: reserved ${expected}, placeholder ${drawn}`);
          if (Math.abs(typical - expected) > TOLERANCE(typical)) found.push(`${width}px: reserved ${expected}, loaded ${typical} on typical data`);
        }
        expect(found).to.deep.equal([]);
      });
    }
  });
}

describe('the width of every widget on any data', function () {
  this.timeout(40_000);
  const warn = console.warn;
  before(() => (console.warn = () => {}));
  after(() => (console.warn = warn));

  for (const width of [320, 360]) {
    it(`stays within a ${width} px column`, async () => {
      const found: string[] = [];
      for (const data of ['ok', 'seedlength', 'seedlength-1', 'long']) {
        for (const [kind, attributes] of [
          ['compare', { a: 'kafka', b: 'linkerd', sections: 'intro glance whatis editorial alternatives activity faq' }],
          ['timeline', { products: 'kafka,linkerd' }],
        ] as const) {
          const { width: reach } = await loaded(kind, attributes, width, data);
          if (reach > width) found.push(`<sp-${kind}> on ${data}: ${reach} px`);
        }
      }
      expect(found).to.deep.equal([]);
    });
  }
});

describe('a size hint from the page (min-height on the element)', function () {
  this.timeout(20_000);
  const HINT = 'min-height: 900px';

  it('is kept before the code arrives, while loading, once loaded, and in the error state', async () => {
    const attributes = { a: 'kafka', b: 'linkerd', sections: 'glance', style: HINT };
    const width = 760;
    const heights = [reserved('compare', attributes, width), await placeholder('compare', attributes, width), (await loaded('compare', attributes, width, 'ok')).height];
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
    const natural = (await loaded('compare', { a: 'kafka', b: 'linkerd' }, 760, 'ok')).height;
    expect((await loaded('compare', attributes, 760, 'ok')).height).to.equal(natural);
    expect(reserved('compare', attributes, 760)).to.equal(reserved('compare', { a: 'kafka', b: 'linkerd' }, 760));
  });
});
