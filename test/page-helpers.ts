// Whole host pages in test/pages/, each loaded in a same-origin iframe so
// the tests can read inside it. Every page loads test/pages/probe.js first,
// which records CSP violations, errors, unhandled rejections, console.warn
// and every sp-load / sp-error.
import { expect, waitUntil } from '@open-wc/testing';

export interface Probe {
  violations: { violatedDirective: string; effectiveDirective: string; blockedURI: string; sample: string; source: string }[];
  errors: string[];
  warnings: string[];
  events: { type: 'sp-load' | 'sp-error'; target: Element }[];
}

export type PageWindow = Window & typeof globalThis & { probe: Probe; OtherTimeline?: CustomElementConstructor };

export interface Page {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
  probe: Probe;
  /** The page's element with this id. */
  get(id: string): HTMLElement;
}

/** Bounds the wait for a page's widgets: data, retries and chunks are all local. */
export const SETTLE_MS = 8_000;

export interface OpenOptions {
  /** The widgets to wait for. */
  widgets?: string;
  /** Waited for before the widgets are looked for: a host app may add them itself. */
  ready?: (win: PageWindow) => unknown;
  /** When one widget counts as settled; by default, once it has fired sp-load or sp-error. */
  settled?: (el: Element, probe: Probe) => boolean;
}

const fired = (el: Element, probe: Probe) => probe.events.some((event) => event.target === el);

/**
 * Loads `path` in a fresh 1000×900 iframe and waits until every widget has
 * settled. `options` may be the widgets' selector alone.
 */
export async function openPage(path: string, options: string | OpenOptions = {}): Promise<Page> {
  const { widgets = 'sp-compare, sp-timeline, sp-velocity-badge', ready, settled = fired } =
    typeof options === 'string' ? { widgets: options } : options;
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  if (ready) await waitUntil(() => ready(win), `${path} is ready`, { timeout: SETTLE_MS });
  const expected = [...doc.querySelectorAll(widgets)];
  expect(expected.length, `widgets in ${path}`).to.be.greaterThan(0);
  await waitUntil(() => expected.every((el) => settled(el, win.probe)), `every widget in ${path} settles`, { timeout: SETTLE_MS });
  return { frame, win, doc, probe: win.probe, get: (id) => doc.getElementById(id)! };
}

/** The events `page`'s element `id` fired, in order. */
export const eventsOf = (page: Page, id: string) => page.probe.events.filter((e) => e.target === page.get(id)).map((e) => e.type);

/** Same-origin resource fetches of the page, by path and query. */
export function fetched(page: Page): string[] {
  return page.win.performance.getEntriesByType('resource').map((entry) => {
    const url = new URL(entry.name);
    return url.pathname + url.search;
  });
}
