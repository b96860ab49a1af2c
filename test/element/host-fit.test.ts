/**
 * A widget without a `theme` takes the look of the page it is embedded in:
 * it paints no background of its own, its text is in the page's colour and
 * font, and every colour it derives (borders, controls, surfaces, the badge)
 * stays readable on light, dark and mid-tone pages alike. Each widget is
 * checked in each state on several pages: what every text and border looks
 * like against what is actually behind it, composited as the browser paints
 * it. The figures are printed at the end.
 *
 * With `theme="light"`, `"dark"` or `"auto"`, the widget is a card of its own
 * palette and font instead, the same on every page.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { sharedClient } from '../../src/client/client.js';
import { endpoint, settled } from '../helpers.js';
import { backdrop, colour, coloursIn, contrast, hex, luminance, outside, over, type Rgba } from './colours.js';
import { ELEMENTS, STATES } from './every-state.js';

interface Host {
  name: string;
  background: string;
  color: string;
  font: string;
}

const HOSTS: Host[] = [
  { name: 'a dark serif blog', background: '#111111', color: '#eeeeee', font: 'Georgia, serif' },
  { name: 'a light serif blog', background: '#fffdf8', color: '#222222', font: '"Times New Roman", serif' },
  { name: 'a sepia page', background: '#f4ecd8', color: '#5b4636', font: 'Palatino, "Book Antiqua", serif' },
  { name: 'a mid-grey page', background: '#808080', color: '#000000', font: 'Verdana, sans-serif' },
];

/** A page whose own text only just reaches 4.5:1 (4.54:1): the worst a readable page can be. */
const EDGE: Host = { name: 'a page at 4.5:1', background: '#767676', color: '#ffffff', font: 'Georgia, serif' };

/** Below this a background is dark; white is 1, the dark host's #111 is 0.006, the badge's darkest band 0.14. */
const LIGHT_LUMINANCE = 0.2;

interface Text {
  where: string;
  ratio: number;
  fontFamily: string;
}

interface Look {
  texts: Text[];
  /** Borders, outlines and outline-like shadows, each against what is around the box. */
  borders: { where: string; ratio: number }[];
  /** Every colour painted as a background, composited over what is behind it. */
  backgrounds: { where: string; colour: Rgba }[];
}

const name = (el: Element, pseudo = '') =>
  `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}${pseudo}`;

const hidden = (el: Element) => el.closest('.visually-hidden') !== null || getComputedStyle(el).visibility === 'hidden';

const ownText = (el: Element) =>
  [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').replace(/[\s\u2066-\u2069]/g, '') !== '');

/** How every text, border and background in `host`'s shadow tree looks against what is behind it. */
function look(host: Element): Look {
  const result: Look = { texts: [], borders: [], backgrounds: [] };
  for (const el of host.shadowRoot!.querySelectorAll('*')) {
    if (el.localName === 'style' || el.localName === 'slot') continue;
    const style = getComputedStyle(el);
    const behind = backdrop(el);
    if (style.display === 'none') continue;
    for (const [pseudo, s, base] of [
      ['', style, outside(el)],
      ['::before', getComputedStyle(el, '::before'), behind],
      ['::after', getComputedStyle(el, '::after'), behind],
    ] as const) {
      if (pseudo && (s.content === 'none' || s.content === 'normal')) continue;
      for (const painted of [...coloursIn(s.backgroundColor), ...coloursIn(s.backgroundImage)]) {
        if (painted.a > 0) result.backgrounds.push({ where: name(el, pseudo), colour: over(painted, base) });
      }
      const textual = pseudo ? /^"[^"]+"$/.test(s.content) && s.content !== '""' : ownText(el);
      if (textual && !hidden(el)) {
        const ground = pseudo ? over(colour(s.backgroundColor), behind) : behind;
        result.texts.push({ where: name(el, pseudo), ratio: contrast(over(colour(s.color), ground), ground), fontFamily: s.fontFamily });
      }
    }
    if (hidden(el)) continue;
    const around = outside(el);
    for (const side of ['top', 'right', 'bottom', 'left']) {
      const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
      const kind = style.getPropertyValue(`border-${side}-style`);
      if (width > 0 && kind !== 'none' && kind !== 'hidden') {
        // A border is painted over the box's own background, and seen against what is around the box.
        const painted = over(colour(style.getPropertyValue(`border-${side}-color`)), behind);
        result.borders.push({ where: `${name(el)} border-${side}`, ratio: contrast(painted, around) });
      }
    }
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
      result.borders.push({ where: `${name(el)} outline`, ratio: contrast(over(colour(style.outlineColor), around), around) });
    }
    if (style.boxShadow !== 'none') {
      for (const shadow of coloursIn(style.boxShadow)) result.borders.push({ where: `${name(el)} box-shadow`, ratio: contrast(over(shadow, behind), behind) });
    }
  }
  return result;
}

