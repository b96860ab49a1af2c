/**
 * The opt-in fixed box of a timeline: `lines` holds each activity title to
 * that many lines; each title that is cut, and only those, gets a "Show
 * more" button that the keyboard works and that says whether its title is
 * open; opening one moves nothing that layout shift counts.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/timeline/define.js';
import type { SpTimeline } from '../../src/timeline/sp-timeline.js';
import { endpoint, settled, textOf } from '../helpers.js';

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

/** A timeline of kafka and linkerd on texts as long as the seed page's, in a column `width` px wide, loaded and measured. */
async function timeline(attributes: Record<string, string>, width: number): Promise<SpTimeline> {
  const column = document.createElement('div');
  column.style.width = `${width}px`;
  const el = document.createElement('sp-timeline');
  for (const [name, value] of Object.entries({ products: 'kafka,linkerd', endpoint: endpoint('seedlength'), ...attributes })) el.setAttribute(name, value);
  const event = settled(el);
  column.append(el);
  document.body.append(column);
  mounted.push(column);
  expect((await event).type).to.equal('sp-load');
  await frames();
  await el.updateComplete;
  return el;
}

const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.feed__title')];
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.more')];
const isCut = (text: HTMLElement) => text.scrollHeight > text.clientHeight + 1;

describe('<sp-timeline lines>', function () {
  this.timeout(20_000);

  it('holds no title without the attribute', async () => {
    const el = await timeline({}, 360);
    expect(el.shadowRoot!.querySelectorAll('.clamp')).to.have.length(0);
    expect(buttons(el)).to.have.length(0);
  });

  it('holds each title to one line, with a button under exactly each title it cut', async () => {
    const el = await timeline({ lines: '1' }, 560);
    const held = titles(el).map((title) => title.querySelector<HTMLElement>('.clamp')!);
    expect(held).to.have.length(12);
    const cut = held.filter(isCut);
    expect(cut.length, 'some titles are cut').to.be.greaterThan(0);
    expect(cut.length, 'some titles fit').to.be.lessThan(held.length);
    for (const text of held) {
      expect(text.clientHeight).to.be.at.most(parseFloat(getComputedStyle(text).lineHeight) + 1);
      const button = text.nextElementSibling as HTMLButtonElement | null;
      expect(Boolean(button), text.id).to.equal(isCut(text));
      if (button) {
        expect(button.getAttribute('aria-controls')).to.equal(text.id);
        expect(button.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/g, '')).to.match(/^Show more: (Apache Kafka|Linkerd)$/);
      }
    }
    await expect(el).to.be.accessible();
  });

  it('opens a title with Enter and closes it with Space, saying so, and passes axe open', async () => {
    const el = await timeline({ lines: '1' }, 360);
    const button = buttons(el)[0];
    const text = button.previousElementSibling as HTMLElement;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(button)).to.equal('Show less');
    expect(isCut(text)).to.equal(false);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(button)).to.equal('Show more');
    expect(isCut(text)).to.equal(true);
  });

  it('moves nothing that layout shift counts when a title opens', async () => {
    const el = await timeline({ lines: '1' }, 360);
    const below = Object.assign(document.createElement('p'), { textContent: 'The host page goes on under the widget.' });
    el.after(below);
    const shifts: (PerformanceEntry & { hadRecentInput: boolean; value: number })[] = [];
    const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as typeof shifts)));
    observer.observe({ type: 'layout-shift' });
    try {
      await frames();
      // Settled: a widget shorter than its reserved box keeps the box only while it is in sight (box.ts).
      el.shadowRoot!.querySelector<HTMLElement>('.root')!.style.minHeight = '';
      await frames();
      shifts.length = 0;
      const top = below.getBoundingClientRect().top;
      buttons(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await frames(3);
      expect(below.getBoundingClientRect().top).to.be.greaterThan(top);
      expect(shifts.length).to.be.greaterThan(0);
      expect(shifts.filter((shift) => !shift.hadRecentInput).map((shift) => shift.value)).to.deep.equal([]);
    } finally {
      observer.disconnect();
    }
  });
});
