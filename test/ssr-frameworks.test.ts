/**
 * The elements in frameworks that render on the server: an Astro site and a
 * Next.js (App Router) static export, each built by its own tool from the
 * packed npm tarball by scripts/build-fixtures.mjs (sources in
 * test/fixtures/astro-app/ and test/fixtures/next-app/). Each page has:
 *
 * - widgets rendered at build time with `renderWidget` from
 *   `@sparkpulse/widgets/ssr` (ids `rendered-…`), which carry the documents
 *   they were rendered from and so never ask the endpoint;
 * - the plain tags (`compare` of grafana and istio, `timeline`, `badge`), with the package
 *   imported in a client script (Astro's `<script>`; in Next.js, a client
 *   component's effect), reading the fake endpoint.
 *
 * Each page is looked at as a browser shows it before any script runs (in a
 * frame whose sandbox allows no script), then loaded with its scripts, where
 * every widget takes over. The page's script records every sp-load, sp-error,
 * uncaught error and console.warn from before the widgets load
 * (test/fixtures/shared/record-document.ts).
 */
import { expect } from '@open-wc/testing';
import { hits, textOf } from './helpers.js';

interface FixtureRecord {
  events: { type: string; id: string; error?: string }[];
  errors: string[];
  warnings: string[];
}

interface AxeResult {
  violations: { id: string; nodes: { target: unknown }[] }[];
}

type PageWindow = Window & { __fixture?: FixtureRecord; axe?: { run(context: Element): Promise<AxeResult> } };

/** What build-fixtures wrote of each server app's build (SERVER_BUILDS in scripts/build-fixtures.mjs). */
interface ServerBuild {
  app: string;
  seconds: number;
  /** Every line of the build's output that starts with `[sparkpulse]`. */
  sparkpulse: string[];
}

const APPS = [
  { name: 'an Astro page', app: 'astro-app', page: '/test/fixtures/astro-app/dist/index.html', endpoints: 'astro' },
  { name: 'a Next.js App Router page', app: 'next-app', page: '/test/fixtures/next-app/out/index.html', endpoints: 'next' },
];

/** The widgets rendered at build time, and the plain tags. */
const RENDERED = ['rendered-compare', 'rendered-timeline'];
const PLAIN = ['compare', 'timeline', 'badge'];

/** Every section a comparison shows when none are named, in order. */
const ALL_SECTIONS = ['glance', 'whatis', 'editorial', 'alternatives', 'activity', 'faq'].map((name) => `section ${name}`);

/** Bounds the wait for the widgets: data and code are all local, but Next.js hydrates first. */
const SETTLE_MS = 12_000;

