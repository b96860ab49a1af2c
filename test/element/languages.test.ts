/**
 * In every shipped language, all three elements in every state: no word of
 * the English catalogue shows, except the endpoint's own texts (marked with
 * their language, or isolated inside a sentence), and axe passes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { en as common } from '../../src/text/catalogue/en.js';
import { enCompare } from '../../src/text/catalogue/en-compare.js';
import { enFeed } from '../../src/text/catalogue/en-feed.js';
import { endpoint, settled } from '../helpers.js';
import { ELEMENTS, STATES } from './every-state.js';

const en = { ...common, ...enCompare, ...enFeed };

const LANGUAGES = ['de', 'fr', 'es', 'ja', 'zh-cn', 'pt-br', 'ar'] as const;

/** Every piece of English between placeholders, four characters or more with a letter in it. */
function englishPieces(): string[] {
  const terms = Object.entries(en)
    .filter(([key]) => !key.startsWith('$'))
    .flatMap(([, term]) => (typeof term === 'string' ? [term] : Object.values(term)));
  const pieces = terms.flatMap((term) => term.split(/\{\w+\}/)).map((piece) => piece.trim());
  return [...new Set(pieces.filter((piece) => piece.length >= 4 && /\p{L}/u.test(piece)))];
}

/** What a reader and assistive technology get of `el`, without the endpoint's own texts. */
function ownWords(el: Element): string {
  const ui = el.shadowRoot!.querySelector('.root')!.getAttribute('lang');
  const copy = el.shadowRoot!.querySelector('.root')!.cloneNode(true) as Element;
  // Data text: marked with the endpoint's language, or isolated inside a sentence.
  for (const marked of copy.querySelectorAll('[lang]')) if (marked.getAttribute('lang') !== ui) marked.remove();
  const labels = [...copy.querySelectorAll('[aria-label], [title]')].flatMap((node) => [node.getAttribute('aria-label') ?? '', node.getAttribute('title') ?? '']);
  return [copy.textContent ?? '', ...labels].join(' ').replace(/\u2068[^\u2069]*\u2069/g, ' ');
}


for (const lang of LANGUAGES) {
  describe(`in ${lang}`, function () {
    this.timeout(20_000);
    let page: HTMLElement;
    let english: string[];
    before(async () => {
      const own = JSON.stringify((await import(`../../src/text/catalogue/${lang}.ts`)).default);
      // Pieces the translation itself uses (Sparkpulse, FAQ) are its words too.
      english = englishPieces().filter((piece) => !own.includes(piece));
    });
    beforeEach(() => {
      page = Object.assign(document.createElement('div'), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
      page.style.width = '800px';
      document.body.append(page);
    });
    afterEach(() => page.remove());

    for (const [tag, base] of ELEMENTS) {
      for (const [state, extra, wait] of STATES) {
        it(`shows <${tag}> ${state} with no English words of its own, and passes axe`, async () => {
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          Object.assign(el, { ...base, ...extra(tag) });
          const event = settled(el);
          page.append(el);
          if (wait) await event;
          await waitUntil(() => el.shadowRoot?.querySelector('.root')?.getAttribute('lang') === lang, `the widget reads in ${lang}`, { timeout: 5_000 });
          await el.updateComplete;
          const words = ownWords(el);
          expect(english.filter((piece) => words.includes(piece))).to.deep.equal([]);
          await expect(el).to.be.accessible();
        });
      }
    }
  });
}

describe('numbers in the widget’s language', () => {
  it('shows a velocity of 5 as "5,0" in German', async () => {
    const page = Object.assign(document.createElement('div'), { lang: 'de' });
    document.body.append(page);
    const el = document.createElement('sp-velocity-badge') as HTMLElement;
    Object.assign(el, { product: 'kafka', endpoint: endpoint('ok') });
    const event = settled(el);
    page.append(el);
    await event;
    expect(el.shadowRoot!.querySelector('.badge__velocity')!.textContent).to.contain('5,0');
    page.remove();
  });
});

