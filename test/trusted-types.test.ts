/**
 * The script-tag bundle next to a host page that runs its own Lit, under
 * Trusted Types. The bundle carries its own copy of Lit, and every copy of
 * lit-html creates a policy named "lit-html" when it evaluates, with no way to
 * rename it and no catch. Without 'allow-duplicates', whichever copy evaluates
 * second is refused, so the README has to tell hosts to allow duplicates.
 *
 * Each page (test/pages/tt-*.html) runs test/pages/host-lit-app.js, a host
 * app with its own Lit (the dev server resolves its bare `lit` import), in a
 * fixed order:
 * - host first: the app renders its <host-greeting> before it puts the
 *   widgets into the page, so no Sparkpulse chunk can be fetched before;
 * - widgets first: the app imports Lit only after every widget fired sp-load.
 * The app leaves its steps, timed, in `window.hostApp`; the tests check the
 * order from them and from the frame's resource timing, so a page that
 * silently ran the other way fails instead of proving the wrong thing.
 *
 * The pages' policies are response headers (test/server/page-headers.mjs):
 * tt-host-first.html and tt-widgets-first.html allow duplicates, the
 * -no-duplicates pages do not.
 */
import { expect } from '@open-wc/testing';
import { openPage as openHostPage, type Page as HostPage, type PageWindow, type Probe } from './page-helpers.js';

interface HostApp {
  order: 'host-first' | 'widgets-first';
  steps: { name: string; at: number }[];
  /** The text <host-greeting> rendered, once it has. */
  greeting?: string;
  /** "Name: message" of the error that stopped the app. */
  error?: string;
  settled: boolean;
}

type Page = HostPage & { app: HostApp };

const WIDGETS = 'sp-velocity-badge, sp-timeline';

const DEFAULTS = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:";
const WITHOUT_DUPLICATES = `${DEFAULTS}; require-trusted-types-for 'script'; trusted-types lit-html`;
const WITH_DUPLICATES = `${WITHOUT_DUPLICATES} 'allow-duplicates'`;

/** What Chromium throws at the second `trustedTypes.createPolicy('lit-html', …)` without 'allow-duplicates'. */
const DUPLICATE_POLICY =
  'TypeError: Failed to execute \'createPolicy\' on \'TrustedTypePolicyFactory\': Policy with name "lit-html" already exists.';

const loaderWarned = (probe: Probe, el: Element) =>
  probe.warnings.some((warning) => warning.startsWith(`[sparkpulse] could not load <${el.localName}>`));

/**
 * Loads `path` in a fresh iframe and waits until its host app has nothing left
 * to do and every widget has fired sp-load or sp-error, or the loader has
 * given up on its tag.
 */
async function openPage(path: string): Promise<Page> {
  const app = (win: PageWindow) => (win as PageWindow & { hostApp?: HostApp }).hostApp;
  const page = await openHostPage(path, {
    widgets: WIDGETS,
    // In host-first pages the widgets exist only once the app has run.
    ready: (win) => app(win)?.settled,
    settled: (el, probe) => probe.events.some((event) => event.target === el) || loaderWarned(probe, el),
  });
  expect(page.doc.querySelectorAll(WIDGETS).length, `widgets in ${path}`).to.equal(2);
  return { ...page, app: app(page.win)! };
}

// Assertions compare strings, numbers and booleans, never the frame's nodes or
// classes: a failing assertion on a custom element class from the frame
// stalled the whole run until it was killed.
const eventsOf = (page: Page, id: string) => page.probe.events.filter((e) => e.target === page.get(id)).map((e) => e.type);
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** When the host app reached the step `name`. */
function stepAt(page: Page, name: string): number {
  const step = page.app.steps.find((s) => s.name === name);
  expect(step, `step "${name}" in ${page.app.steps.map((s) => s.name).join(', ')}`).to.exist;
  return step!.at;
}

/** When the frame first requested a path matching `pattern`. */
function requestedAt(page: Page, pattern: RegExp): number {
  const starts = page.win.performance
    .getEntriesByType('resource')
    .filter((entry) => pattern.test(new URL(entry.name).pathname))
    .map((entry) => entry.startTime);
  expect(starts, `a request for ${pattern}`).to.not.be.empty;
  return Math.min(...starts);
}

