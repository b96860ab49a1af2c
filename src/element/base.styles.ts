import { css } from 'lit';

// The look a widget takes without a theme, set at the top of .root: the host
// page's. The host's text colour and font are inherited, no background is
// painted, and every other colour is derived from the text colour
// (currentColor, resolved where it is used), so it reads wherever the host's
// own text reads:
// - text, muted text, links, the spark and the error's border are the host's
//   text colour itself: exactly the host's own contrast;
// - borders and controls are 83% of it over the host's background: 3:1 or
//   more on any page whose text reaches 4.5:1 (the worst pair of sRGB
//   colours at exactly 4.5:1 gives 3.07:1);
// - surfaces (placeholders, table headers, buttons) are 5% of it: text on
//   them keeps 0.9 of the host's contrast, 4.5:1 on any page whose own text
//   reaches 5.0:1.

// theme="light", "dark" and "auto": a card of the widget's own palette and
// font, the same on every page. Dark values are written once and applied both
// for theme="dark" and for theme="auto" under a dark colour scheme. They sit
// on the .root, not the host, so the theme is never reflected onto the host's
// attribute. Hosts override any token with the same --sp-* property, scoped
// by their own selector if they want per-theme values.
const lightTokens = css`
  --_fg: var(--sp-color-text, #1f2328);
  --_muted: var(--sp-color-muted, #59636e);
  --_bg: var(--sp-color-bg, #ffffff);
  --_surface: var(--sp-color-surface, #f6f8fa);
  --_border: var(--sp-color-border, #d1d9e0);
  --_accent: var(--sp-color-accent, #0969da);
  --_spark: var(--sp-color-spark, #9a6700);
  --_error: var(--sp-color-error, #d1242f);
  --_scheme: light;
`;
const darkTokens = css`
  --_fg: var(--sp-color-text, #f0f6fc);
  --_muted: var(--sp-color-muted, #9198a1);
  --_bg: var(--sp-color-bg, #0d1117);
  --_surface: var(--sp-color-surface, #151b23);
  --_border: var(--sp-color-border, #3d444d);
  --_accent: var(--sp-color-accent, #4493f8);
  --_spark: var(--sp-color-spark, #d29922);
  --_error: var(--sp-color-error, #f85149);
  --_scheme: dark;
`;

/**
 * Tokens, states and small utilities every widget shares. Sizes are in em
 * of the reader's default font size (px only for hairlines and radii), never
 * rem, and `.root` starts from `all: initial`: of what the host page sets,
 * only the text colour and the font (family, weight, style) come in, and
 * only in the host look.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  .root {
    --_fg: var(--sp-color-text, currentColor);
    --_muted: var(--sp-color-muted, currentColor);
    --_bg: var(--sp-color-bg, transparent);
    --_surface: var(--sp-color-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_border: var(--sp-color-border, color-mix(in srgb, currentColor 83%, transparent));
    --_accent: var(--sp-color-accent, currentColor);
    --_spark: var(--sp-color-spark, currentColor);
    --_error: var(--sp-color-error, currentColor);
    --_font: var(--sp-font, inherit);
    --_space: var(--sp-space, 1em);
    --_radius: var(--sp-radius, 8px);
    all: initial;
    display: block;
    unicode-bidi: isolate;
    color: var(--_fg);
    background: var(--_bg);
    /* The reader's own default size, as the loader reserves it: all: initial has reset it to medium. */
    font-size: var(--sp-font-size, medium);
    line-height: 1.5;
    font-family: var(--_font);
    /* The host's, in the host look (the tokens are unset there); a theme's own. */
    font-weight: var(--_weight, inherit);
    font-style: var(--_style, inherit);
    color-scheme: var(--_scheme, inherit);
    /* Data can hold words and URLs of any length: they wrap, never widen the page. */
    overflow-wrap: anywhere;
  }
  .root--light,
  .root--dark,
  .root--auto {
    --_font: var(--sp-font, system-ui, sans-serif);
    --_weight: normal;
    --_style: normal;
  }
  .root--light,
  .root--auto {
    ${lightTokens}
  }
  .root--dark {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    .root--auto {
      ${darkTokens}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
  }
  /* Focused by the widget after Retry, to be read; a ring around it all would only clutter. */
  .root:focus {
    outline: none;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .state--error {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: space-between;
    color: var(--_fg);
    border-color: var(--_error);
  }
  .state p {
    margin: 0;
  }
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.375em;
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  .skeleton {
    display: block;
    background: var(--_surface);
    border-radius: 0.25em;
  }
`;
