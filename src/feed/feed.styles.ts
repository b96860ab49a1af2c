import { css, unsafeCSS } from 'lit';
import { wide } from '../element/fixed-height.styles.js';
import { CELL_PAD_EM, LINES } from '../page/geometry.js';

const n = (value: number) => unsafeCSS(value);

// Every row has the same height, whatever its data: the time, the product and
// the spark on one line and the title on two below them when narrow; all on
// one row, the title still on two lines, when wide. geometry.ts adds them up.
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
    grid-template-columns: 5em minmax(0, 1fr) auto;
    grid-template-rows: 1lh calc(${n(LINES.feedTitle)} * 1lh);
    grid-template-areas: 'time product spark' 'title title title';
    align-items: start;
    gap: 0 0.5em;
    box-sizing: content-box;
    height: calc(${n(1 + LINES.feedTitle)} * 1lh);
    padding: ${n(CELL_PAD_EM)}em 0;
    border-bottom: 1px solid var(--_border);
  }
  @container ${wide} {
    .feed__item {
      grid-template-columns: 5em 7.5em minmax(0, 1fr) auto;
      grid-template-rows: calc(${n(LINES.feedTitle)} * 1lh);
      grid-template-areas: 'time product title spark';
      height: calc(${n(LINES.feedTitle)} * 1lh);
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
    color: var(--_muted);
    font-size: 0.875em;
    line-height: calc(1.5em / 0.875);
  }
  @container ${wide} {
    .feed__product {
      --lines: 2;
    }
  }
  .feed__title {
    grid-area: title;
    min-width: 0;
  }
  .feed__title .clamp {
    --lines: ${n(LINES.feedTitle)};
  }
  .feed__spark {
    grid-area: spark;
    color: var(--_spark);
  }
  .feed__none {
    margin: 0;
    color: var(--_muted);
  }
  /* While loading: a bar where each row's title will be. */
  .feed--placeholder {
    --_row: calc(${n(1 + LINES.feedTitle)} * 1.5em + ${n(2 * CELL_PAD_EM)}em + 1px);
    background: repeating-linear-gradient(
      to bottom,
      transparent 0 0.5em,
      var(--_surface) 0.5em calc(var(--_row) - 0.5em),
      transparent calc(var(--_row) - 0.5em) var(--_row)
    );
  }
  @container ${wide} {
    .feed--placeholder {
      --_row: calc(${n(LINES.feedTitle)} * 1.5em + ${n(2 * CELL_PAD_EM)}em + 1px);
    }
  }
  time {
    /* Contains the visually hidden date, so it cannot stretch a scroll box. */
    position: relative;
    white-space: nowrap;
  }
`;