/** Mounts `tag` with `properties` in a page styled as `host`, and waits for the state to show. */
async function mount(host: Host, tag: string, properties: Record<string, unknown>, settles: boolean, theme?: string): Promise<{ page: HTMLElement; el: HTMLElement }> {
  const page = document.createElement('div');
  Object.assign(page.style, { background: host.background, color: host.color, fontFamily: host.font, width: '720px', padding: '16px' });
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  Object.assign(el, properties);
  if (theme) el.setAttribute('theme', theme);
  page.append(el);
  const done = settles ? settled(el) : undefined;
  document.body.append(page);
  await el.updateComplete;
  await done;
  // A loaded comparison renders its last sections a frame later.
  await new Promise(requestAnimationFrame);
  return { page, el };
}

const min = <T extends { ratio: number }>(items: T[]) => items.reduce<T | undefined>((low, item) => (!low || item.ratio < low.ratio ? item : low), undefined);
const figure = (item?: { ratio: number; where: string }) => (item ? `${item.ratio.toFixed(2)}:1 (${item.where})` : '—');

/**
 * Each state of every-state.ts, but for the error: a server error, which
 * every widget shows as its error state (a timeline whose documents are
 * missing shows its empty state instead).
 */
const STATES_HERE = STATES.map(([state, properties, settles]) =>
  state === 'error' ? ([state, () => ({ endpoint: endpoint('status-500') }), settles] as const) : ([state, properties, settles] as const),
);

// One try, no waiting: the error state comes at once.
const { tries, backoff } = sharedClient().options;
before(() => Object.assign(sharedClient().options, { tries: 1, backoff: 10 }));
after(() => Object.assign(sharedClient().options, { tries, backoff }));

/** The figures, printed once every test has run. */
const report: string[] = [];
after(() => console.log(`Contrast, the lowest in each state:\n${report.join('\n')}`));

