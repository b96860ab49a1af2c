/**
 * <sp-embed-builder> in the browser, against the fake endpoint: products
 * chosen with the keyboard and the mouse, sections, theme, limit and lazy
 * loading, a live preview that is the real widget, snippets copied through
 * the clipboard, and the copied HTML rendering the same widget on a blank
 * page. axe runs in each state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/sp-embed-builder.js';
import type { SpEmbedBuilder } from '../../src/builder/sp-embed-builder.js';
import { absolute, captureWarnings, endpoint, SLOW_MS, textOf } from '../helpers.js';

const LOADER = `${location.origin}/dist/sparkpulse.js`;

/** Every element that fired sp-load, seen through the builder's shadow root. */
const loaded = new WeakSet<EventTarget>();
document.addEventListener('sp-load', (event) => loaded.add(event.composedPath()[0]), true);

const $ = <T extends Element = HTMLElement>(el: SpEmbedBuilder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SpEmbedBuilder, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const preview = (el: SpEmbedBuilder) => $(el, '.preview')?.firstElementChild as HTMLElement | null;
const attributesOf = (el: Element, except: string[] = []) =>
  Object.fromEntries([...el.attributes].filter((a) => !except.includes(a.name)).map((a) => [a.name, a.value]));
const options = (el: SpEmbedBuilder, picker: string) => $$(el, `#${picker}-list [role="option"]`);
const input = (el: SpEmbedBuilder, id: string) => $<HTMLInputElement>(el, `#${id}`)!;
const snippet = (el: SpEmbedBuilder, kind: string) => $<HTMLTextAreaElement>(el, `#snippet-${kind}`)!.value;
const announced = (el: SpEmbedBuilder) => textOf($(el, '.builder > [role="status"]'));

async function builder(ep = endpoint('ok')): Promise<SpEmbedBuilder> {
  const el = await fixture<SpEmbedBuilder>(html`<sp-embed-builder endpoint=${absolute(ep)} loader=${LOADER}></sp-embed-builder>`);
  await previewLoaded(el);
  return el;
}

/** Resolves once the preview is a widget matching `expected` that has fired sp-load. */
async function previewLoaded(el: SpEmbedBuilder, expected: Record<string, string> = {}): Promise<HTMLElement> {
  await waitUntil(
    () => {
      const widget = preview(el);
      return widget && loaded.has(widget) && Object.entries(expected).every(([name, value]) => widget.getAttribute(name) === value);
    },
    `a loaded preview with ${JSON.stringify(expected)}`,
    { timeout: 5_000 },
  );
  return preview(el)!;
}

async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

describe('<sp-embed-builder>', function () {
  this.timeout(20_000);

  describe('choosing products', () => {
    it('starts with a comparison of the index’s first two products in the preview', async () => {
      const el = await builder();
      const widget = preview(el)!;
      expect(widget.localName).to.equal('sp-compare');
      expect(attributesOf(widget, ['endpoint', 'style'])).to.deep.equal({ a: 'kafka', b: 'linkerd' });
      expect(widget.getAttribute('endpoint')).to.equal(absolute(widget.getAttribute('endpoint')!));
      expect(textOf(widget.shadowRoot)).to.contain('Apache Kafka').and.contain('Linkerd');
      expect($(el, 'section[aria-labelledby="preview-heading"]')!.contains(widget)).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('lists every product with its name, sector and velocity when Down opens the list', async () => {
      const el = await builder();
      const a = input(el, 'pick-a-input');
      a.focus();
      await press('ArrowDown');
      const list = $(el, '#pick-a-list')!;
      expect(list.hidden).to.be.false;
      expect(a.getAttribute('aria-expanded')).to.equal('true');
      expect(options(el, 'pick-a')).to.have.length(11);
      expect(textOf(options(el, 'pick-a')[0])).to.equal('Apache Kafka, DevOps, velocity 5.0');
      expect(textOf(options(el, 'pick-a')[9])).to.equal('PostgreSQL, Databases, velocity 4.5');
      expect(a.getAttribute('aria-activedescendant')).to.equal(options(el, 'pick-a')[0].id);
      await expect(el).to.be.accessible();
    });

    it('chooses product B with the keyboard: typing filters, arrows move, Enter chooses', async () => {
      const el = await builder();
      const b = input(el, 'pick-b-input');
      b.focus();
      // The chosen name is selected on focus, so typing replaces it.
      await sendKeys({ type: 'databases' });
      expect(options(el, 'pick-b').map(textOf)).to.deep.equal(['PostgreSQL, Databases, velocity 4.5', 'ClickHouse, Databases, velocity 7.8']);
      expect(b.hasAttribute('aria-activedescendant')).to.be.false;
      await press('ArrowDown', 'ArrowDown');
      expect(b.getAttribute('aria-activedescendant')).to.equal('pick-b-option-clickhouse');
      expect(options(el, 'pick-b')[1].getAttribute('aria-selected')).to.equal('true');
      await press('Enter');
      expect(b.value).to.equal('ClickHouse');
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(b);
      const widget = await previewLoaded(el, { a: 'kafka', b: 'clickhouse' });
      expect(textOf(widget.shadowRoot)).to.contain('ClickHouse');
    });

    it('wraps from the last option to the first, and Up from the first to the last', async () => {
      const el = await builder();
      const a = input(el, 'pick-a-input');
      a.focus();
      await press('ArrowUp');
      expect(a.getAttribute('aria-activedescendant')).to.equal('pick-a-option-clickhouse');
      await press('ArrowDown');
      expect(a.getAttribute('aria-activedescendant')).to.equal('pick-a-option-kafka');
    });

    it('chooses product A with the mouse', async () => {
      const el = await builder();
      await click(input(el, 'pick-a-input'));
      await el.updateComplete;
      await click($(el, '#pick-a-option-grafana')!);
      expect(input(el, 'pick-a-input').value).to.equal('Grafana');
      expect($(el, '#pick-a-list')!.hidden).to.be.true;
      await previewLoaded(el, { a: 'grafana', b: 'linkerd' });
    });

    it('closes the list with Escape and keeps the product it had', async () => {
      const el = await builder();
      const a = input(el, 'pick-a-input');
      a.focus();
      a.select();
      await sendKeys({ type: 'graf' });
      await press('ArrowDown', 'Escape');
      expect($(el, '#pick-a-list')!.hidden).to.be.true;
      expect(a.value).to.equal('Apache Kafka');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(preview(el)!.getAttribute('a')).to.equal('kafka');
    });

    it('says when nothing matches, and lists nothing', async () => {
      const el = await builder();
      const a = input(el, 'pick-a-input');
      a.focus();
      a.select();
      await sendKeys({ type: 'zzz' });
      expect(textOf($(el, '.picker [role="status"]'))).to.equal('No product matches “zzz”.');
      expect(options(el, 'pick-a')).to.have.length(0);
      expect(a.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('swaps A and B when A is given B’s product, so a comparison always has two', async () => {
      const el = await builder();
      const a = input(el, 'pick-a-input');
      a.focus();
      a.select();
      await sendKeys({ type: 'linkerd' });
      await press('ArrowDown', 'Enter');
      expect(announced(el)).to.equal('Swapped: A is now Linkerd, B is Apache Kafka.');
      await previewLoaded(el, { a: 'linkerd', b: 'kafka' });
    });

    it('adds and removes a timeline’s products, keeping at least one', async () => {
      const el = await builder();
      await click(input(el, 'widget-timeline'));
      const widget = await previewLoaded(el, { products: 'kafka' });
      expect(widget.localName).to.equal('sp-timeline');
      const search = input(el, 'pick-timeline-input');
      search.focus();
      await sendKeys({ type: 'link' });
      await press('ArrowDown', 'Enter');
      expect(announced(el)).to.equal('Added Linkerd.');
      expect($(el, '#pick-timeline-list')!.getAttribute('aria-multiselectable')).to.equal('true');
      expect($(el, '#pick-timeline-option-linkerd')!.getAttribute('aria-selected')).to.equal('true');
      await expect(el).to.be.accessible();
      await press('Escape');
      await previewLoaded(el, { products: 'kafka,linkerd' });

      await click($(el, '.chosen button[aria-label="Remove Apache Kafka"]')!);
      expect(announced(el)).to.equal('Removed Apache Kafka.');
      expect(el.shadowRoot!.activeElement).to.equal(search);
      expect($$(el, '.chosen button')).to.have.length(0);
      await previewLoaded(el, { products: 'linkerd' });
      await expect(el).to.be.accessible();
    });

    it('gives a badge one product, chosen after the widget is picked with the arrow keys', async () => {
      const el = await builder();
      input(el, 'widget-compare').focus();
      await press('ArrowDown', 'ArrowDown');
      expect(input(el, 'widget-badge').checked).to.be.true;
      await previewLoaded(el, { product: 'kafka' });
      const search = input(el, 'pick-badge-input');
      search.focus();
      search.select();
      await sendKeys({ type: 'prom' });
      await press('ArrowDown', 'Enter');
      const badge = await previewLoaded(el, { product: 'prometheus' });
      expect(badge.localName).to.equal('sp-velocity-badge');
      expect(badge.hasAttribute('style')).to.be.false;
      expect(textOf(badge.shadowRoot)).to.equal('Prometheus, velocity 3.6');
      await expect(el).to.be.accessible();
    });
  });

  describe('options', () => {
    it('moves a section with the keyboard and keeps the focus on it', async () => {
      const el = await builder();
      const up = $<HTMLButtonElement>(el, 'button[data-section="faq"][data-move="up"]')!;
      expect(up.getAttribute('aria-label')).to.equal('Move FAQ up');
      up.focus();
      await press('Enter');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'button[data-section="faq"][data-move="up"]'));
      expect(announced(el)).to.equal('FAQ moved to position 5 of 6.');
      await press('Space');
      await el.updateComplete;
      expect($$(el, '.sections__item label').map(textOf)).to.deep.equal([
        'At a glance',
        'What is it?',
        'Editorial side by side',
        'FAQ',
        'Alternatives',
        'Recent activity',
      ]);
      await previewLoaded(el, { sections: 'glance whatis editorial faq alternatives activity' });
      await expect(el).to.be.accessible();
    });

    it('keeps the focus on a section moved to the top, on its other button', async () => {
      const el = await builder();
      const up = $<HTMLButtonElement>(el, 'button[data-section="whatis"][data-move="up"]')!;
      up.focus();
      await press('Enter');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'button[data-section="whatis"][data-move="down"]'));
      expect($<HTMLButtonElement>(el, 'button[data-section="whatis"][data-move="up"]')!.disabled).to.be.true;
    });

    it('leaves out an unticked section, but never the last one', async () => {
      const el = await builder();
      for (const section of ['glance', 'whatis', 'editorial', 'alternatives', 'activity']) await click(input(el, `section-${section}`));
      await previewLoaded(el, { sections: 'faq' });
      await click(input(el, 'section-faq'));
      expect(input(el, 'section-faq').checked).to.be.true;
      expect(announced(el)).to.equal('A comparison needs at least one section.');
      expect($(el, '#limit')).to.equal(null);
    });

    it('starts with the page’s own look, and its snippet names no theme', async () => {
      const el = await builder();
      expect(input(el, 'theme-inherit').checked).to.be.true;
      expect(snippet(el, 'html')).to.not.include('theme=');
      expect(preview(el)!.hasAttribute('theme')).to.be.false;
    });

    it('sets the theme, the limit and lazy loading, and waits for a pause before it replaces the preview', async () => {
      const el = await builder();
      const before = preview(el);
      await click(input(el, 'theme-dark'));
      await click(input(el, 'lazy'));
      expect(preview(el)).to.equal(before);
      const limit = input(el, 'limit');
      limit.focus();
      limit.select();
      await sendKeys({ type: '5' });
      const widget = await previewLoaded(el, { theme: 'dark', loading: 'lazy', limit: '5' });
      expect(widget).not.to.equal(before);
      expect(snippet(el, 'html')).to.include('<sp-compare a="kafka" b="linkerd" limit="5" theme="dark" loading="lazy" style="min-height:');
      await expect(el).to.be.accessible();
    });

    it('refuses a limit that is not a whole number from 0 to 200, and keeps the last good one', async () => {
      const el = await builder();
      const limit = input(el, 'limit');
      limit.focus();
      limit.select();
      await sendKeys({ type: '500' });
      await el.updateComplete;
      expect(limit.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf($(el, `#${limit.getAttribute('aria-describedby')}`))).to.equal('A whole number from 0 to 200.');
      expect(snippet(el, 'html')).to.include('<sp-compare a="kafka" b="linkerd" limit="50" ');
      await expect(el).to.be.accessible();
    });

    it('sets the heading level of a timeline, and sparks only', async () => {
      const el = await builder();
      await click(input(el, 'widget-timeline'));
      await previewLoaded(el, { products: 'kafka' });
      const select = $<HTMLSelectElement>(el, '#heading-level')!;
      select.value = '3';
      select.dispatchEvent(new Event('change'));
      await click(input(el, 'sparks-only'));
      const widget = await previewLoaded(el, { 'heading-level': '3', 'sparks-only': '' });
      expect(widget.localName).to.equal('sp-timeline');
      expect(snippet(el, 'react')).to.include("<SpTimeline products={['kafka']} sparksOnly headingLevel={3} endpoint=");
    });
  });

  describe('where the data and the code come from', () => {
    let meta: HTMLMetaElement;
    let script: HTMLScriptElement;
    afterEach(() => [meta, script].forEach((el) => el?.remove()));

    it('reads the page’s meta tag when it has no endpoint attribute, and the page’s sparkpulse.js', async () => {
      const ep = absolute(endpoint('ok'));
      meta = Object.assign(document.createElement('meta'), { name: 'sparkpulse:endpoint', content: ep });
      // Not a script the page runs: only its URL counts.
      script = Object.assign(document.createElement('script'), { type: 'text/x-inert', src: 'https://cdn.example/sp/1.0/sparkpulse.js' });
      document.head.append(meta, script);
      const el = await fixture<SpEmbedBuilder>(html`<sp-embed-builder></sp-embed-builder>`);
      await previewLoaded(el);
      expect(input(el, 'endpoint').value).to.equal(ep);
      expect(input(el, 'loader').value).to.equal('https://cdn.example/sp/1.0/sparkpulse.js');
      expect(snippet(el, 'html')).to.include(`<meta name="sparkpulse:endpoint" content="${ep}">\n<script src="https://cdn.example/sp/1.0/sparkpulse.js"></script>`);
    });

    it('writes the README’s placeholder when it cannot tell where sparkpulse.js is', async () => {
      const el = await fixture<SpEmbedBuilder>(html`<sp-embed-builder endpoint=${endpoint('ok')}></sp-embed-builder>`);
      await previewLoaded(el);
      expect(snippet(el, 'html')).to.include('<script src="https://your-cdn.example/sparkpulse/sparkpulse.js"></script>');
    });

    it('loads the products of an endpoint typed into its field, and names it in every snippet', async () => {
      const el = await builder();
      const other = absolute(endpoint('ok'));
      const field = input(el, 'endpoint');
      field.focus();
      field.select();
      await sendKeys({ type: other });
      await press('Tab');
      const widget = await previewLoaded(el, { endpoint: other });
      expect(widget.getAttribute('a')).to.equal('kafka');
      expect(snippet(el, 'react')).to.include(`endpoint="${other}"`);
    });

    it('writes the script URL typed into its field, and the placeholder when the field is empty', async () => {
      const el = await builder();
      const field = input(el, 'loader');
      field.focus();
      field.select();
      await sendKeys({ type: 'https://static.example.org/sp/sparkpulse.js' });
      await press('Tab');
      await el.updateComplete;
      expect(snippet(el, 'html')).to.include('<script src="https://static.example.org/sp/sparkpulse.js"></script>');
      field.focus();
      field.select();
      await press('Backspace');
      await press('Tab');
      await el.updateComplete;
      expect(field.value).to.equal('');
      expect(snippet(el, 'html')).to.include('<script src="https://your-cdn.example/sparkpulse/sparkpulse.js"></script>');
    });

    it('refuses a script URL that is not http(s): says why, and the snippet keeps the placeholder', async () => {
      const el = await builder();
      const field = input(el, 'loader');
      for (const refused of ['javascript:alert(document.domain)//sparkpulse.js', 'data:text/javascript,alert(1)', '/sp/sparkpulse.js', 'https://user:secret@cdn.example/sparkpulse.js']) {
        field.value = refused;
        field.dispatchEvent(new Event('change'));
        await el.updateComplete;
        expect(field.value).to.equal(refused);
        expect(field.getAttribute('aria-invalid'), refused).to.equal('true');
        expect(field.getAttribute('aria-describedby')).to.equal('loader-error loader-hint');
        expect(textOf($(el, '#loader-error'))).to.equal('An absolute http(s) URL without a user name or password.');
        expect(snippet(el, 'html'), refused).to.include('<script src="https://your-cdn.example/sparkpulse/sparkpulse.js"></script>');
        expect(snippet(el, 'html'), refused).not.to.include(refused.slice(0, 10));
      }
      await expect(el).to.be.accessible();
      field.value = 'https://static.example.org/sp/sparkpulse.js';
      field.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(field.hasAttribute('aria-invalid')).to.be.false;
      expect($(el, '#loader-error')).to.equal(null);
      expect(snippet(el, 'html')).to.include('<script src="https://static.example.org/sp/sparkpulse.js"></script>');
    });

    it('refuses a loader attribute that is not http(s), with a warning, as it refuses the field', async () => {
      let el!: SpEmbedBuilder;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SpEmbedBuilder>(html`<sp-embed-builder endpoint=${absolute(endpoint('ok'))} loader="javascript:alert(1)//"></sp-embed-builder>`);
        await previewLoaded(el);
      });
      expect(warnings).to.deep.equal([
        '[sparkpulse] <sp-embed-builder> loader: expected an absolute http(s) URL without a user name or password, not "javascript:alert(1)//"; ' +
          'the snippets name "https://your-cdn.example/sparkpulse/sparkpulse.js".',
      ]);
      expect(input(el, 'loader').value).to.equal('javascript:alert(1)//');
      expect(input(el, 'loader').getAttribute('aria-invalid')).to.equal('true');
      expect(snippet(el, 'html')).to.include('<script src="https://your-cdn.example/sparkpulse/sparkpulse.js"></script>');
      expect(snippet(el, 'html')).not.to.include('javascript:');
      await expect(el).to.be.accessible();
    });

    it('does not repeat a password from the loader attribute into its warning', async () => {
      const warnings = await captureWarnings(async () => {
        await previewLoaded(await fixture<SpEmbedBuilder>(html`<sp-embed-builder loader="https://me:secret@cdn.example/sparkpulse.js" endpoint=${absolute(endpoint('ok'))}></sp-embed-builder>`));
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('not (a URL with credentials);').and.not.include('secret');
    });

    it('says what is wrong with an endpoint that is not an http(s) URL', async () => {
      const el = await builder();
      const field = input(el, 'endpoint');
      field.value = 'javascript:alert(1)';
      field.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf($(el, '#endpoint-error'))).to.equal('An absolute http(s) URL without a user name or password.');
      await expect(el).to.be.accessible();
    });

    it('says why the products could not be loaded, and lets the reader retry', async () => {
      const el = await fixture<SpEmbedBuilder>(html`<sp-embed-builder endpoint=${endpoint('status-404')}></sp-embed-builder>`);
      await waitUntil(() => $(el, '.field .error'), 'the error', { timeout: SLOW_MS });
      expect(textOf($(el, '.field .error'))).to.match(/^Could not load the products: No index at .*index\.json \(404\)$/);
      expect(textOf($(el, '.field .error + button'))).to.equal('Retry');
      expect(preview(el)).to.equal(null);
      expect($(el, '#snippet-html')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('copying', () => {
    before(() => executeServerCommand('grant-clipboard'));

    it('copies each snippet and says “Copied” in a polite status', async () => {
      const el = await builder();
      for (const kind of ['html', 'react', 'vue', 'markdown', 'shields']) {
        const button = $<HTMLButtonElement>(el, `button[data-copy="${kind}"]`)!;
        expect(textOf(button)).to.match(/^Copy /);
        await click(button);
        const status = button.nextElementSibling!;
        await waitUntil(() => textOf(status) === 'Copied', `Copied, for ${kind}`, { timeout: SLOW_MS });
        expect(status.getAttribute('role')).to.equal('status');
        expect(await navigator.clipboard.readText()).to.equal(snippet(el, kind));
      }
      expect(await navigator.clipboard.readText()).to.equal(
        ['kafka', 'linkerd'].map((slug) => `https://img.shields.io/endpoint?url=${encodeURIComponent(`${preview(el)!.getAttribute('endpoint')}shields/${slug}.json`)}`).join('\n'),
      );
      await expect(el).to.be.accessible();
    });

    it('selects the snippet and says how to copy it when the browser refuses', async () => {
      const el = await builder();
      const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
      clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
      try {
        const button = $<HTMLButtonElement>(el, 'button[data-copy="vue"]')!;
        button.focus();
        await press('Enter');
        const status = button.nextElementSibling!;
        await waitUntil(() => textOf(status).startsWith('The browser did not allow copying'), 'the refusal', { timeout: SLOW_MS });
        const area = $<HTMLTextAreaElement>(el, '#snippet-vue')!;
        expect(el.shadowRoot!.activeElement).to.equal(area);
        expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
        await expect(el).to.be.accessible();
      } finally {
        delete (clipboard as { writeText?: unknown }).writeText;
      }
    });

    it('copies HTML that renders the same widget on a blank page', async () => {
      const el = await builder();
      const b = input(el, 'pick-b-input');
      b.focus();
      b.select();
      await sendKeys({ type: 'grafana' });
      await press('ArrowDown', 'Enter');
      input(el, 'section-faq').click();
      const shown = await previewLoaded(el, { b: 'grafana', sections: 'glance whatis editorial alternatives activity' });
      await click($(el, 'button[data-copy="html"]')!);
      await waitUntil(async () => (await navigator.clipboard.readText()) === snippet(el, 'html'), 'the HTML on the clipboard', { timeout: SLOW_MS });
      const copied = await navigator.clipboard.readText();
      expect(copied).to.include(`<script src="${LOADER}"></script>`);

      const frame = document.createElement('iframe');
      Object.assign(frame.style, { width: '1000px', height: '700px' });
      frame.srcdoc = `<script>window.loads = []; document.addEventListener('sp-load', (e) => loads.push(e.target), true);</script>${copied}`;
      document.body.append(frame);
      try {
        const win = () => frame.contentWindow as Window & { loads?: Element[] };
        await waitUntil(() => win().loads?.length, 'sp-load in the blank page', { timeout: 10_000 });
        const widget = frame.contentDocument!.querySelector('sp-compare')!;
        expect(win().loads).to.deep.equal([widget]);
        expect(attributesOf(widget)).to.deep.equal(attributesOf(shown, ['endpoint']));
        expect(textOf(widget.shadowRoot)).to.equal(textOf(shown.shadowRoot));
        expect(textOf(widget)).to.equal('Apache Kafka vs Grafana on Sparkpulse');

        // The size hint keeps the box in the error state; it must never be taller than the loaded widget,
        // and keeps most of it (a lower bound: the widget's height on texts half as long as typical).
        const hint = parseFloat(widget.getAttribute('style')!.replace('min-height:', ''));
        const root = widget.shadowRoot!.querySelector('.root')!;
        expect(hint * 16).to.be.at.most(root.getBoundingClientRect().height);
        expect(hint * 16).to.be.above(root.getBoundingClientRect().height / 2);
      } finally {
        frame.remove();
      }
    });
  });
});
