import { css, unsafeCSS } from 'lit';
import { WIDE_FROM_EM } from '../page/geometry.js';

/** `@container (min-width: 35em)`: where a widget's blocks sit side by side. */
export const wide = unsafeCSS(`(min-width: ${WIDE_FROM_EM}em)`);

/**
 * Text that data can make any length is held to a fixed number of lines
 * (`--lines`, one by default): exactly that tall whatever it holds, ending
 * in "…" when cut. Long words and URLs wrap instead of widening the page.
 * Screen readers still get the whole text.
 */
export const fixedHeightStyles = css`
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--lines, 1);
    height: calc(var(--lines, 1) * 1lh);
    overflow: hidden;
    overflow-wrap: anywhere;
    margin: 0;
  }
  /* A block as tall as geometry.ts says (its styleMap sets both), narrow or wide. */
  .box {
    min-height: var(--_narrow);
  }
  @container ${wide} {
    .box {
      min-height: var(--_wide);
    }
  }
  /* A focus ring drawn inside, where a clamped box does not cut it off. */
  .clamp a:focus-visible,
  a.clamp:focus-visible {
    outline-offset: -2px;
  }
`;