async function within(ms: number, done: () => boolean): Promise<boolean> {
  const deadline = performance.now() + ms;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** Loads `page` in a fresh frame; `scripts: false` gives the page as it is before any script runs. */
async function frameOf(page: string, scripts: boolean): Promise<HTMLIFrameElement> {
  const built = await fetch(page, { method: 'HEAD' });
  if (!built.ok) throw new Error(`${page} is missing: run node scripts/build-fixtures.mjs`);
  const frame = document.createElement('iframe');
  Object.assign(frame, { width: 1000, height: 900 });
  // Same origin, so the test can read it; no allow-scripts: no script of the page runs.
  if (!scripts) frame.sandbox.add('allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = page;
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * The text a widget shows, less its times, which say "3 days ago" as of
 * whenever they were rendered, and less the server's <style> (a live widget
 * adopts its styles instead).
 */
function wordsOf(el: Element): string {
  const copy = document.createElement('div');
  copy.append(...[...el.shadowRoot!.childNodes].map((node) => node.cloneNode(true)));
  copy.querySelectorAll('time, style').forEach((node) => node.remove());
  return textOf(copy);
}

const partsOf = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.getAttribute('part'));

/** axe-core run inside the frame's own document: axe cannot audit another document's nodes. */
async function axeIn(frame: HTMLIFrameElement, selector: string): Promise<string[]> {
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    doc.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(doc.querySelector(selector)!);
  return violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

let builds: ServerBuild[];

before(async () => {
  const response = await fetch('/test/fixtures/node_modules/server-builds.json', { cache: 'no-store' });
  if (!response.ok) throw new Error('test/fixtures/node_modules/server-builds.json is missing: run node scripts/build-fixtures.mjs');
  ({ builds } = await response.json());
});

for (const { name, app, page, endpoints } of APPS) {
  describe(`${name} built from the packed tarball`, function () {
    this.timeout(30_000);

    let still: HTMLIFrameElement;
    let live: HTMLIFrameElement;
    let record: FixtureRecord;
    const stillWidget = (id: string) => still.contentDocument!.getElementById(id)!;
    const liveWidget = (id: string) => live.contentDocument!.getElementById(id)!;

    before(async () => {
      [still, live] = [await frameOf(page, false), await frameOf(page, true)];
      const win = live.contentWindow as PageWindow;
      if (!(await within(SETTLE_MS, () => win.__fixture !== undefined))) throw new Error(`${page} never set window.__fixture: its script did not run`);
      record = win.__fixture!;
      // A rendered widget is taken over once it comes near the screen: bring each there, as a reader scrolling would.
      for (const id of RENDERED) {
        liveWidget(id).scrollIntoView();
        await within(SETTLE_MS, () => record.events.some((event) => event.id === id));
      }
      await within(SETTLE_MS, () => [...RENDERED, ...PLAIN].every((id) => record.events.some((event) => event.id === id)));
    });

    after(() => [still, live].forEach((frame) => frame?.remove()));

    it('said nothing of Sparkpulse while building', () => {
      const build = builds.find((each) => each.app === app);
      expect(build, `${app} in server-builds.json`).to.not.equal(undefined);
      expect(build!.sparkpulse).to.deep.equal([]);
    });

    describe('before any script runs', () => {
      it('has the rendered comparison whole, every section of it, with no placeholder', () => {
        const root = stillWidget('rendered-compare').shadowRoot!;
        expect(root, 'a declarative shadow root').to.not.equal(null);
        expect(partsOf(root, '[part~="section"]')).to.deep.equal(ALL_SECTIONS);
        expect(root.querySelector('[part="loading"]')).to.equal(null);
        expect(textOf(root)).to.include('Apache Kafka').and.to.include('Linkerd');
      });

      it('has the rendered timeline with items from both kafka and linkerd, at most 3', () => {
        const items = [...stillWidget('rendered-timeline').shadowRoot!.querySelectorAll('.feed__item')];
        expect(items.length, 'items').to.be.within(1, 3);
        const names = items.map((item) => textOf(item.querySelector('.feed__product')));
        expect([...new Set(names)].sort()).to.deep.equal(['Apache Kafka', 'Linkerd']);
      });

      it('shows the plain tags as nothing yet: they have no shadow root', () => {
        expect(PLAIN.map((id) => stillWidget(id).shadowRoot)).to.deep.equal([null, null, null]);
      });

      it('passes axe', async () => {
        // The page's markup in this document, as static HTML: declarative shadow roots attached, no script run.
        const html = await (await fetch(page)).text();
        const main = html.slice(html.indexOf('<main'), html.indexOf('</main>') + '</main>'.length);
        expect(main, 'the page has a <main>').to.match(/^<main[\s\S]*<\/main>$/);
        const copy = document.createElement('div');
        copy.setHTMLUnsafe(main);
        document.body.append(copy);
        try {
          expect(copy.querySelector('#rendered-compare')!.shadowRoot, 'the copy has its shadow roots').to.not.equal(null);
          await expect(copy).to.be.accessible();
        } finally {
          copy.remove();
        }
      });
    });

    describe('with its scripts', () => {
      it('hears sp-load, and no sp-error, from every widget, rendered or plain', () => {
        const heard = [...RENDERED, ...PLAIN].map((id) => {
          const events = record.events.filter((event) => event.id === id);
          return `${id}: ${events.map((event) => event.type + (event.error ? ` (${event.error})` : '')).join(', ') || 'nothing'}`;
        });
        expect(heard).to.deep.equal([...RENDERED, ...PLAIN].map((id) => `${id}: sp-load`));
      });

      it('has no uncaught error, no unhandled rejection and no warning', () => {
        expect(record.errors, 'errors').to.deep.equal([]);
        expect(record.warnings, 'warnings').to.deep.equal([]);
      });

      it('takes the rendered widgets over with no request, while the plain tags read the endpoint', async () => {
        expect(await hits(`/ep/ok~${endpoints}-rendered/`)).to.deep.equal({});
        const plain = `/ep/ok~${endpoints}-plain/`;
        expect(Object.keys(await hits(plain))).to.include.members(['grafana', 'istio', 'kafka', 'linkerd'].map((slug) => `${plain}products/${slug}.json`));
      });

      it('shows, once taken over, every word the page had before its scripts ran, and one copy of it', () => {
        for (const id of RENDERED) {
          const root = liveWidget(id).shadowRoot!;
          expect(root.querySelectorAll('.root'), `${id}: one root`).to.have.length(1);
          expect(wordsOf(liveWidget(id)), id).to.equal(wordsOf(stillWidget(id)));
          expect(wordsOf(liveWidget(id)).length, `${id} has words`).to.be.above(100);
        }
      });

      it('shows the plain comparison of Grafana and Istio with exactly the sections glance and faq', () => {
        const root = liveWidget('compare').shadowRoot!;
        expect(partsOf(root, '[part~="section"]')).to.deep.equal(['section glance', 'section faq']);
        expect(textOf(root)).to.include('Grafana').and.to.include('Istio');
      });

      it('shows the plain timeline with items from both kafka and linkerd, at most 3', () => {
        const items = [...liveWidget('timeline').shadowRoot!.querySelectorAll('.feed__item')];
        expect(items.length, 'items').to.be.within(1, 3);
        const names = items.map((item) => textOf(item.querySelector('.feed__product')));
        expect([...new Set(names)].sort()).to.deep.equal(['Apache Kafka', 'Linkerd']);
      });

      it('reads the plain badge as "Apache Kafka, velocity 5.0"', () => {
        expect(textOf(liveWidget('badge').shadowRoot)).to.equal('Apache Kafka, velocity 5.0');
      });

      it('passes axe', async () => {
        expect(await axeIn(live, 'main')).to.deep.equal([]);
      });
    });
  });
}
