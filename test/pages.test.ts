/**
 * The built script-tag bundle (`dist/sparkpulse.js`) on real pages, each
 * loaded in a same-origin iframe of 1000×900 so the tests can read inside it.
 * Every page loads test/pages/probe.js first, which records CSP violations,
 * errors, unhandled rejections, console.warn and every sp-load / sp-error.
 * The pages hold no inline script or style, and name their endpoint with a
 * fixed, page-relative `<meta name="sparkpulse:endpoint">`.
 *
 * - csp.html, served with a strict Content-Security-Policy header (Trusted
 *   Types included, see test/server/page-headers.mjs), proves the widgets
 *   load, styled, without a single violation: no eval or new Function, no
 *   inline style, no string-to-HTML sink outside Lit's own policy.
 * - hostile-css.html against plain.html proves a host page's CSS, however
 *   careless (`* { all: unset }`, !important rules, inherited properties set
 *   on the elements themselves), changes nothing inside a widget: the same
 *   elements at the same sizes and places, with the same computed styles.
 *   Its widgets have a theme of their own (theme="light"): in the host look,
 *   the page's text colour and font come in by design (test/element/theme.test.ts
 *   checks that nothing else does).
 *   plain.html also proves no inner size depends on the root font size (rem).
 * - double-include.html proves the loader can be included twice, with a
 *   prefixed third copy, next to another library that took `sp-timeline`:
 *   no error, their element kept with one warning, nothing fetched twice.
 *
 * No accessibility checks here: axe cannot audit another document's nodes,
 * and test/dist/sparkpulse.test.ts audits the same bundle in the test page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { eventsOf, fetched, openPage, SETTLE_MS, type Page, type Probe } from './page-helpers.js';

/** A violation of the directives that refuse code from strings: eval, new Function, string sinks. */
const refusesCode = (v: Probe['violations'][number]) =>
  [v.violatedDirective, v.effectiveDirective].some((d) => /^script-src|trusted-types/.test(d));

const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What is measured of every element inside a shadow root. */
const STYLES = ['color', 'font-size', 'font-family', 'line-height', 'display', 'letter-spacing', 'padding', 'direction'];
/** Elements whose computed styles are compared, not only their boxes. */
const STYLED = '.root, a, td, th, button, h2, h3, time, li';

const half = (n: number) => Math.round(n * 2) / 2;

/**
 * One line per element inside `host`'s shadow root: where it is, relative to
 * the .root (the host may lay out differently on a hostile page), how big it
 * is, and for STYLED elements their computed styles.
 */
