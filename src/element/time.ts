import { html, nothing, type ReactiveElement } from 'lit';
import { FORMAT_NAMES, prepareFormat, relativeTime } from '../text/time.js';
import type { Words } from '../text/words.js';
import { onTick } from './ticker.js';

/** The steps that make the formats a widget's times need in its language, for `preparations()`. */
export function timePreparations(lang: () => string): (() => void)[] {
  return FORMAT_NAMES.map((name) => () => prepareFormat(lang(), name));
}

/** For a widget that shows times: keeps them current on the page's shared clock. Returns the unsubscribe. */
export function showsTimes(host: ReactiveElement): () => void {
  return onTick(() => host.requestUpdate());
}

/**
 * A relative time, such as "22d ago", in `<time datetime>`. The eye gets the
 * short form, with the date as a tooltip; assistive technology gets both,
 * in words: "22 days ago, May 24, 2026".
 */
export function timeTemplate(date: string | undefined, words: Words, now = Date.now()) {
  const time = date === undefined ? undefined : relativeTime(date, now, words.lang);
  if (!time) return nothing;
  return html`<time datetime=${date} title=${time.absolute}
    ><span aria-hidden="true">${time.label}</span
    ><span class="visually-hidden">${words.t('timeBoth', { relative: time.spoken, date: time.absolute })}</span></time
  >`;
}
