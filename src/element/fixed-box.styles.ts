import { css } from 'lit';

/**
 * The opt-in fixed box (fixed-box.ts): a held text is `--_lines` lines tall
 * at most, its last line ending in "…", and its button one line under it,
 * 1.5em, so a cut text and its button are as tall as `lines` + 1 lines, as
 * geometry.ts estimates them. An opened text is whole.
 */
export const fixedBoxStyles = css`
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    overflow: hidden;
  }
  .clamp--open {
    display: block;
    overflow: visible;
  }
  .more {
    display: block;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
    color: var(--_accent);
    font-weight: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
`;
