import { html } from 'lit';
import { linkOrText } from '../element/link.js';
import { timeTemplate } from '../element/time.js';
import type { FeedItem } from '../model/feed.js';
import type { Words } from '../text/words.js';
import { registerEnglish } from '../element/localize.js';
import { enFeed } from '../text/catalogue/en-feed.js';

/** Registers the feed's own English words: the timeline and the comparison call it when constructed. */
export const registerFeedEnglish = () => registerEnglish(enFeed);

function itemTemplate(item: FeedItem, words: Words, dataLang: string, now: number) {
  return html`<li class="feed__item">
    ${timeTemplate(item.date, words, now)}
    <span class="feed__product" lang=${dataLang}>${item.product.name}</span>
    <span class="feed__title" lang=${dataLang}>${linkOrText(item.url, item.title)}</span>
    ${item.spark
      ? html`<span class="feed__spark"><span aria-hidden="true">⚡</span><span class="visually-hidden">${words.t('spark')}</span></span>`
      : null}
  </li>`;
}

/** The interleaved activity list shared by `<sp-compare>` and `<sp-timeline>`: every title whole, each row as tall as it needs. */
export function feedTemplate(items: readonly FeedItem[], words: Words, label: string, dataLang: string) {
  if (items.length === 0) return html`<p class="feed__none">${words.t('noActivity')}</p>`;
  const now = Date.now();
  return html`<ol class="feed" aria-label=${label}>
    ${items.map((item) => itemTemplate(item, words, dataLang, now))}
  </ol>`;
}
