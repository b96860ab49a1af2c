import { css, unsafeCSS } from 'lit';
import { wide } from '../element/placeholder.styles.js';
import { ALTERNATIVE_GAP_EM, CELL_PAD_EM, FAQ_PAD_EM, GAP_EM, LOGO_EM } from '../page/geometry.js';

const n = (value: number) => unsafeCSS(value);

// Every text shows whole, and every block is as tall as what it holds. The
// spacings here are the ones geometry.ts adds up for its estimate.
export const compareStyles = css`
  .root {
    container-type: inline-size;
    /* The sections being built wait behind the placeholder, at its width. */
    position: relative;
  }
  .sections,
  .loading {
    display: grid;
    gap: var(--_space);
  }
  .sections--building {
    position: absolute;
    inset-inline: 0;
    top: 0;
    visibility: hidden;
    pointer-events: none;
  }
  section,
  .blurb,
  .card {
    display: grid;
    align-content: start;
    gap: ${n(GAP_EM)}em;
    min-width: 0;
  }
  p {
    margin: 0;
  }
  /* By class, not tag: heading-level decides the tags, and the look stays. */
  .heading,
  .subheading,
  .title {
    margin: 0;
    font-weight: 700;
  }
  .heading {
    font-size: 1.25em;
    line-height: 1.2;
  }
  .subheading {
    font-size: 1em;
  }
  .title {
    font-size: 1.5em;
    line-height: 1.25;
  }
  .kicker,
  .tag {
    color: var(--_muted);
    font-size: 0.75em;
    line-height: 2;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .muted,
  .intro,
  .description {
    color: var(--_muted);
  }
  .headline {
    font-weight: 600;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  @container ${wide} {
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  table {
    width: 100%;
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  .glance__labels {
    width: 34%;
  }
  th,
  td {
    padding: ${n(CELL_PAD_EM)}em 0.5em;
    text-align: start;
    /* Labels in small type and values on one baseline. */
    vertical-align: baseline;
    border-bottom: 1px solid var(--_border);
  }
  thead > tr > * {
    background: var(--_surface);
  }
  tbody th {
    font-weight: 600;
    color: var(--_muted);
    font-size: 0.875em;
    line-height: calc(1.5em / 0.875);
  }
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card__header {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: ${n(LOGO_EM)}em;
    min-width: 0;
  }
  .card__name {
    flex: 1;
    min-width: 0;
  }
  dl {
    display: grid;
    gap: ${n(GAP_EM)}em;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .mark {
    color: var(--_accent);
  }
  .logo {
    flex: none;
    width: ${n(LOGO_EM)}em;
    height: ${n(LOGO_EM)}em;
    object-fit: contain;
  }
  .logo--initials {
    display: inline-grid;
    place-items: center;
    border-radius: var(--_radius);
    /* A surface, not a border: text sits on it (the border is 83% of the text colour in the host look). */
    background: var(--_surface);
    font-size: 0.8125em;
    width: calc(${n(LOGO_EM)}em / 0.8125);
    height: calc(${n(LOGO_EM)}em / 0.8125);
    font-weight: 700;
  }
  .score {
    flex: none;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .alternatives__list {
    display: grid;
    align-content: start;
    gap: ${n(ALTERNATIVE_GAP_EM)}em;
    margin: 0;
    padding-inline-start: 1.5em;
  }
  /* Name and score, then the comparisons below when narrow; all on one line when wide. Long names wrap. */
  .alternative {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'name score' 'versus versus';
    column-gap: 0.5em;
    align-items: baseline;
  }
  .alternative__name {
    grid-area: name;
    min-width: 0;
  }
  .alternative .score {
    grid-area: score;
  }
  .alternative__versus {
    grid-area: versus;
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    min-width: 0;
    font-size: 0.875em;
    line-height: calc(1.5em / 0.875);
  }
  @container ${wide} {
    .alternative {
      grid-template-columns: minmax(0, 1fr) auto minmax(0, auto);
      grid-template-areas: 'name score versus';
    }
  }
  details {
    border-bottom: 1px solid var(--_border);
    padding: ${n(FAQ_PAD_EM)}em 0;
  }
  summary {
    display: flex;
    gap: 0.5em;
    list-style: none;
    cursor: pointer;
    font-weight: 600;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '▸';
    flex: none;
    color: var(--_muted);
  }
  :dir(rtl) summary::before {
    content: '◂';
  }
  details[open] > summary::before {
    content: '▾';
  }
  details p {
    margin: 0.5em 0 0;
  }
  .arrow::before {
    content: ' →';
  }
  :dir(rtl) .arrow::before {
    content: ' ←';
  }
`;
