import { css, unsafeCSS } from 'lit';
import { BAND_COLORS } from '../model/velocity-bands.js';

/** `.band-2 { background: #1a7f37 }`, one rule a velocity band: the SVG badges' colours. */
const bands = unsafeCSS(BAND_COLORS.map((color, i) => `.band-${i}{background:${color}}`).join(''));

// Every state has the same box, so text around an inline badge never moves
// when its data arrives. The box is in em of the reader's default font size
// (14em × 1.5em, 224 × 24 px at 16 px), as the loader reserves it; its text
// is a size smaller. A name too long for it ends in an ellipsis.
export const badgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  .root {
    /* Its own width, whether the host is inline-block or, restyled by the page, inline. */
    width: max-content;
    background: transparent;
    line-height: 1.25;
  }
  .badge,
  .state {
    display: flex;
    width: var(--sp-badge-width, 14em);
    height: 1.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    white-space: nowrap;
  }
  .badge > *,
  .state > * {
    font-size: 0.875em;
  }
  /* The host look paints none (--_bg is transparent); a theme its own card. */
  .badge,
  .state {
    background: var(--_bg);
  }
  .badge {
    align-items: center;
    text-decoration: none;
  }
  /* Half the widgets' spacing (--sp-space) on each side: the box is only 1.5em tall. */
  .badge__name,
  .badge__velocity,
  .state {
    align-items: center;
    padding: 0 calc(var(--_space) / 2);
  }
  .badge__name {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_fg);
    /* The badge's own colour: the name sits in its middle, seamless. */
    background: var(--_bg);
  }
  /*
   * The score's velocity band fills the box's height, in every theme, its
   * white text in the middle at 4.5:1 or more in each band.
   */
  .badge__velocity {
    display: flex;
    align-self: stretch;
    color: #fff;
    font-variant-numeric: tabular-nums;
  }
  ${bands}
  .state--error {
    flex-wrap: nowrap;
    padding-inline-end: 1px;
    /* The rule above sets the whole border: the error's colour, as every widget shows it. */
    border-color: var(--_error);
  }
  .state--error button {
    padding: 0 calc(var(--_space) / 2);
  }
  .state p {
    display: flex;
    align-items: center;
    min-width: 0;
    height: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* A badge image written between the tags, shown in the error state: as tall as the text. */
  ::slotted(img) {
    display: block;
    max-height: 1.25em;
  }
`;
