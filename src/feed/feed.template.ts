import { html } from 'lit';
import { boxHeights } from '../element/box.js';
import { linkOrText } from '../element/link.js';
import { timeTemplate } from '../element/time.js';
import type { FeedItem } from '../model/feed.js';
import { feedHeight } from '../page/geometry.js';
import type { Words } from '../text/words.js';

function itemTemplate(item: FeedItem, words: Words, dataLang: string, now: number) {
  return html`<li class="feed__item">
    ${timeTemplate(item.date, words, now)}
    <span class="feed__product clamp" lang=${dataLang}>${item.product.name}</span>
    <span class="feed__title" lang=${dataLang}>${linkOrText(item.url, item.title, 'clamp', item.title)}</span>
    ${item.spark
      ? html`<span class="feed__spark"><span aria-hidden="true">⚡</span><span class="visually-hidden">${words.t('spark')}</span></span>`
      : null}
  </li>`;
}

/**
 * The interleaved activity list shared by `<sp-compare>` and `<sp-timeline>`.
 * It keeps room for `rows` items, as the placeholder did, even when fewer came.
 */
export function feedTemplate(items: readonly FeedItem[], words: Words, label: string, rows: number, dataLang: string) {
  const heights = boxHeights((layout) => feedHeight(rows, layout));
  if (items.length === 0) return html`<p class="feed__none box" style=${heights}>${words.t('noActivity')}</p>`;
  const now = Date.now();
  return html`<ol class="feed box" style=${heights} aria-label=${label}>
    ${items.map((item) => itemTemplate(item, words, dataLang, now))}
  </ol>`;
}

/** The place of a feed of `rows` items while it loads. */
export function feedPlaceholder(rows: number) {
  return html`<div class="feed feed--placeholder box" style=${boxHeights((layout) => feedHeight(rows, layout))} aria-hidden="true"></div>`;
}
