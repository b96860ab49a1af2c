/**
 * The loader's chunks from a CDN on another origin (test/server/second-origin.mjs),
 * checked against the integrity the build recorded, and what the console says
 * when one cannot be loaded: a tampered chunk, one that is missing, a CDN
 * without CORS headers, a page whose Content-Security-Policy blocks the CDN.
 * The host page is on the test server's own origin; its loader comes from
 * http://cdn.localhost:<port>/<build>/ (test/server/other-builds.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SETTLE_MS, type PageWindow } from '../page-helpers.js';

const CDN = `http://cdn.localhost:${location.port}`;

interface CdnPage {
  win: PageWindow & { sparkpulseTampered?: boolean };
  doc: Document;
  /** What the page's copy of Sparkpulse printed. */
  ours: () => string[];
}

const frames: HTMLIFrameElement[] = [];
after(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Loads /test/pages/cdn-page.html with `query` and waits until `ready` holds. */
async function openCdnPage(query: string, ready: (page: CdnPage) => boolean): Promise<CdnPage> {
  const frame = Object.assign(document.createElement('iframe'), { width: '1000', height: '900' });
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/cdn-page.html?${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CdnPage['win'];
  const page = { win, doc: frame.contentDocument!, ours: () => win.probe.warnings.filter((w) => w.startsWith('[sparkpulse]')) };
  await waitUntil(() => ready(page), `${query} settles`, { timeout: SETTLE_MS });
  // Any later message would come from an element still loading: give it time to show.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return page;
}

const loadedAll = (page: CdnPage) => page.win.probe.events.filter((event) => event.type === 'sp-load').length === 3;
const warned = (page: CdnPage) => page.ours().length > 0;

/** The chunks of dist/ that /dist-tampered/ changes, as test/server/other-builds.mjs picks them: one each element but the badge imports, and the German words. */
async function tamperedChunks(): Promise<string[]> {
  const manifest = await (await fetch('/dist/cdn/manifest.json')).json();
  const direct = new Set<string>(manifest['src/cdn.ts'].dynamicImports);
  const key = manifest['src/compare/sp-compare.ts'].imports.find((name: string) => !direct.has(name));
  return [manifest[key].file, manifest['src/text/catalogue/de.ts'].file];
}

/** The first chunk every element imports: the badge's, which the others share. */
async function sharedChunk(): Promise<string> {
  const manifest = await (await fetch('/dist/cdn/manifest.json')).json();
  return manifest[manifest['src/compare/sp-compare.ts'].imports[0]].file;
}

describe('the loader’s chunks, from a CDN on another origin', function () {
  this.timeout(20_000);

  describe('served as built', () => {
    let page: CdnPage;
    before(async () => {
      page = await openCdnPage('build=dist', loadedAll);
    });

    it('checks and loads every widget, fetching each chunk once', () => {
      expect(page.win.probe.errors).to.deep.equal([]);
      expect(page.ours()).to.deep.equal([]);
      const chunks = page.win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.startsWith(`${CDN}/dist/cdn/`));
      expect(chunks.length).to.be.greaterThan(1);
      expect(chunks).to.deep.equal([...new Set(chunks)]);
    });

    it('adds nothing to the host page but one empty element in its head', () => {
      const added = [...page.doc.head.children].filter((el) => !['META', 'TITLE', 'SCRIPT', 'STYLE'].includes(el.tagName));
      expect(added.map((el) => [el.tagName, el.childNodes.length])).to.deep.equal([['SPAN', 0]]);
    });
  });

  describe('with the loader’s own integrity on its script tag', () => {
    it('loads every widget when the loader is the one built (dist/integrity.json)', async () => {
      const page = await openCdnPage('build=dist&integrity', loadedAll);
      expect(page.win.probe.errors).to.deep.equal([]);
    });

    it('runs no loader whose integrity differs, and the fallback content stays', async () => {
      const page = await openCdnPage('build=dist&integrity=wrong', (p) => p.win.probe.errors.length > 0);
      expect(page.win.probe.errors).to.deep.equal([`failed to load ${CDN}/dist/sparkpulse.js`]);
      expect(page.win.customElements.get('sp-compare')).to.be.undefined;
      expect(page.doc.querySelector('#compare a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('with a tampered chunk (dist-tampered)', () => {
    let page: CdnPage;
    let chunk: string;
    before(async () => {
      [chunk] = await tamperedChunks();
      page = await openCdnPage('build=dist-tampered', (p) => warned(p) && p.win.probe.events.length > 0);
    });

    it('refuses it: its code never runs, and the widgets that need it stay undefined', () => {
      expect(page.win.sparkpulseTampered).to.be.undefined;
      expect(page.win.customElements.get('sp-compare')).to.be.undefined;
      expect(page.win.customElements.get('sp-timeline')).to.be.undefined;
    });

    it('still loads the widgets that do not need it', () => {
      expect(page.win.probe.events.map((event) => [event.type, event.target.id])).to.deep.equal([['sp-load', 'badge']]);
    });

    it('keeps the fallback content of the others visible, at its own size', () => {
      const compare = page.doc.getElementById('compare')!;
      const link = compare.querySelector('a')!;
      expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(compare.getBoundingClientRect().height).to.equal(link.getBoundingClientRect().height);
      expect(page.doc.querySelector('#timeline a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('says so exactly once, naming the chunk’s URL and its failed integrity check', () => {
      expect(page.ours()).to.deep.equal([
        `[sparkpulse] could not load ${CDN}/dist-tampered/${chunk}: it failed its integrity check: it is not the file this loader was built with.`,
      ]);
      expect(page.win.probe.errors).to.deep.equal([]);
    });
  });

  describe('with a tampered chunk that a chunk imports later: the German words (dist-tampered, a German page)', () => {
    let page: CdnPage;
    before(async () => {
      page = await openCdnPage('build=dist-tampered&lang=de', (p) => p.ours().length >= 2 && p.win.probe.events.length > 0);
    });

    it('refuses it too: its code never runs', () => {
      expect(page.win.sparkpulseTampered).to.be.undefined;
      expect(page.win.probe.errors).to.deep.equal([]);
    });

    it('says so once for each tampered chunk, naming its URL', async () => {
      const [chunk, words] = await tamperedChunks();
      const message = (file: string) =>
        `[sparkpulse] could not load ${CDN}/dist-tampered/${file}: it failed its integrity check: it is not the file this loader was built with.`;
      expect([...page.ours()].sort()).to.deep.equal([message(chunk!), message(words!)].sort());
    });
  });

  describe('with chunks that cannot be fetched', () => {
    it('names a chunk that answers 404, and the likely cause (dist-broken)', async () => {
      const page = await openCdnPage('build=dist-broken', warned);
      expect(page.ours()).to.deep.equal([
        `[sparkpulse] could not load ${CDN}/dist-broken/${await sharedChunk()}: it answered 404 (is dist/cdn/ served beside sparkpulse.js?).`,
      ]);
      expect(page.win.probe.errors).to.deep.equal([]);
    });

    it('names a chunk whose CDN sends no CORS headers (dist-nocors)', async () => {
      const page = await openCdnPage('build=dist-nocors', warned);
      expect(page.ours()).to.deep.equal([
        `[sparkpulse] could not load ${CDN}/dist-nocors/${await sharedChunk()}: its server sends no Access-Control-Allow-Origin header, which a chunk from another origin needs.`,
      ]);
      expect(page.win.probe.errors).to.deep.equal([]);
    });

    it('names a chunk the page’s Content-Security-Policy blocks (a policy that allows only the loader’s URL)', async () => {
      const page = await openCdnPage('build=dist&csp', warned);
      expect(page.ours()).to.deep.equal([
        `[sparkpulse] could not load ${CDN}/dist/${await sharedChunk()}: the page's Content-Security-Policy blocks it: its script-src must allow this origin.`,
      ]);
      expect(page.win.probe.errors).to.deep.equal([]);
      expect(page.doc.querySelector('#compare a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });
});