const CHUNK = /^\/dist\/cdn\//;
const HOST_LIT = /^\/node_modules\/lit-html\//;

function itRunsHostFirst(page: () => Page) {
  it('evaluates the host’s Lit before the loader requests any Sparkpulse chunk', () => {
    expect(page().app.order).to.equal('host-first');
    expect(stepAt(page(), 'lit evaluated')).to.be.below(stepAt(page(), 'widgets added'));
    expect(stepAt(page(), 'widgets added')).to.be.at.most(requestedAt(page(), CHUNK));
  });
}

function itRunsWidgetsFirst(page: () => Page) {
  it('requests the host’s Lit only after every widget fired sp-load', () => {
    expect(page().app.order).to.equal('widgets-first');
    expect(stepAt(page(), 'sp-velocity-badge defined')).to.be.below(stepAt(page(), 'lit import started'));
    expect(stepAt(page(), 'widgets loaded')).to.be.at.most(requestedAt(page(), HOST_LIT));
  });
}

function itRendersTheHostElement(page: () => Page) {
  // Under require-trusted-types-for, Lit can parse a template only through its
  // policy, so a rendered greeting proves the host's policy works.
  it('renders the host’s own Lit element', () => {
    expect(page().app.error).to.be.undefined;
    expect(page().app.greeting).to.equal('Hello from the host’s own Lit');
    expect(textOf(page().get('greeting').shadowRoot)).to.equal('Hello from the host’s own Lit');
  });
}

function itLoadsEveryWidget(page: () => Page) {
  it('loads every widget', () => {
    for (const id of ['badge', 'timeline']) expect(eventsOf(page(), id), id).to.deep.equal(['sp-load']);
    expect(textOf(page().get('badge').shadowRoot)).to.equal('Apache Kafka, velocity 5.0');
    expect(page().get('timeline').shadowRoot!.querySelectorAll('.feed__item').length).to.equal(2);
  });
}

/** A violation of Trusted Types: a policy refused, or a string written to a sink. */
const ofTrustedTypes = (v: Probe['violations'][number]) =>
  [v.violatedDirective, v.effectiveDirective].some((d) => /^(require-)?trusted-types/.test(d));

function itRefusesNoPolicy(page: () => Page) {
  it('refuses no Trusted Types policy and no string written to a sink', () => {
    expect(page().probe.violations.filter(ofTrustedTypes)).to.deep.equal([]);
  });
}

function itCausesNothingElse(page: () => Page) {
  it('causes no CSP violation, no error and no unhandled rejection', () => {
    expect(page().probe.violations).to.deep.equal([]);
    expect(page().probe.errors).to.deep.equal([]);
  });
}

/** The violation Chromium reports for a second lit-html policy, from the script at `source`. */
function refusedPolicy(source: RegExp) {
  return (v: Probe['violations'][number]) =>
    v.violatedDirective === 'trusted-types' &&
    v.effectiveDirective === 'trusted-types' &&
    v.blockedURI === 'trusted-types-policy' &&
    v.sample === 'lit-html' &&
    source.test(new URL(v.source).pathname);
}

