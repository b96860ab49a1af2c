/**
 * The elements as a React 19 app and a Vue 3 app use them, built with Vite
 * from the packed npm tarball by scripts/build-fixtures.mjs (sources in
 * test/fixtures/). Each app is loaded in a same-origin iframe and reads a
 * fresh fake endpoint named in its URL.
 *
 * Both frameworks assign *properties*, not attributes, on an element that is
 * already defined, and a user writes them as strings (`products="kafka,linkerd"`,
 * `limit="3"`). These tests prove, from the outside, that the elements take
 * what the attributes would take.
 *
 * Each app records, from before the widgets load, every sp-load / sp-error its
 * own listeners hear, uncaught errors, unhandled rejections and console.warn,
 * on `window.__fixture` (test/fixtures/shared/record.ts).
 */
import { expect } from '@open-wc/testing';
import { endpoint, textOf } from './helpers.js';

interface FixtureRecord {
  events: { type: string; id: string; error?: string }[];
  errors: string[];
  warnings: string[];
}

type AppWindow = Window & { __fixture?: FixtureRecord };

/** What the tests read of the elements; typed loosely, since the point is what a framework left in them. */
type Widget = HTMLElement & Record<string, unknown>;

interface App {
  frame: HTMLIFrameElement;
  record: FixtureRecord;
  get(id: string): Widget;
}

const APPS = [
  { name: 'React 19', dir: 'react-app' },
  { name: 'Vue 3', dir: 'vue-app' },
];

/** The ids of every element both apps render. */
const WIDGETS = ['compare', 'timeline', 'sparks-property', 'sparks-attribute', 'badge'];

/** Bounds the wait for the widgets: data and code are all local. */
const SETTLE_MS = 6_000;

/** Polls `done` until it holds or `ms` pass; says which. */
async function within(ms: number, done: () => boolean): Promise<boolean> {
  const deadline = performance.now() + ms;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * Loads the built app in a fresh iframe and waits until every widget has
 * fired, or the time is up: a widget that never fires fails its own tests,
 * not all of them.
 */
async function openApp(dir: string): Promise<App> {
  const page = `/test/fixtures/${dir}/dist/index.html`;
  const built = await fetch(page, { method: 'HEAD' });
  if (!built.ok) throw new Error(`${page} is missing: run node scripts/build-fixtures.mjs`);

  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${page}?endpoint=${encodeURIComponent(endpoint('ok'))}`;
  document.body.append(frame);
  await loaded;

  const win = frame.contentWindow as AppWindow;
  const ready = await within(SETTLE_MS, () => win.__fixture !== undefined);
  if (!ready) throw new Error(`${page} never set window.__fixture: its script did not run`);
  const record = win.__fixture!;
  await within(SETTLE_MS, () => WIDGETS.every((id) => record.events.some((event) => event.id === id)));
  return { frame, record, get: (id) => frame.contentDocument!.getElementById(id) as Widget };
}

const itemsOf = (el: Element) => [...el.shadowRoot!.querySelectorAll('.feed__item')];

for (const { name, dir } of APPS) {
  describe(`a ${name} app built from the packed tarball`, function () {
    this.timeout(20_000);

    let app: App;

    before(async () => {
      app = await openApp(dir);
    });

    after(() => app?.frame.remove());

    it('hears sp-load, and no sp-error, from every element', () => {
      const heard = WIDGETS.map((id) => {
        const types = app.record.events.filter((event) => event.id === id);
        return `${id}: ${types.map((event) => event.type + (event.error ? ` (${event.error})` : '')).join(', ') || 'nothing'}`;
      });
      expect(heard).to.deep.equal(WIDGETS.map((id) => `${id}: sp-load`));
    });

    it('has no uncaught error or unhandled rejection', () => {
      expect(app.record.errors).to.deep.equal([]);
    });

    it('shows the timeline with items from both kafka and linkerd, at most 3', () => {
      const timeline = app.get('timeline');
      const names = itemsOf(timeline).map((item) => textOf(item.querySelector('.feed__product')));
      expect(names.length, 'items').to.be.within(1, 3);
      expect([...new Set(names)].sort()).to.deep.equal(['Apache Kafka', 'Linkerd']);
    });

    it('shows only sparks in a sparks-only timeline, whether set as a property or an attribute', () => {
      for (const id of ['sparks-property', 'sparks-attribute']) {
        const items = itemsOf(app.get(id));
        expect(items.length, `${id} items`).to.equal(3);
        expect(
          items.every((item) => item.querySelector('.feed__spark')),
          `${id} shows only sparks`,
        ).to.equal(true);
      }
    });

    it('shows exactly the sections glance and faq in the comparison', () => {
      const sections = [...app.get('compare').shadowRoot!.querySelectorAll('[part~="section"]')];
      expect(sections.map((section) => section.getAttribute('part'))).to.deep.equal(['section glance', 'section faq']);
    });

    it('warns about no unknown section', () => {
      expect(app.record.warnings.filter((warning) => /section/.test(warning))).to.deep.equal([]);
    });

    it('reads the badge as "Apache Kafka, velocity 5.0"', () => {
      expect(textOf(app.get('badge').shadowRoot)).to.equal('Apache Kafka, velocity 5.0');
    });

    it('passes products to the timeline as a property, not an attribute', () => {
      // The property has no attribute reflection: an attribute here would mean
      // the framework took the attribute path, and these tests prove nothing.
      expect(app.get('timeline').hasAttribute('products')).to.equal(false);
    });

    it('leaves the timeline products property as the list of slugs', () => {
      expect(app.get('timeline').products).to.deep.equal(['kafka', 'linkerd']);
    });

    it('leaves the timeline limit property as the number 3', () => {
      expect(app.get('timeline').limit).to.equal(3);
    });

    it('leaves the comparison sections property as the list glance, faq', () => {
      expect(app.get('compare').sections).to.deep.equal(['glance', 'faq']);
    });

    it('leaves the comparison limit property as the number 5', () => {
      expect(app.get('compare').limit).to.equal(5);
    });

    it('sets sparksOnly to true from the camelCase property', () => {
      expect(app.get('sparks-property').sparksOnly).to.equal(true);
    });
  });
}
