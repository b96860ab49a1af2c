import { html } from 'lit';
import { boxHeights } from '../element/box.js';
import { linkOrText } from '../element/link.js';
import { timeTemplate } from '../element/time.js';
import type { FeedItem } from '../model/feed.js';
import { feedHeight } from '../page/geometry.js';
import { sectionMessages } from '../text/section-messages.js';

function itemTemplate(item: FeedItem, lang: string, now: number) {
  return html`<li class="feed__item">
    ${timeTemplate(item.date, lang, now)}
    <span class="feed__product clamp">${item.product.name}</span>
    ${linkOrText(item.url, item.title, 'feed__title clamp', item.title)}
    ${item.spark
      ? html`<span class="feed__spark"><span aria-hidden="true">⚡</span><span class="visually-hidden">${sectionMessages.spark}</span></span>`
      : null}
  </li>`;
}

/**
 * The interleaved activity list shared by `<sp-compare>` and `<sp-timeline>`.
 * It keeps room for `rows` items, as the placeholder did, even when fewer came.
 */
export function feedTemplate(items: readonly FeedItem[], lang: string, label: string, rows: number) {
  const heights = boxHeights((layout) => feedHeight(rows, layout));
  if (items.length === 0) return html`<p class="feed__none box" style=${heights}>${sectionMessages.noActivity}</p>`;
  const now = Date.now();
  return html`<ol class="feed box" style=${heights} aria-label=${label}>
    ${items.map((item) => itemTemplate(item, lang, now))}
  </ol>`;
}

/** The place of a feed of `rows` items while it loads. */
export function feedPlaceholder(rows: number) {
  return html`<div class="feed feed--placeholder box" style=${boxHeights((layout) => feedHeight(rows, layout))} aria-hidden="true"></div>`;
}