describe('the host look (no theme attribute)', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('body > div').forEach((page) => page.remove()));

  for (const host of HOSTS) {
    describe(`on ${host.name} (${host.color} on ${host.background}, ${host.font})`, () => {
      const hostRatio = contrast(colour(hexToRgb(host.color)), colour(hexToRgb(host.background)));

      for (const [tag, named] of ELEMENTS) {
        it(`<${tag}> paints no background, reads in the page's colours and font, and keeps 4.5:1 text and 3:1 borders in every state`, async () => {
          for (const [state, properties, settles] of STATES_HERE) {
            const { page, el } = await mount(host, tag, { ...named, ...properties(tag) }, settles);
            const seen = look(el);
            const root = el.shadowRoot!.querySelector('.root')!;
            expect(getComputedStyle(root).backgroundColor, `${state}: the root's background`).to.equal('rgba(0, 0, 0, 0)');
            // A loading widget is only its placeholder: "Loading…" is for assistive technology.
            if (state !== 'loading') expect(seen.texts, `${state}: some text shows`).to.not.be.empty;
            const pageFont = getComputedStyle(page).fontFamily;
            for (const text of seen.texts) {
              expect(text.fontFamily, `${state}: ${text.where}'s font`).to.equal(pageFont);
              expect(text.ratio, `${state}: ${text.where}'s text contrast`).to.be.at.least(4.5);
            }
            for (const border of seen.borders) expect(border.ratio, `${state}: ${border.where}`).to.be.at.least(3);
            if (luminance(colour(hexToRgb(host.background))) < LIGHT_LUMINANCE) {
              for (const { where, colour: painted } of seen.backgrounds) {
                expect(luminance(painted), `${state}: ${where} paints ${hex(painted)}, a light block`).to.be.below(LIGHT_LUMINANCE);
              }
            }
            report.push(`${host.name} (page ${hostRatio.toFixed(2)}:1), <${tag}> ${state}: text ${figure(min(seen.texts))}, borders ${figure(min(seen.borders))}`);
            await expect(el).to.be.accessible();
            page.remove();
          }
        });
      }
    });
  }

  describe(`on ${EDGE.name} (${EDGE.color} on ${EDGE.background})`, () => {
    const hostRatio = contrast(colour(hexToRgb(EDGE.color)), colour(hexToRgb(EDGE.background)));

    for (const [tag, named] of ELEMENTS) {
      it(`<${tag}> keeps its text at the page's own contrast (0.9 of it on a tinted surface) and its borders at 3:1`, async () => {
        for (const [state, properties, settles] of STATES_HERE) {
          const { page, el } = await mount(EDGE, tag, { ...named, ...properties(tag) }, settles);
          const seen = look(el);
          for (const text of seen.texts) expect(text.ratio, `${state}: ${text.where}`).to.be.at.least(hostRatio * 0.9);
          for (const border of seen.borders) expect(border.ratio, `${state}: ${border.where}`).to.be.at.least(3);
          report.push(`${EDGE.name} (page ${hostRatio.toFixed(2)}:1), <${tag}> ${state}: text ${figure(min(seen.texts))}, borders ${figure(min(seen.borders))}`);
          page.remove();
        }
      });
    }
  });
});

describe('an explicit theme', function () {
  this.timeout(60_000);
  const [darkBlog] = HOSTS;
  afterEach(() => document.querySelectorAll('body > div').forEach((page) => page.remove()));
  after(() => emulateMedia({ colorScheme: 'light' }));

  const THEMED: [string, 'light' | 'dark', string][] = [
    ['light', 'light', 'rgb(255, 255, 255)'],
    ['dark', 'light', 'rgb(13, 17, 23)'],
    ['auto', 'dark', 'rgb(13, 17, 23)'],
    ['auto', 'light', 'rgb(255, 255, 255)'],
  ];

  for (const [theme, scheme, background] of THEMED) {
    for (const [tag, named] of ELEMENTS) {
      it(`theme="${theme}" under a ${scheme} colour scheme gives <${tag}> its own card on ${darkBlog.name}: its background, its font, 4.5:1 text`, async () => {
        await emulateMedia({ colorScheme: scheme });
        for (const [state, properties, settles] of STATES_HERE) {
          const { page, el } = await mount(darkBlog, tag, { ...named, ...properties(tag) }, settles, theme);
          const root = el.shadowRoot!.querySelector('.root')!;
          // The badge sits in the text as an inline box, with no card around it: its halves have the colours.
          const card = tag === 'sp-velocity-badge' ? el.shadowRoot!.querySelector('[part="name"], .state, .skeleton')! : root;
          if (!card.classList.contains('skeleton')) expect(getComputedStyle(card).backgroundColor, `${state}: the background`).to.equal(background);
          const seen = look(el);
          for (const text of seen.texts) {
            expect(text.fontFamily, `${state}: ${text.where}'s font`).to.equal('system-ui, sans-serif');
            expect(text.ratio, `${state}: ${text.where}'s text contrast`).to.be.at.least(4.5);
          }
          if (background !== 'rgb(255, 255, 255)') {
            for (const { where, colour: painted } of seen.backgrounds) expect(luminance(painted), `${state}: ${where} paints ${hex(painted)}`).to.be.below(LIGHT_LUMINANCE);
          }
          report.push(`theme="${theme}" (${scheme} scheme), <${tag}> ${state}: text ${figure(min(seen.texts))}, borders ${figure(min(seen.borders))}`);
          await expect(el).to.be.accessible();
          page.remove();
        }
      });
    }
  }
});

function hexToRgb(value: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
