import { html } from 'lit';
import { linkOrText } from '../element/link.js';
import { timeTemplate } from '../element/time.js';
import type { FeedItem } from '../model/feed.js';
import { sectionMessages } from '../text/section-messages.js';

function itemTemplate(item: FeedItem, lang: string, now: number) {
  return html`<li class="feed__item">
    ${timeTemplate(item.date, lang, now)}
    <span class="feed__product">${item.product.name}</span>
    ${linkOrText(item.url, item.title, 'feed__title')}
    ${item.spark
      ? html`<span class="feed__spark"><span aria-hidden="true">⚡</span><span class="visually-hidden">${sectionMessages.spark}</span></span>`
      : null}
  </li>`;
}

/** The interleaved activity list shared by `<sp-compare>` and `<sp-timeline>`. */
export function feedTemplate(items: readonly FeedItem[], lang: string, label: string) {
  if (items.length === 0) return html`<p class="feed__none">${sectionMessages.noActivity}</p>`;
  const now = Date.now();
  return html`<ol class="feed" aria-label=${label}>
    ${items.map((item) => itemTemplate(item, lang, now))}
  </ol>`;
}

/** Most placeholder rows drawn, however large the limit: enough to hold a screen. */
const MAX_PLACEHOLDER_ROWS = 12;

/** Rows that hold the place of a feed of up to `limit` items while it loads. */
export function feedPlaceholder(limit: number) {
  return html`<ol class="feed feed--placeholder" aria-hidden="true">
    ${Array.from({ length: Math.min(limit, MAX_PLACEHOLDER_ROWS) }, () => html`<li class="feed__item"><span class="skeleton feed__bar"></span></li>`)}
  </ol>`;
}
