import { html, nothing, type ReactiveElement } from 'lit';
import { prepareFormats, relativeTime } from '../text/time.js';
import { langOf } from './lang.js';
import { nextTask } from './next-task.js';
import { onTick } from './ticker.js';

/**
 * For a widget that shows times: keeps them current on the page's shared
 * clock, and makes their formats in a task of their own, before the data
 * arrives. Returns the unsubscribe.
 */
export function showsTimes(host: ReactiveElement): () => void {
  void nextTask().then(() => prepareFormats(langOf(host)));
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
