import { css } from 'lit';

export const feedStyles = css`
  .feed {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .feed__item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 8px;
    min-height: 2em;
    padding: 4px 0;
    border-bottom: 1px solid var(--_border);
  }
  .feed__item:last-child {
    border-bottom: 0;
  }
  .feed__item time {
    min-width: 5ch;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .feed__product {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .feed__title {
    flex: 1 1 16em;
    overflow-wrap: anywhere;
  }
  .feed__spark {
    color: var(--_spark);
  }
  .feed__bar {
    width: 100%;
    height: 1.25em;
  }
  .feed__none {
    margin: 0;
    color: var(--_muted);
  }
`;
