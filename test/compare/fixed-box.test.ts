/**
 * The opt-in fixed box: `lines` holds each long text of a comparison to that
 * many lines. Each text that is cut, and only those, gets a "Show more"
 * button right after it, which the keyboard works, which tells assistive
 * technology what it opens and whether it is open, and which shows the whole
 * text, as the reader's own input: no layout shift counts it. Without the
 * attribute nothing is held.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/compare/define.js';
import type { SpCompare } from '../../src/compare/sp-compare.js';
import { captureWarnings, endpoint, settled, textOf } from '../helpers.js';

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

/** A comparison of kafka and linkerd on texts as long as the seed page's, in a column `width` px wide, loaded and measured. */
async function compare(attributes: Record<string, string>, width = 360, page: Partial<HTMLElement> = {}): Promise<SpCompare> {
  const column = Object.assign(document.createElement('div'), page);
  column.style.width = `${width}px`;
  const el = document.createElement('sp-compare');
  for (const [name, value] of Object.entries({ a: 'kafka', b: 'linkerd', endpoint: endpoint('seedlength'), ...attributes })) el.setAttribute(name, value);
  const event = settled(el);
  column.append(el);
  document.body.append(column);
  mounted.push(column);
  expect((await event).type).to.equal('sp-load');
  await frames();
  await el.updateComplete;
  return el;
}

const held = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.clamp')];
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.more')];
const isCut = (text: HTMLElement) => text.scrollHeight > text.clientHeight + 1;
const lineHeight = (text: HTMLElement) => parseFloat(getComputedStyle(text).lineHeight);

/** The button right after a held text, if it has one. */
const buttonOf = (text: HTMLElement) => (text.nextElementSibling?.matches('button.more') ? (text.nextElementSibling as HTMLButtonElement) : null);

