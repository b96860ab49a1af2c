import { render, type TemplateResult } from 'lit';

let run = 0;

/** A fresh fake endpoint URL for one test, so no two tests share documents or counts. */
export function endpoint(scenario: string): string {
  run += 1;
  return `/ep/${scenario}~${Date.now()}-${run}/`;
}

/** "ok~123-4" from "/ep/ok~123-4/", relative or absolute. */
function runKey(endpointUrl: string): string {
  return new URL(endpointUrl, location.href).pathname.split('/')[2];
}

/** How often the fake endpoint served each path under `endpointUrl`. */
export async function hits(endpointUrl: string): Promise<Record<string, number>> {
  const response = await fetch(`/ep-hits/${runKey(endpointUrl)}`);
  return response.json();
}

// Every widget event is recorded from the moment this module loads, so a
// test that asks after the widget has already settled still gets its event.
const unread = new WeakMap<EventTarget, Event[]>();
const waiting = new WeakMap<EventTarget, ((event: Event) => void)[]>();
for (const type of ['sp-load', 'sp-error']) {
  document.addEventListener(
    type,
    (event) => {
      const target = event.target!;
      const next = waiting.get(target)?.shift();
      if (next) next(event);
      else unread.set(target, [...(unread.get(target) ?? []), event]);
    },
    true,
  );
}

/** The widget's next `sp-load` or `sp-error` not yet read, whether it already fired or not. */
export function settled(el: EventTarget): Promise<Event> {
  const event = unread.get(el)?.shift();
  if (event) return Promise.resolve(event);
  return new Promise((resolve) => waiting.set(el, [...(waiting.get(el) ?? []), resolve]));
}

/** `text` without the invisible marks that isolate data values in sentences (U+2066 to U+2069). */
export const withoutIsolates = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** The rendered text of a shadow root, with white space folded and bidi isolates left out. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return withoutIsolates(node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Captures console.warn calls while `body` runs; `body` sees them as they come, to wait for late ones. */
export async function captureWarnings(body: (warnings: readonly string[]) => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body(warnings);
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** The paths under `endpointUrl` whose requests carried a Cookie header. */
export async function pathsWithCookies(endpointUrl: string): Promise<string[]> {
  const response = await fetch(`/ep-cookies/${runKey(endpointUrl)}`);
  return response.json();
}

/**
 * Renders `template` into a detached container, listens for every widget's
 * first sp-load or sp-error, then attaches it, so no event is missed.
 */
export async function mountAll(template: TemplateResult): Promise<{ container: HTMLElement; events: Event[] }> {
  const container = document.createElement('div');
  render(template, container);
  const widgets = [...container.querySelectorAll<HTMLElement>('sp-compare, sp-timeline, sp-velocity-badge')];
  const pending = widgets.map(settled);
  document.body.append(container);
  return { container, events: await Promise.all(pending) };
}

/** What `promise` rejects with; throws if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** `path` as an absolute URL on the test server, as a client outside a widget needs it. */
export const absolute = (path: string) => new URL(path, location.href).href;

/**
 * How long a test waits for what the network, storage or a lazily loaded
 * chunk does in the background: far above what it takes, so a loaded CI
 * machine is not a failure; waitUntil's own default is 1 s.
 */
export const SLOW_MS = 5_000;
