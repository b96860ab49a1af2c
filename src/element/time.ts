import { html, nothing, type ReactiveElement } from 'lit';
import { FORMAT_NAMES, prepareFormat, relativeTime } from '../text/time.js';
import { langOf } from './lang.js';
import { nextTask } from './next-task.js';
import { onTick } from './ticker.js';

/** Makes each format a widget's times need, one per task, so none lengthens another task. */
async function prepareFormats(host: Element): Promise<void> {
  for (const name of FORMAT_NAMES) {
    await nextTask();
    prepareFormat(langOf(host), name);
  }
}

/**
 * For a widget that shows times: keeps them current on the page's shared
 * clock, and makes their formats before the data arrives. Returns the unsubscribe.
 */
export function showsTimes(host: ReactiveElement): () => void {
  void prepareFormats(host);
  return onTick(() => host.requestUpdate());
}

/**
 * A relative time, such as "22d ago", in `<time datetime>`. The eye gets the
 * short form; assistive technology gets the absolute date as well.
 */
export function timeTemplate(date: string | undefined, lang: string, now = Date.now()) {
  const time = date === undefined ? undefined : relativeTime(date, now, lang);
  if (!time) return nothing;
  return html`<time datetime=${date} title=${time.absolute}
    ><span aria-hidden="true">${time.label}</span><span class="visually-hidden">${time.absolute}</span></time
  >`;
}