describe('<sp-compare lines>', function () {
  this.timeout(20_000);

  it('holds no text without the attribute: no box, no button', async () => {
    const el = await compare({});
    expect(held(el)).to.have.length(0);
    expect(buttons(el)).to.have.length(0);
    for (const text of el.shadowRoot!.querySelectorAll('p, dd, .feed__title')) {
      expect(getComputedStyle(text).getPropertyValue('-webkit-line-clamp')).to.equal('none');
    }
  });

  it('holds each long text to that many lines, and gives a button exactly to each text it cut', async () => {
    const el = await compare({ lines: '3' }, 1000);
    const texts = held(el).filter((text) => !text.closest('details'));
    // The headlines, summaries, editorial blocks, the alternatives' intro and twelve activity titles; the FAQ's answers are closed.
    expect(texts.length).to.equal(4 + 8 + 1 + 12);
    const cut = texts.filter(isCut);
    expect(cut.length, 'some texts are cut').to.be.greaterThan(0);
    expect(cut.length, 'some texts fit').to.be.lessThan(texts.length);
    for (const text of texts) {
      expect(text.clientHeight, text.id).to.be.at.most(3 * lineHeight(text) + 1);
      expect(Boolean(buttonOf(text)), `${text.id} has a button when cut`).to.equal(isCut(text));
    }
    expect(buttons(el)).to.have.length(cut.length);
  });

  it('holds the answer of an FAQ question once it is opened, with its button', async () => {
    const el = await compare({ lines: '1', sections: 'faq' });
    const details = el.shadowRoot!.querySelector('details')!;
    expect(buttons(el)).to.have.length(0);
    details.open = true;
    await waitUntil(() => buttons(el).length === 1, 'the open answer gets its button', { timeout: 2_000 });
    expect(details.contains(buttons(el)[0])).to.equal(true);
  });

  it('names each button after its text, points it at the text and says it is closed', async () => {
    const el = await compare({ lines: '1', sections: 'editorial' });
    const button = buttonOf(el.shadowRoot!.querySelector<HTMLElement>('#text-editorial-a-currentState')!)!;
    expect(button.type).to.equal('button');
    expect(textOf(button)).to.equal('Show more');
    expect(button.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/g, '')).to.equal('Show more: Apache Kafka, Current state');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('text-editorial-a-currentState');
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(button.previousElementSibling);
    await expect(el).to.be.accessible();
  });

  it('opens with Enter and closes with Space, turning into "Show less" and back, focus kept', async () => {
    const el = await compare({ lines: '2', sections: 'whatis' });
    const text = el.shadowRoot!.querySelector<HTMLElement>('#text-whatis-a-summary')!;
    const button = buttonOf(text)!;
    const closed = text.getBoundingClientRect().height;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(button)).to.equal('Show less');
    expect(button.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/g, '')).to.equal('Show less: Apache Kafka');
    expect(isCut(text), 'the text is whole').to.equal(false);
    expect(text.getBoundingClientRect().height).to.be.greaterThan(closed);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(button)).to.equal('Show more');
    expect(text.getBoundingClientRect().height).to.equal(closed);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await expect(el).to.be.accessible();
  });

  it('moves nothing that layout shift counts when a text opens: the reader asked for it', async () => {
    const el = await compare({ lines: '2', sections: 'whatis editorial' }, 760);
    const below = document.createElement('p');
    below.textContent = 'The host page goes on under the widget.';
    el.after(below);
    await frames();
    const shifts: (PerformanceEntry & { hadRecentInput: boolean; value: number })[] = [];
    const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as typeof shifts)));
    observer.observe({ type: 'layout-shift' });
    try {
      const button = buttons(el)[0];
      button.scrollIntoView({ block: 'center' });
      await frames();
      // Settled: a widget shorter than its reserved box keeps the box only while it is in sight (box.ts).
      el.shadowRoot!.querySelector<HTMLElement>('.root')!.style.minHeight = '';
      await frames();
      shifts.length = 0;
      const top = below.getBoundingClientRect().top;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await frames(3);
      expect(below.getBoundingClientRect().top, 'the page below moved down').to.be.greaterThan(top);
      expect(shifts.length, 'the shift is reported').to.be.greaterThan(0);
      expect(shifts.filter((shift) => !shift.hadRecentInput).map((shift) => shift.value)).to.deep.equal([]);
    } finally {
      observer.disconnect();
    }
  });

  it('gives a text its button when the widget narrows and cuts it, and takes it away when it widens again', async () => {
    const el = await compare({ lines: '2', sections: 'whatis' }, 1200);
    const column = el.parentElement!;
    const headline = el.shadowRoot!.querySelector<HTMLElement>('#text-whatis-a-headline')!;
    expect(isCut(headline)).to.equal(false);
    expect(buttonOf(headline)).to.equal(null);
    column.style.width = '320px';
    await waitUntil(() => buttonOf(headline) !== null, 'the cut headline gets its button', { timeout: 2_000 });
    expect(isCut(headline)).to.equal(true);
    column.style.width = '1200px';
    await waitUntil(() => buttonOf(headline) === null, 'the whole headline loses its button', { timeout: 2_000 });
  });

  it('measures again once moved into a narrower column of the page', async () => {
    const el = await compare({ lines: '2', sections: 'whatis' }, 1200);
    const headline = el.shadowRoot!.querySelector<HTMLElement>('#text-whatis-a-headline')!;
    expect(buttonOf(headline)).to.equal(null);
    const narrow = Object.assign(document.createElement('div'), { style: 'width: 320px' });
    document.body.append(narrow);
    mounted.push(narrow);
    narrow.append(el);
    await waitUntil(() => buttonOf(headline) !== null, 'the cut headline gets its button', { timeout: 2_000 });
  });

  it('shows every text whole again, with no button, when the attribute goes', async () => {
    const el = await compare({ lines: '2' });
    expect(buttons(el).length).to.be.greaterThan(0);
    el.removeAttribute('lines');
    await el.updateComplete;
    expect(held(el)).to.have.length(0);
    expect(buttons(el)).to.have.length(0);
  });

  it('takes its number as the attribute does, a number or digits, and refuses anything else with a warning', async () => {
    const el = document.createElement('sp-compare');
    el.lines = 4;
    expect(el.lines).to.equal(4);
    el.lines = '6';
    expect(el.lines).to.equal(6);
    const warnings = await captureWarnings(async () => {
      el.lines = 'six' as never;
      expect(el.lines).to.equal(0);
      el.lines = 50;
      expect(el.lines).to.equal(20);
    });
    expect(warnings.join('\n')).to.contain('lines').and.contain('20');
  });

  it('reads "Show more" in the widget’s language, right to left at the start of the line', async () => {
    const el = await compare({ lines: '1', sections: 'editorial' }, 760, { lang: 'ar', dir: 'rtl' });
    await waitUntil(() => buttons(el).length > 0 && buttons(el)[0].lang === 'ar', 'Arabic buttons', { timeout: 5_000 });
    const button = buttons(el)[0];
    expect(textOf(button)).to.equal('عرض المزيد');
    expect(button.getAttribute('aria-label')).to.match(/^عرض المزيد: /);
    const text = button.previousElementSibling!.getBoundingClientRect();
    expect(Math.abs(button.getBoundingClientRect().right - text.right), 'at the right, where the line starts').to.be.below(1);
    await expect(el).to.be.accessible();
  });
});

describe('<sp-compare lines> at a phone’s width', function () {
  this.timeout(20_000);
  before(() => setViewport({ width: 360, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('keeps every text inside the window, held or open', async () => {
    const el = await compare({ lines: '4' }, 344);
    for (const button of buttons(el)) button.click();
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
    expect(buttons(el).every((button) => button.getAttribute('aria-expanded') === 'true')).to.equal(true);
  });
});