describe('Trusted Types with a host page’s own Lit next to the bundle’s', function () {
  // Each page loads the host's Lit, the bundle, its chunks and data in a fresh frame.
  this.timeout(20_000);

  const frames: HTMLIFrameElement[] = [];
  after(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });
  async function open(path: string): Promise<Page> {
    const page = await openPage(path);
    frames.push(page.frame);
    return page;
  }

  const served: [string, string][] = [
    ['tt-host-first.html', WITH_DUPLICATES],
    ['tt-widgets-first.html', WITH_DUPLICATES],
    ['tt-host-first-no-duplicates.html', WITHOUT_DUPLICATES],
    ['tt-widgets-first-no-duplicates.html', WITHOUT_DUPLICATES],
  ];
  for (const [name, policy] of served) {
    it(`serves ${name} with ${policy.endsWith("'allow-duplicates'") ? 'duplicates allowed' : 'no duplicates allowed'}, so the tests below prove something`, async () => {
      const response = await fetch(`/test/pages/${name}`);
      expect(response.headers.get('content-security-policy')).to.equal(policy);
    });
  }

  describe("with trusted-types lit-html 'allow-duplicates'", () => {
    describe('host first (tt-host-first.html)', () => {
      let page: Page;
      before(async () => {
        page = await open('/test/pages/tt-host-first.html');
      });

      itRunsHostFirst(() => page);
      itRendersTheHostElement(() => page);
      itLoadsEveryWidget(() => page);
      itRefusesNoPolicy(() => page);
      itCausesNothingElse(() => page);
    });

    describe('widgets first (tt-widgets-first.html)', () => {
      let page: Page;
      before(async () => {
        page = await open('/test/pages/tt-widgets-first.html');
      });

      itRunsWidgetsFirst(() => page);
      itRendersTheHostElement(() => page);
      itLoadsEveryWidget(() => page);
      itRefusesNoPolicy(() => page);
      itCausesNothingElse(() => page);
    });
  });

  describe("without 'allow-duplicates': why the README asks for it", () => {
    describe('host first (tt-host-first-no-duplicates.html)', () => {
      let page: Page;
      before(async () => {
        page = await open('/test/pages/tt-host-first-no-duplicates.html');
      });

      itRunsHostFirst(() => page);
      itRendersTheHostElement(() => page);

      it('refuses the bundle’s lit-html policy: the one Trusted Types violation, from its shared chunk', () => {
        const refused = page.probe.violations.filter(ofTrustedTypes);
        expect(refused).to.have.length(1);
        expect(refused.every(refusedPolicy(CHUNK)), JSON.stringify(refused)).to.be.true;
      });

      it('loads no widget: the loader warns once per tag with the createPolicy TypeError', () => {
        expect(page.probe.warnings.filter((w) => w.startsWith('[sparkpulse]'))).to.deep.equal([
          `[sparkpulse] could not load <sp-velocity-badge>: ${DUPLICATE_POLICY}`,
          `[sparkpulse] could not load <sp-timeline>: ${DUPLICATE_POLICY}`,
        ]);
        expect(page.probe.events.map((e) => `${e.type} <${e.target.localName}>`)).to.deep.equal([]);
      });

      it('leaves both widget tags undefined, without a shadow root', () => {
        expect(page.win.customElements.get('sp-velocity-badge') === undefined, '<sp-velocity-badge> is undefined').to.be.true;
        expect(page.win.customElements.get('sp-timeline') === undefined, '<sp-timeline> is undefined').to.be.true;
        expect(page.get('badge').shadowRoot === null, 'the badge has no shadow root').to.be.true;
      });

      it('throws nothing uncaught: the failed chunk is only the loader’s warning', () => {
        expect(page.probe.errors).to.deep.equal([]);
      });
    });

    describe('widgets first (tt-widgets-first-no-duplicates.html)', () => {
      let page: Page;
      before(async () => {
        page = await open('/test/pages/tt-widgets-first-no-duplicates.html');
      });

      itRunsWidgetsFirst(() => page);
      itLoadsEveryWidget(() => page);

      it('refuses the host’s lit-html policy: the one Trusted Types violation, from its lit-html module', () => {
        const refused = page.probe.violations.filter(ofTrustedTypes);
        expect(refused).to.have.length(1);
        expect(refused.every(refusedPolicy(HOST_LIT)), JSON.stringify(refused)).to.be.true;
      });

      it('fails the host app’s import of Lit with the createPolicy TypeError', () => {
        expect(page.app.error).to.equal(DUPLICATE_POLICY);
        expect(page.app.steps.map((s) => s.name)).to.include('failed').and.not.include('lit evaluated');
      });

      it('leaves the host’s own element undefined and empty', () => {
        expect(page.app.greeting).to.be.undefined;
        expect(page.win.customElements.get('host-greeting') === undefined, '<host-greeting> is undefined').to.be.true;
        expect(page.get('greeting').shadowRoot === null, 'the greeting has no shadow root').to.be.true;
      });
    });
  });
});
