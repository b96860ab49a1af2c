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

/**
 * Loads `path` in a fresh 1000×900 iframe and waits until every element
 * matching `widgets` has fired sp-load or sp-error.
 */
export async function openPage(path: string, widgets = 'sp-compare, sp-timeline, sp-velocity-badge'): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  const expected = [...doc.querySelectorAll(widgets)];
  expect(expected.length, `widgets in ${path}`).to.be.greaterThan(0);
  await waitUntil(
    () => expected.every((el) => win.probe.events.some((event) => event.target === el)),
    `every widget in ${path} fires sp-load or sp-error`,
    { timeout: SETTLE_MS },
  );
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
