/**
 * Data values inside sentences are isolated with <bdi> elements, not with
 * invisible U+2066–U+2069 marks, so what a reader copies is only the words:
 * bidiText() turns the marks text/ puts around values into elements, and the
 * widgets' own sentences (the empty states, the badge's) go through it, in
 * the browser and on the server.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { bidiText } from '../../src/element/bidi.js';
import { isolate } from '../../src/text/isolate.js';
import { endpoint, mountAll, SLOW_MS } from '../helpers.js';

const MARKS = /[\u2066-\u2069]/;

/** The markup bidiText gives for `text`, with Lit's comment markers left out. */
function markup(text: string): { container: HTMLElement; html: string } {
  const container = document.createElement('p');
  render(html`${bidiText(text)}`, container);
  return { container, html: container.innerHTML.replace(/<!--[^>]*-->/g, '') };
}

describe('bidiText', () => {
  it('gives a sentence without isolates back as it is, so an empty one stays empty', () => {
    expect(bidiText('No product was named.')).to.equal('No product was named.');
    expect(bidiText('')).to.equal('');
  });

  it('turns each isolated value into a <bdi> and drops the marks', () => {
    const { html: out, container } = markup(`${isolate('kafka')} and ${isolate('linkerd')} are not tracked by Sparkpulse.`);
    expect(out).to.equal('<bdi>kafka</bdi> and <bdi>linkerd</bdi> are not tracked by Sparkpulse.');
    expect(container.textContent).to.not.match(MARKS);
  });

  it('nests isolates inside isolates', () => {
    expect(markup(`What is ${isolate(`${isolate('A')} / ${isolate('B')}`)}?`).html).to.equal('What is <bdi><bdi>A</bdi> / <bdi>B</bdi></bdi>?');
  });

  it('takes every kind of isolate as the first-strong one text/ writes, a <bdi> of its own direction', () => {
    expect(markup('\u2066a\u2069 \u2067b\u2069 \u2068c\u2069').html).to.equal('<bdi>a</bdi> <bdi>b</bdi> <bdi>c</bdi>');
  });

  it('drops a closing mark with nothing open, and closes an isolate left open at the end', () => {
    expect(markup('a\u2069 b \u2068c').html).to.equal('a b <bdi>c</bdi>');
  });

  it('keeps a right-to-left name from turning the words after it around, as the marks did', () => {
    const ltr = document.createElement('p');
    ltr.dir = 'ltr';
    document.body.append(ltr);
    render(html`${bidiText(`${isolate('קפקא')} 5.0`)}`, ltr);
    const bdi = ltr.querySelector('bdi')!;
    expect(getComputedStyle(bdi).unicodeBidi).to.equal('isolate');
    expect(bdi.matches(':dir(rtl)')).to.be.true;
    ltr.remove();
  });

  it('renders on the server: a badge of an untracked product says so with a <bdi> and no marks', async function () {
    this.timeout(60_000);
    const { html: out } = await executeServerCommand<{ html?: string }, unknown>('render-widget', {
      tag: 'sp-velocity-badge',
      attributes: { product: 'nope' },
      options: { endpoint: 'demo/endpoint' },
    });
    expect(out).to.match(/<bdi\s*>nope<\/bdi> is not tracked by Sparkpulse\./);
    const text = out!.replace(/<[^>]*>/g, '');
    expect(text).to.not.match(MARKS);
  });
});

/** What the clipboard holds after the reader selects `node`'s contents and presses Ctrl+C. */
async function copied(node: Node): Promise<string> {
  const range = document.createRange();
  range.selectNodeContents(node);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  await navigator.clipboard.writeText('');
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyC' });
  await sendKeys({ up: 'Control' });
  let text = '';
  await waitUntil(async () => (text = await navigator.clipboard.readText()) !== '', 'something was copied', { timeout: SLOW_MS });
  getSelection()!.removeAllRanges();
  return text;
}

describe('copying a widget’s sentence', () => {
  before(() => executeServerCommand('grant-clipboard'));

  const cases: [string, ReturnType<typeof html>, string, string][] = [
    [
      'a timeline’s empty state',
      html`<sp-timeline products="nope,nada" endpoint=${endpoint('ok')}></sp-timeline>`,
      '[part="empty"]',
      'nope and nada are not tracked by Sparkpulse.',
    ],
    [
      'a comparison’s empty state',
      html`<sp-compare a="kafka" b="kafka" endpoint=${endpoint('ok')}></sp-compare>`,
      '[part="empty"]',
      'There is nothing to compare: a and b both name kafka.',
    ],
    [
      'a badge’s sentence for assistive technology',
      html`<sp-velocity-badge product="nope" endpoint=${endpoint('ok')}></sp-velocity-badge>`,
      '[part="empty"] .visually-hidden',
      'nope is not tracked by Sparkpulse.',
    ],
  ];

  for (const [what, template, selector, sentence] of cases) {
    it(`gives the words of ${what} and no invisible marks`, async () => {
      const { container } = await mountAll(html`<div>${template}</div>`);
      const el = container.querySelector('sp-timeline, sp-compare, sp-velocity-badge')!;
      const node = el.shadowRoot!.querySelector(selector)!;
      expect(await copied(node)).to.equal(sentence);
      expect(node.textContent).to.not.match(MARKS);
      container.remove();
    });
  }

  it('keeps the marks in a tooltip, which is plain text', async () => {
    const { container } = await mountAll(html`<sp-velocity-badge product="nope" endpoint=${endpoint('ok')}></sp-velocity-badge>`);
    const title = container.querySelector('sp-velocity-badge')!.shadowRoot!.querySelector('[title]')!.getAttribute('title');
    expect(title).to.equal(`${isolate('nope')} is not tracked by Sparkpulse.`);
    container.remove();
  });
});

/** Every text node under `root`, shadow roots included. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    if ((node as Element).shadowRoot) walk((node as Element).shadowRoot!);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

describe('no invisible marks in any text a widget shows', () => {
  const widgets: [string, ReturnType<typeof html>][] = [
    [
      'a loaded comparison, its intro section and FAQ answers open',
      html`<sp-compare a="kafka" b="linkerd" sections="intro glance whatis editorial alternatives activity faq" endpoint=${endpoint('ok')}></sp-compare>`,
    ],
    ['a timeline with a note on an untracked product', html`<sp-timeline products="kafka,nope" endpoint=${endpoint('ok')}></sp-timeline>`],
  ];
  for (const [what, template] of widgets) {
    it(`holds none in ${what}`, async () => {
      const { container } = await mountAll(html`<div>${template}</div>`);
      for (const details of container.querySelector('sp-compare')?.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
      const marked = textNodes(container).filter((node) => MARKS.test(node.data));
      expect(marked.map((node) => node.data)).to.deep.equal([]);
      expect(textNodes(container).some((node) => node.parentElement?.localName === 'bdi')).to.equal(true);
      container.remove();
    });
  }
});
