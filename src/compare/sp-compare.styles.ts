import { css } from 'lit';

export const compareStyles = css`
  .root {
    container-type: inline-size;
  }
  section {
    margin: 0 0 var(--_space);
  }
  h2 {
    margin: 0 0 8px;
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
  }
  p {
    margin: 0 0 8px;
  }
  .muted {
    color: var(--_muted);
  }
  .headline {
    font-weight: 600;
  }
  .columns {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space);
  }
  @container (min-width: 560px) {
    .columns {
      grid-template-columns: 1fr 1fr;
    }
  }
  .table-scroll {
    position: relative;
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 6px 8px;
    text-align: left;
    vertical-align: top;
    overflow-wrap: anywhere;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    background: var(--_surface);
  }
  tbody th {
    width: 30%;
    font-weight: 600;
    color: var(--_muted);
  }
  .editorial__product {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .editorial__header {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-bottom: 8px;
  }
  .logo {
    flex: none;
    width: 32px;
    height: 32px;
    object-fit: contain;
  }
  .logo--initials {
    display: inline-grid;
    place-items: center;
    border-radius: var(--_radius);
    background: var(--_border);
    font-size: 13px;
    font-weight: 700;
  }
  .score {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 8px;
  }
  .alternatives {
    margin: 0;
    padding-left: 1.5em;
  }
  .alternatives li {
    margin-bottom: 4px;
  }
  .alternatives__versus {
    display: inline-flex;
    gap: 8px;
    font-size: 0.875em;
  }
  details {
    border-bottom: 1px solid var(--_border);
    padding: 8px 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  details p {
    margin: 8px 0 0;
  }
  .placeholder {
    margin: 0 0 var(--_space);
  }
  .placeholder .skeleton {
    height: 100%;
  }
  /*
   * Each section's placeholder is as tall as that section typically is once
   * loaded, measured on the sample data: stacked below 560px, in columns above.
   * Text that is longer or shorter than usual still moves what follows a little.
   */
  .placeholder--glance {
    height: 36.3em;
  }
  .placeholder--whatis {
    height: 38.75em;
  }
  .placeholder--editorial {
    height: 86.9em;
  }
  .placeholder--alternatives {
    height: 11.6em;
  }
  .placeholder--faq {
    height: 18.4em;
  }
  .placeholder--activity {
    padding-top: 2.1em;
  }
  .placeholder--activity .feed__item {
    height: 4.4em;
  }
  @container (min-width: 560px) {
    .placeholder--glance {
      height: 22.8em;
    }
    .placeholder--whatis {
      height: 19.6em;
    }
    .placeholder--editorial {
      height: 49.25em;
    }
    .placeholder--alternatives {
      height: 7.1em;
    }
    .placeholder--faq {
      height: 12.4em;
    }
    .placeholder--activity .feed__item {
      height: 2.55em;
    }
  }
`;
