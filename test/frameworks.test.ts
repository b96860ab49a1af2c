/**
 * The elements as a React 19 app and a Vue 3 app use them, built with Vite
 * from the packed npm tarball by scripts/build-fixtures.mjs (sources in
 * test/fixtures/). Each app is loaded in a same-origin iframe and reads a
 * fresh fake endpoint named in its URL. The React app also uses the
 * @sparkpulse/widgets/react wrappers, one of them on an endpoint that fails.
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

/** test/fixtures/react-app/src/App.tsx records each call of a wrapper's event prop. */
interface WrapperCall {
  prop: 'onSpLoad' | 'onSpError';
  id: string;
  type: string;
  typed: boolean;
}

/** What build-fixtures wrote of its type checks (TYPE_CHECK in scripts/build-fixtures.mjs). */
interface TypeCheck {
  tool: string;
  project: string;
  passed: boolean;
  output: string;
  /** How many marked wrong uses each file has, all of which a passing check caught. */
  caught: Record<string, number>;
}

interface FixtureRecord {
  events: { type: string; id: string; error?: string }[];
  errors: string[];
  warnings: string[];
}

type AppWindow = Window & { __fixture?: FixtureRecord; __wrapperCalls?: WrapperCall[] };

/** What the tests read of the elements; typed loosely, since the point is what a framework left in them. */
type Widget = HTMLElement & Record<string, unknown>;

interface App {
  frame: HTMLIFrameElement;
  record: FixtureRecord;
  window: AppWindow;
  get(id: string): Widget;
}

/** The ids of every element both apps render. */
const WIDGETS = ['compare', 'timeline', 'sparks-property', 'sparks-attribute', 'badge'];

/** The ids of the React app's wrappers: one loads, one is on a failing endpoint. */
const WRAPPERS = ['wrapper-compare', 'wrapper-failing'];

const APPS = [
  { name: 'React 19', dir: 'react-app', widgets: [...WIDGETS, ...WRAPPERS] },
  { name: 'Vue 3', dir: 'vue-app', widgets: WIDGETS },
];

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
async function openApp(dir: string, widgets: string[]): Promise<App> {
  const page = `/test/fixtures/${dir}/dist/index.html`;
  const built = await fetch(page, { method: 'HEAD' });
  if (!built.ok) throw new Error(`${page} is missing: run node scripts/build-fixtures.mjs`);

  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${page}?endpoint=${encodeURIComponent(endpoint('ok'))}&failing=${encodeURIComponent(endpoint('status-404'))}`;
  document.body.append(frame);
  await loaded;

  const win = frame.contentWindow as AppWindow;
  const ready = await within(SETTLE_MS, () => win.__fixture !== undefined);
  if (!ready) throw new Error(`${page} never set window.__fixture: its script did not run`);
  const record = win.__fixture!;
  await within(SETTLE_MS, () => widgets.every((id) => record.events.some((event) => event.id === id)));
  return { frame, record, window: win, get: (id) => frame.contentDocument!.getElementById(id) as Widget };
}

const itemsOf = (el: Element) => [...el.shadowRoot!.querySelectorAll('.feed__item')];

for (const { name, dir, widgets } of APPS) {
  describe(`a ${name} app built from the packed tarball`, function () {
    this.timeout(20_000);

    let app: App;

    before(async () => {
      app = await openApp(dir, widgets);
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

describe('the @sparkpulse/widgets/react wrappers in the React 19 app', function () {
  this.timeout(20_000);

  let app: App;
  const calls = (id: string) => (app.window.__wrapperCalls ?? []).filter((call) => call.id === id);

  before(async () => {
    app = await openApp('react-app', [...WIDGETS, ...WRAPPERS]);
  });

  after(() => app?.frame.remove());

  it('renders SpCompare as an sp-compare element showing the glance section', () => {
    const el = app.get('wrapper-compare');
    expect(el.localName).to.equal('sp-compare');
    const sections = [...el.shadowRoot!.querySelectorAll('[part~="section"]')];
    expect(sections.map((section) => section.getAttribute('part'))).to.deep.equal(['section glance']);
  });

  it('passes the wrapper props as properties, not attributes', () => {
    const el = app.get('wrapper-compare');
    expect([el.limit, el.sections, el.a, el.b]).to.deep.equal([2, ['glance'], 'kafka', 'linkerd']);
    expect(['a', 'b', 'limit', 'sections'].filter((attribute) => el.hasAttribute(attribute))).to.deep.equal([]);
  });

  it('calls onSpLoad once, with an SpLoadEvent', () => {
    expect(calls('wrapper-compare')).to.deep.equal([{ prop: 'onSpLoad', id: 'wrapper-compare', type: 'sp-load', typed: true }]);
  });

  it('calls onSpError once, with an SpErrorEvent, when the endpoint fails', () => {
    expect(calls('wrapper-failing')).to.deep.equal([{ prop: 'onSpError', id: 'wrapper-failing', type: 'sp-error', typed: true }]);
  });

  it('shows the error state in the wrapper on the failing endpoint', () => {
    expect(textOf(app.get('wrapper-failing').shadowRoot)).to.include('Data unavailable');
  });
});

describe('the type check of the fixture apps against the packed framework types', () => {
  let checks: TypeCheck[];

  before(async () => {
    const response = await fetch('/test/fixtures/node_modules/type-check.json', { cache: 'no-store' });
    if (!response.ok) throw new Error('test/fixtures/node_modules/type-check.json is missing: run node scripts/build-fixtures.mjs');
    ({ checks } = await response.json());
  });

  it('ran tsc and vue-tsc, and both passed', () => {
    expect(checks.map((check) => `${check.tool}: ${check.passed ? 'passed' : check.output}`)).to.deep.equal([
      'tsc: passed',
      'vue-tsc: passed',
    ]);
  });

  // A passing check has caught every marked wrong use: an uncaught one is an error.
  for (const [framework, file] of [
    ['React 19', 'test/fixtures/react-app/src/type-checks.tsx'],
    ['Preact', 'test/fixtures/framework-types/preact.tsx'],
    ['Solid', 'test/fixtures/framework-types/solid.tsx'],
    ['Svelte', 'test/fixtures/framework-types/svelte.ts'],
    ['Vue 3', 'test/fixtures/vue-app/src/TypeChecks.vue'],
  ]) {
    it(`caught at least five wrong uses of the tags in ${framework}`, () => {
      const caught = checks.find((check) => file in check.caught)?.caught[file] ?? 0;
      expect(caught, file).to.be.at.least(5);
    });
  }
});
