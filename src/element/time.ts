import { html, nothing } from 'lit';
import { relativeTime } from '../text/time.js';

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