function snapshot(host: Element): string[] {
  const view = host.ownerDocument.defaultView!;
  const root = host.shadowRoot!.querySelector('.root')!;
  const origin = root.getBoundingClientRect();
  // A slot, like any element shown as contents, has no box of its own to compare.
  const boxed = [...host.shadowRoot!.querySelectorAll('*')].filter((el) => view.getComputedStyle(el).display !== 'contents');
  return boxed.map((el, i) => {
    const box = el.getBoundingClientRect();
    const name = `${i} ${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const geometry = `x ${half(box.left - origin.left)} y ${half(box.top - origin.top)} w ${half(box.width)} h ${half(box.height)}`;
    const computed = view.getComputedStyle(el);
    const styles = el.matches(STYLED) ? STYLES.map((p) => `${p}: ${computed.getPropertyValue(p)}`).join('; ') : '';
    return `${name} | ${geometry}${styles ? ` | ${styles}` : ''}`;
  });
}

/** The lines that differ, side by side, at most 12 of them, so a failure says where. */
function differences(expected: string[], actual: string[]): string[] {
  const out: string[] = [];
  if (expected.length !== actual.length) out.push(`${expected.length} elements, now ${actual.length}`);
  for (let i = 0; i < Math.max(expected.length, actual.length) && out.length < 12; i += 1) {
    if (expected[i] !== actual[i]) out.push(`was ${expected[i]}\n   now ${actual[i]}`);
  }
  return out;
}

describe('the built bundle on real pages', function () {
  // Each page loads its own bundle, chunks and documents in a fresh frame.
  this.timeout(20_000);

  const pages: Page[] = [];
  after(() => {
    for (const page of pages.splice(0)) page.frame.remove();
  });
  async function open(path: string, widgets?: string): Promise<Page> {
    const page = await openPage(path, widgets);
    pages.push(page);
    return page;
  }

  describe('csp.html, under a strict Content-Security-Policy with Trusted Types', () => {
    let page: Page;
    before(async () => {
      page = await open('/test/pages/csp.html');
    });

    it('is served with the strict policy, so the tests below prove something', async () => {
      const response = await fetch('/test/pages/csp.html');
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).to.contain("script-src 'self'");
      expect(policy).to.contain("style-src 'self'");
      expect(policy).to.contain("require-trusted-types-for 'script'");
      expect(policy).to.contain('trusted-types lit-html');
    });

    it('enforces the policy in the frame, and the probe reports what it refuses', async () => {
      // A frame of its own, so these refusals never mix with the widgets' record.
      const other = await open('/test/pages/csp.html');
      const el = other.doc.createElement('div');
      expect(() => (el.innerHTML = '<b>x</b>')).to.throw(/TrustedHTML/);
      expect(() => other.win.eval('1')).to.throw(/Content Security Policy/);
      await waitUntil(() => other.probe.violations.length >= 2, 'both refusals reported', { timeout: 2_000 });
      // Under Trusted Types, eval of a string is refused as a sink before script-src is asked.
      expect(other.probe.violations).to.have.length(2);
      expect(other.probe.violations.every(refusesCode)).to.be.true;
    });

    it('loads the compare, the timeline and the badge', () => {
      for (const id of ['compare', 'timeline', 'badge']) expect(eventsOf(page, id), id).to.deep.equal(['sp-load']);
      expect(page.get('compare').shadowRoot!.querySelectorAll('[part~="section"]')).to.have.length(6);
      expect(page.get('timeline').shadowRoot!.querySelectorAll('.feed__item')).to.have.length(5);
      expect(textOf(page.get('badge').shadowRoot)).to.equal('Apache Kafka, velocity 5.0');
    });

    it('causes no CSP violation, no error and no unhandled rejection', () => {
      expect(page.probe.violations).to.deep.equal([]);
      expect(page.probe.errors).to.deep.equal([]);
    });

    it('compiles no code from strings and writes no HTML outside Lit’s policy (no eval, no new Function)', () => {
      expect(page.probe.violations.filter(refusesCode)).to.deep.equal([]);
    });

    it('applies the widgets’ own styles, which adopted stylesheets carry past style-src', () => {
      const style = (el: Element) => page.win.getComputedStyle(el);
      const badgeRoot = page.get('badge').shadowRoot!.querySelector('.root')!;
      // The reader's default size; the badge's text is a size smaller.
      expect(style(badgeRoot).fontSize).to.equal('16px');
      expect(style(page.get('badge').shadowRoot!.querySelector('.badge__name')!).fontSize).to.equal('14px');
      // Unstyled, an h2 is 24px with 0.83em margins.
      const heading = page.get('compare').shadowRoot!.querySelector('section h2')!;
      expect([style(heading).fontSize, style(heading).lineHeight, style(heading).marginTop]).to.deep.equal(['20px', '24px', '0px']);
      const feed = page.get('timeline').shadowRoot!.querySelector('.timeline')!;
      expect([style(feed).paddingTop, style(feed).borderTopLeftRadius]).to.deep.equal(['16px', '8px']);
    });
  });

  describe('hostile-css.html against plain.html', () => {
    let plain: Page;
    let hostile: Page;
    before(async () => {
      [plain, hostile] = await Promise.all([open('/test/pages/plain.html'), open('/test/pages/hostile-css.html')]);
    });

    it('loads every widget on both pages, and the broken one shows its error state on both', () => {
      for (const page of [plain, hostile]) {
        for (const id of ['compare', 'timeline', 'badge']) expect(eventsOf(page, id), id).to.deep.equal(['sp-load']);
        expect(eventsOf(page, 'broken')).to.deep.equal(['sp-error']);
        expect(page.get('broken').shadowRoot!.querySelector('button')).to.exist;
        expect(page.probe.errors).to.deep.equal([]);
      }
    });

    it('reads the endpoint from a fixed, relative URL in the page’s meta tag', () => {
      const documents = fetched(plain).filter((path) => path.startsWith('/ep/'));
      expect(documents).to.include.members(['/ep/ok~pages/index.json', '/ep/ok~pages/products/kafka.json', '/ep/ok~pages/products/linkerd.json']);
      expect(documents.every((path) => /^\/ep\/(ok|status-404)~pages\//.test(path)), documents.join(' ')).to.be.true;
    });

    it('really is hostile: the page’s own elements are restyled', () => {
      const style = (el: Element) => hostile.win.getComputedStyle(el);
      expect(style(hostile.doc.documentElement).fontSize).to.equal('10px');
      expect(style(hostile.get('compare')).display).to.equal('inline');
      expect(style(hostile.get('compare')).color).to.equal('rgb(255, 0, 255)');
      expect(hostile.get('compare').getBoundingClientRect().width).to.equal(800);
      expect(plain.get('compare').getBoundingClientRect().width).to.equal(800);
    });

    for (const id of ['compare', 'timeline', 'badge', 'broken']) {
      it(`lays out and styles the inside of #${id} exactly as on a plain page`, async () => {
        // Under a loaded machine one page may still be taking its last frame
        // (a logo decoded, a held box released): compare once both have settled.
        const compare = () => differences(snapshot(plain.get(id)), snapshot(hostile.get(id)));
        const settled = Date.now() + 3_000;
        while (compare().length && Date.now() < settled) await new Promise((resolve) => setTimeout(resolve, 100));
        expect(compare()).to.deep.equal([]);
      });
    }

    it('mirrors the inside of every widget within a frame when the page turns right to left, and back', async () => {
      const ids = ['compare', 'timeline', 'badge', 'broken'];
      const frame = () => new Promise((resolve) => plain.win.requestAnimationFrame(resolve));
      const roots = () => ids.map((id) => plain.get(id).shadowRoot!.querySelector('.root')!);
      const html = plain.doc.documentElement;
      html.dir = 'rtl';
      try {
        await frame();
        expect(roots().map((root) => plain.win.getComputedStyle(root).direction)).to.deep.equal(['rtl', 'rtl', 'rtl', 'rtl']);
        // The table's row labels now stand on the right.
        const label = plain.get('compare').shadowRoot!.querySelector('tbody th')!.getBoundingClientRect();
        const value = plain.get('compare').shadowRoot!.querySelector('tbody td')!.getBoundingClientRect();
        expect(label.left).to.be.greaterThan(value.left);
      } finally {
        html.removeAttribute('dir');
      }
      await frame();
      expect(roots().map((root) => plain.win.getComputedStyle(root).direction)).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr']);
    });

    it('sizes nothing inside a widget in rem: the root font size changes no inner box', () => {
      const ids = ['compare', 'timeline', 'badge', 'broken'];
      const before = ids.map((id) => snapshot(plain.get(id)));
      const html = plain.doc.documentElement;
      html.style.fontSize = '40px';
      try {
        expect(plain.win.getComputedStyle(html).fontSize).to.equal('40px');
        ids.forEach((id, i) => expect(differences(before[i], snapshot(plain.get(id))), id).to.deep.equal([]));
      } finally {
        html.style.fontSize = '';
      }
    });
  });

  describe('double-include.html: the loader twice, a prefixed copy, and another library’s sp-timeline', () => {
    let page: Page;
    before(async () => {
      page = await open('/test/pages/double-include.html', 'sp-compare, sp-velocity-badge, acme-velocity-badge');
      // The warning comes when the timeline's code has loaded, which may be after the others settled.
      await waitUntil(() => page.probe.warnings.length > 0, 'a warning about <sp-timeline>', { timeout: SETTLE_MS });
    });

    it('lets no error reach window error or unhandledrejection', () => {
      expect(page.probe.errors).to.deep.equal([]);
    });

    it('keeps the other library’s sp-timeline', () => {
      expect(page.win.customElements.get('sp-timeline')).to.equal(page.win.OtherTimeline);
      expect(page.get('timeline')).to.be.instanceOf(page.win.OtherTimeline!);
      expect(page.get('timeline').shadowRoot).to.equal(null);
      expect(page.get('timeline').textContent).to.equal('the other library’s timeline');
    });

    it('warns exactly once about <sp-timeline>, however many copies load', () => {
      expect(page.probe.warnings.filter((w) => w.includes('<sp-timeline>'))).to.deep.equal([
        '[sparkpulse] <sp-timeline> is taken by another script; keeping it. Use a prefix to rename ours.',
      ]);
    });

    it('loads the compare, the badge and the prefixed acme badge', () => {
      for (const id of ['compare', 'badge', 'acme']) expect(eventsOf(page, id), id).to.deep.equal(['sp-load']);
      expect(textOf(page.get('badge').shadowRoot)).to.equal('Apache Kafka, velocity 5.0');
      expect(textOf(page.get('acme').shadowRoot)).to.equal('Linkerd, velocity 2.5');
    });

    it('fetches each loader copy once and every chunk only once', () => {
      const scripts = fetched(page).filter((path) => path.startsWith('/dist/'));
      const loaders = scripts.filter((path) => path.startsWith('/dist/sparkpulse.js'));
      expect(loaders.sort()).to.deep.equal(['/dist/sparkpulse.js', '/dist/sparkpulse.js?copy=2', '/dist/sparkpulse.js?prefix=acme']);
      const chunks = scripts.filter((path) => path.startsWith('/dist/cdn/')).map((path) => new URL(path, location.href).pathname);
      expect(chunks.length).to.be.greaterThan(0);
      expect(chunks).to.deep.equal([...new Set(chunks)]);
      expect(scripts.length).to.equal(loaders.length + chunks.length);
    });
  });
});
