/**
 * Every word of the data, in every section, at a desktop's width and a
 * phone's: on texts as long as the site's own comparison pages have them
 * (300–600 characters a block, six long themes: the fake endpoint's
 * `seedlength`), each text's last character is laid out on the page, inside
 * the window's width and inside every box that clips, and nothing is held
 * to a number of lines.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { SECTION_NAMES } from '../../src/compare/section-names.js';
import { endpoint, settled, withoutIsolates } from '../helpers.js';

interface Product {
  name: string;
  sector: string;
  headline: string;
  summary: string;
  themes: string[];
  editorial: Record<string, string>;
  activity: { title: string }[];
}

/** Every text node of `root` (through open shadow roots) that a reader sees. */
function visibleTexts(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && (node.closest('.visually-hidden') || getComputedStyle(node).display === 'none')) return;
    if (node instanceof Text && node.data.trim()) found.push(node);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

/** The boxes around `node` that clip what overflows them, up to the document. */
function clippingAncestors(node: Node): Element[] {
  const boxes: Element[] = [];
  for (let n: Node | null = node.parentNode; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (!(n instanceof Element) || n === document.documentElement) continue;
    const style = getComputedStyle(n);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') boxes.push(n);
  }
  return boxes;
}

/** What is wrong with how `text` is shown, if anything: its last character off the page, clipped, or cut to lines. */
function problem(text: Text): string | undefined {
  const range = document.createRange();
  const end = text.data.trimEnd().length;
  range.setStart(text, end - 1);
  range.setEnd(text, end);
  const rects = [...range.getClientRects()];
  const last = rects.at(-1);
  const what = `"…${withoutIsolates(text.data.trim()).slice(-24)}"`;
  if (!last || (last.width === 0 && last.height === 0)) return `${what} is not laid out`;
  if (last.left < -0.5 || last.right > innerWidth + 0.5) return `${what} ends outside the window (${last.left}–${last.right} px)`;
  for (const box of clippingAncestors(text)) {
    const clip = box.getBoundingClientRect();
    if (last.top < clip.top - 0.5 || last.bottom > clip.bottom + 0.5 || last.left < clip.left - 0.5 || last.right > clip.right + 0.5) {
      return `${what} is cut by <${box.localName} class="${box.className}">`;
    }
  }
  for (let el = text.parentElement; el; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (style.getPropertyValue('-webkit-line-clamp') !== 'none') return `${what} is held to ${style.getPropertyValue('-webkit-line-clamp')} lines`;
    if (style.textOverflow === 'ellipsis' && style.overflowX !== 'visible') return `${what} can end in an ellipsis`;
  }
  return undefined;
}

/** The endpoint's own texts, to find each whole on screen. */
async function texts(ep: string): Promise<string[]> {
  const get = async (path: string) => (await fetch(`${ep}${path}`)).json();
  const [kafka, linkerd] = (await Promise.all([get('products/kafka.json'), get('products/linkerd.json')])) as Product[];
  return [kafka, linkerd].flatMap((p) => [
    p.name,
    p.sector,
    p.headline,
    p.summary,
    ...p.themes,
    ...Object.values(p.editorial),
    ...p.activity.slice(0, 4).map((item) => item.title),
  ]);
}

/** The text a reader sees of `el`, white space folded, without the isolates. */
const shown = (el: Element) =>
  withoutIsolates(
    visibleTexts(el)
      .map((t) => t.data)
      .join(' '),
  ).replace(/\s+/g, ' ');

const WIDGETS: [string, Record<string, string | number>][] = [
  ...SECTION_NAMES.map((section): [string, Record<string, string | number>] => [
    `the ${section} section of <sp-compare>`,
    { tag: 'sp-compare', a: 'kafka', b: 'linkerd', sections: section, limit: 4 },
  ]),
  ['the feed of <sp-timeline>', { tag: 'sp-timeline', products: 'kafka,linkerd', limit: 4 }],
];

for (const width of [1280, 360]) {
  describe(`every word at ${width} px`, function () {
    this.timeout(20_000);
    let ep: string;
    let data: string[];
    before(async () => {
      await setViewport({ width, height: 800 });
      ep = endpoint('seedlength');
      data = await texts(ep);
    });
    after(() => setViewport({ width: 800, height: 600 }));

    for (const [what, { tag, ...properties }] of WIDGETS) {
      it(`shows ${what} whole: every text ends on the page, unclipped`, async () => {
        const el = Object.assign(document.createElement(tag as string), { ...properties, endpoint: ep });
        const event = settled(el);
        document.body.append(el);
        try {
          expect((await event).type).to.equal('sp-load');
          for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
          const texts = visibleTexts(el);
          expect(texts.length).to.be.greaterThan(2);
          expect(texts.map(problem).filter(Boolean)).to.deep.equal([]);
          // The data's own texts that this part shows are there whole: the longest of them too.
          const page = shown(el);
          const whole = data.filter((text) => page.includes(text.slice(0, 40)));
          expect(whole.length, 'some of the data is shown').to.be.greaterThan(0);
          for (const text of whole) expect(page, text.slice(0, 40)).to.contain(text);
          expect(document.documentElement.scrollWidth, 'nothing is wider than the window').to.be.at.most(innerWidth);
        } finally {
          el.remove();
        }
      });
    }

    it('shows all six themes of each product, in the at-a-glance table', async () => {
      const el = Object.assign(document.createElement('sp-compare'), { a: 'kafka', b: 'linkerd', sections: 'glance', endpoint: ep });
      const event = settled(el);
      document.body.append(el);
      try {
        await event;
        const cells = [...el.shadowRoot!.querySelectorAll('tbody tr:nth-child(4) td')].map((td) => withoutIsolates(td.textContent!).split(', '));
        expect(cells.map((themes) => themes.length)).to.deep.equal([6, 6]);
      } finally {
        el.remove();
      }
    });

    it('sets each row label of the at-a-glance table on its values’ baseline, and no row taller than its text', async () => {
      const el = Object.assign(document.createElement('sp-compare'), { a: 'kafka', b: 'linkerd', sections: 'glance', endpoint: ep });
      const event = settled(el);
      document.body.append(el);
      try {
        await event;
        const firstLine = (cell: Element) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return range.getClientRects()[0];
        };
        for (const row of el.shadowRoot!.querySelectorAll('tbody tr')) {
          const [label, ...values] = [...row.children].map(firstLine);
          // Small type and body type share a baseline: their first lines end within the descent's difference.
          for (const value of values) expect(Math.abs(label.bottom - value.bottom), row.textContent!).to.be.below(2.5);
        }
        // "Sector: DevOps" is one line, with no empty band below it: 24 px, its padding and its rule,
        // and a pixel for setting two sizes of type on one baseline, which some fonts' metrics need.
        const sector = el.shadowRoot!.querySelector('tbody tr')!;
        expect(sector.getBoundingClientRect().height).to.be.at.most(24 + 8 + 1 + 1);
      } finally {
        el.remove();
      }
    });
  });
}
