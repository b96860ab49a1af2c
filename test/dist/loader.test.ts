/**
 * The built loader on pages that go wrong: prefixes that cannot name an
 * element, two versions of Sparkpulse on one page, and element code that
 * cannot be fetched. Nothing may reach the host window's error handlers.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { fetched, openPage, SETTLE_MS, type Page, type PageWindow } from '../page-helpers.js';

const VERSION_KEY = Symbol.for('sparkpulse.version');
const OURS = '0.1.0';
const OTHER = '0.0.9';

const versionOf = (page: Page, tag: string) =>
  (page.win.customElements.get(tag) as (CustomElementConstructor & { [VERSION_KEY]?: string }) | undefined)?.[VERSION_KEY];
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

describe('the loader', function () {
  this.timeout(20_000);
  const frames: HTMLIFrameElement[] = [];
  after(() => frames.splice(0).forEach((frame) => frame.remove()));
  const open = async (path: string, widgets?: string) => {
    const page = await openPage(path, widgets);
    frames.push(page.frame);
    return page;
  };

  describe('with prefixes that cannot start an element name (prefix-invalid.html)', () => {
    let page: Page;
    before(async () => {
      page = await open('/test/pages/prefix-invalid.html');
    });

    it('warns once for each, and names the elements sp-*', () => {
      expect(page.probe.warnings).to.deep.equal([
        '[sparkpulse] "3d" cannot start an element name (a letter, then letters, digits, ".", "-" or "_"); using "sp".',
        '[sparkpulse] "p,#p{display:none} x" cannot start an element name (a letter, then letters, digits, ".", "-" or "_"); using "sp".',
      ]);
      expect(textOf(page.get('badge').shadowRoot)).to.equal('Apache Kafka, velocity 5.0');
    });

    it('writes nothing of a prefix into the page’s styles', () => {
      expect(page.win.getComputedStyle(page.get('p')).display).to.equal('block');
      const rules = page.doc.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      expect(rules.filter((rule) => rule.includes('#p') || rule.includes('3d'))).to.deep.equal([]);
    });

    it('lets the page change its DOM without any error', async () => {
      for (let i = 0; i < 20; i++) page.doc.body.append(page.doc.createElement('div'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(page.probe.errors).to.deep.equal([]);
    });
  });

  for (const [order, first, second] of [
    ['ours-first', OURS, OTHER],
    ['other-first', OTHER, OURS],
  ] as const) {
    describe(`with two versions on one page, ${first} first (two-versions-${order}.html)`, () => {
      let page: Page;
      before(async () => {
        page = await open(`/test/pages/two-versions-${order}.html`, 'sp-compare, sp-timeline, sp-velocity-badge, acme-velocity-badge');
      });

      it(`defines every sp-* element from ${first}, the first to run`, () => {
        for (const tag of ['sp-compare', 'sp-timeline', 'sp-velocity-badge']) expect(versionOf(page, tag), tag).to.equal(first);
      });

      it('gives the second version the names no one had claimed', () => {
        expect(versionOf(page, 'acme-velocity-badge')).to.equal(second);
        expect(textOf(page.get('acme').shadowRoot)).to.equal('Linkerd, velocity 2.5');
      });

      it('warns exactly once', () => {
        expect(page.probe.warnings).to.deep.equal([`[sparkpulse] Sparkpulse ${first} is already on this page; keeping it, not ${second}.`]);
      });

      it('shares one data client between the versions: index.json is fetched once', () => {
        const documents = fetched(page).filter((path) => path.startsWith('/ep/'));
        expect(documents.filter((path) => path.endsWith('/index.json'))).to.have.length(1);
        expect(documents).to.have.length(new Set(documents).size);
      });

      it('loads every widget, with no error', () => {
        expect(page.probe.errors).to.deep.equal([]);
        expect(page.probe.events.map((event) => event.type)).to.deep.equal(['sp-load', 'sp-load', 'sp-load', 'sp-load']);
      });
    });
  }

  describe('a second copy whose element code cannot be fetched (second-broken.html)', () => {
    let page: Page;
    before(async () => {
      page = await open('/test/pages/second-broken.html');
      await new Promise((resolve) => setTimeout(resolve, 200));
    });

    it('leaves the elements to the first copy, with no error and no warning', () => {
      expect(page.probe.errors).to.deep.equal([]);
      expect(page.probe.warnings).to.deep.equal([]);
      expect(page.probe.events.map((event) => event.type)).to.deep.equal(['sp-load', 'sp-load', 'sp-load']);
      expect(fetched(page).filter((path) => path.startsWith('/dist-broken/cdn/'))).to.deep.equal([]);
    });
  });

  describe('element code that cannot be fetched (broken-chunks.html)', () => {
    let win: PageWindow;
    let doc: Document;
    before(async () => {
      const frame = document.createElement('iframe');
      Object.assign(frame, { width: 1000, height: 900 });
      frames.push(frame);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = '/test/pages/broken-chunks.html';
      document.body.append(frame);
      await loaded;
      [win, doc] = [frame.contentWindow as PageWindow, frame.contentDocument!];
      await waitUntil(() => win.probe.warnings.length >= 1, 'a warning', { timeout: SETTLE_MS });
      await waitUntil(() => !win.getComputedStyle(doc.getElementById('badge')!).width.startsWith('224'), 'every box given up', { timeout: SETTLE_MS });
    });

    it('warns once, naming the missing chunk every element needs, and lets nothing reach the window', async () => {
      const manifest = await (await fetch('/dist/cdn/manifest.json')).json();
      const shared = manifest[manifest['src/compare/sp-compare.ts'].imports[0]].file;
      expect(win.probe.errors).to.deep.equal([]);
      expect(win.probe.warnings).to.deep.equal([
        `[sparkpulse] could not load ${location.origin}/dist-broken/${shared}: it answered 404 (is dist/cdn/ served beside sparkpulse.js?).`,
      ]);
    });

    it('gives up the boxes it reserved, so the fallback content shows at its own size', () => {
      const compare = doc.getElementById('compare')!;
      const link = compare.querySelector('a')!;
      expect(compare.getBoundingClientRect().height).to.equal(link.getBoundingClientRect().height);
      // Empty and undefined, it is an inline element again: one line, not the reserved feed.
      expect(doc.getElementById('timeline')!.getBoundingClientRect().height).to.be.below(30);
      expect(win.getComputedStyle(doc.getElementById('badge')!).width).not.to.equal('224px');
    });
  });
});
