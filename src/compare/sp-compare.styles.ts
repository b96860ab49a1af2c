import { css, unsafeCSS } from 'lit';
import { wide } from '../element/fixed-height.styles.js';
import { ALTERNATIVE_GAP_EM, CELL_PAD_EM, FAQ_PAD_EM, GAP_EM, LINES, LOGO_EM } from '../page/geometry.js';

const n = (value: number) => unsafeCSS(value);

// Every height here is one that geometry.ts adds up: a section is exactly as
// tall as the loader reserved for it, whatever its data says.
export const compareStyles = css`
  .root {
    container-type: inline-size;
  }
  .root,
  .loading {
    display: grid;
    gap: var(--_space);
  }
  section,
  .blurb,
  .card {
    display: grid;
    align-content: start;
    gap: ${n(GAP_EM)}em;
    min-width: 0;
  }
  /* By class, not tag: heading-level decides the tags, and the look and height stay. */
  .heading,
  .subheading {
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
  .card__name {
    flex: 1;
    min-width: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .headline {
    font-weight: 600;
    --lines: ${n(LINES.headline)};
  }
  .what-is {
    --lines: ${n(LINES.whatIs)};
  }
  .summary {
    --lines: ${n(LINES.summary)};
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
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  th .clamp,
  td .clamp {
    --lines: ${n(LINES.cell)};
  }
  thead > tr > * {
    background: var(--_surface);
  }
  tbody th {
    font-weight: 600;
    color: var(--_muted);
  }
  /* Labels in small type on lines of 1em: three of them in the height of two values. */
  tbody th .clamp {
    font-size: 0.875em;
    line-height: calc(1em / 0.875);
    --lines: ${n((LINES.cell * 3) / 2)};
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
    height: ${n(LOGO_EM)}em;
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
    --lines: ${n(LINES.editorial)};
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
    background: var(--_border);
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
  /* Two lines when narrow (name and score, then the comparisons), one when wide. */
  .alternatives__list > li {
    height: calc(2 * 1lh);
  }
  .alternative {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'name score' 'versus versus';
    column-gap: 0.5em;
  }
  .alternative__name {
    grid-area: name;
  }
  .alternative .score {
    grid-area: score;
  }
  .alternative__versus {
    grid-area: versus;
    display: flex;
    gap: 0.5em;
    min-width: 0;
    font-size: 0.875em;
    line-height: calc(1.5em / 0.875);
  }
  .alternative__versus > * {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  @container ${wide} {
    .alternatives__list > li {
      height: 1lh;
    }
    .alternative {
      grid-template-columns: minmax(0, 1fr) auto minmax(0, auto);
      grid-template-areas: 'name score versus';
    }
  }
  .alternatives__none {
    --lines: 2;
  }
  @container ${wide} {
    .alternatives__none {
      --lines: 1;
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
  .arrow::before {
    content: ' →';
  }
  :dir(rtl) .arrow::before {
    content: ' ←';
  }
  summary .clamp {
    --lines: ${n(LINES.question)};
  }
  /* Opened by the reader, a question shows whole: a shift the reader asked for. */
  details[open] summary .clamp {
    -webkit-line-clamp: none;
    height: auto;
  }
  details p {
    margin: 0.5em 0 0;
  }
  .placeholder .skeleton {
    height: 100%;
  }
`;
