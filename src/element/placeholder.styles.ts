import { css, unsafeCSS } from 'lit';
import { WIDE_FROM_EM } from '../page/geometry.js';

/** `@container (min-width: 35em)`: where a widget's blocks sit side by side. */
export const wide = unsafeCSS(`(min-width: ${WIDE_FROM_EM}em)`);

/**
 * The placeholder of a block widget: exactly the box the loader reserved
 * (its height is set by placeholderHeight(), a percentage of its width in
 * padding, as the loader's), drawn as lines of text to come.
 */
export const placeholderStyles = css`
  .placeholder {
    position: relative;
    height: 0;
    padding-top: var(--_h);
  }
  .placeholder::before {
    content: '';
    position: absolute;
    inset: 0;
    background: repeating-linear-gradient(to bottom, var(--_surface) 0 1em, transparent 1em 1.5em);
    border-radius: 0.25em;
  }
`;
