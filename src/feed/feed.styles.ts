import { css, unsafeCSS } from 'lit';
import { wide } from '../element/placeholder.styles.js';
import { CELL_PAD_EM, FEED_META_EM, FEED_TIME_EM } from '../page/geometry.js';

const n = (value: number) => unsafeCSS(value);

// Each row is as tall as what it holds: when narrow, the time, the product
// and the spark on one line and the whole title below; when wide, the time
// above the product in a column of their own and the title beside them, with
// most of the row's width, so that titles of most lengths take the same two
// lines. Everything sits on the first line's baseline. geometry.ts estimates
// the rows from typical titles.
export const feedStyles = css`
  .feed {
    display: grid;
    align-content: start;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .feed__item {
    display: grid;
    grid-template-columns: ${n(FEED_TIME_EM)}em minmax(0, 1fr) auto;
    grid-template-areas: 'time product spark' 'title title title';
    align-items: baseline;
    gap: 0 0.5em;
    padding: ${n(CELL_PAD_EM)}em 0;
    border-bottom: 1px solid var(--_border);
  }
  @container ${wide} {
    .feed__item {
      grid-template-columns: ${n(FEED_META_EM)}em minmax(0, 1fr) auto;
      grid-template-areas: 'time title spark' 'product title spark';
      grid-template-rows: auto 1fr;
    }
  }
  .feed__item:last-child {
    border-bottom: 0;
  }
  .feed__item time {
    grid-area: time;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .feed__product {
    grid-area: product;
    min-width: 0;
    color: var(--_muted);
    font-size: 0.875em;
    line-height: calc(1.5em / 0.875);
  }
  .feed__title {
    grid-area: title;
    min-width: 0;
  }
  .feed__spark {
    grid-area: spark;
    color: var(--_spark);
  }
  .feed__none {
    margin: 0;
    color: var(--_muted);
  }
  time {
    /* Contains the visually hidden date, so it cannot stretch a scroll box. */
    position: relative;
    white-space: nowrap;
  }
`;
