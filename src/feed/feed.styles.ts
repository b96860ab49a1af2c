import { css } from 'lit';

export const feedStyles = css`
  .feed {
    container-type: inline-size;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .feed__item {
    display: grid;
    grid-template-columns: 5em minmax(0, 1fr) auto;
    grid-template-areas: 'time product spark' 'title title title';
    align-items: baseline;
    gap: 0 8px;
    min-height: 2em;
    padding: 4px 0;
    border-bottom: 1px solid var(--_border);
  }
  /* Wide enough: one line per item, titles aligned in their own column. */
  @container (min-width: 520px) {
    .feed__item {
      grid-template-columns: 5em 7.5em minmax(0, 1fr) auto;
      grid-template-areas: 'time product title spark';
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
    overflow-wrap: anywhere;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .feed__title {
    grid-area: title;
    overflow-wrap: anywhere;
  }
  .feed__spark {
    grid-area: spark;
    color: var(--_spark);
  }
  .feed__bar {
    grid-column: 1 / -1;
    width: 100%;
    height: 1.25em;
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
