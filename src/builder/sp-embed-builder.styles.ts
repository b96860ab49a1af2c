import { css } from 'lit';

/**
 * The builder sits on the Sparkpulse site or a site owner's own page: it
 * takes the page's font, and brings its own colours, the widgets' light
 * ones, so that every text and control keeps its contrast whatever the
 * page's background.
 */
export const builderStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .builder {
    --_text: #1f2328;
    --_muted: #59636e;
    --_bg: #ffffff;
    --_surface: #f6f8fa;
    --_border: #d1d9e0;
    --_control: #6e7781;
    --_accent: #0969da;
    --_error: #d1242f;
    display: grid;
    gap: 1.5em;
    grid-template-areas: 'options' 'preview' 'snippets';
    color: var(--_text);
    background: var(--_bg);
    line-height: 1.5;
    color-scheme: light;
  }
  @container (min-width: 56em) {
    .builder {
      grid-template-columns: minmax(18em, 24em) minmax(0, 1fr);
      grid-template-areas: 'options preview' 'options snippets';
      align-items: start;
    }
  }
  .builder__options {
    grid-area: options;
    min-width: 0;
  }
  .builder__preview {
    grid-area: preview;
    min-width: 0;
  }
  .builder__snippets {
    grid-area: snippets;
    min-width: 0;
  }
  .heading {
    font-size: 1.25em;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .field {
    min-width: 0;
    margin: 0 0 1em;
    padding: 0.5em 1em 1em;
    border: 1px solid var(--_border);
    border-radius: 8px;
  }
  .field > legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .field--inner {
    margin: 0 0 0.75em;
    padding: 0;
    border: 0;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5em;
    align-items: baseline;
    margin: 0.25em 0;
  }
  .choice > .hint {
    grid-column: 2;
    margin: 0;
  }
  .control {
    margin: 0.75em 0;
  }
  .control > label,
  .picker__label {
    display: block;
    margin-bottom: 0.25em;
  }
  .hint {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .hint:empty {
    display: none;
  }
  .error {
    margin: 0.25em 0 0;
    color: var(--_error);
    font-size: 0.875em;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }

  .input {
    box-sizing: border-box;
    width: 100%;
    padding: 0.375em 0.5em;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_control);
    border-radius: 6px;
  }
  .input--short {
    width: 8em;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .button {
    padding: 0.375em 0.875em;
    font: inherit;
    color: #ffffff;
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: 6px;
    cursor: pointer;
  }
  .button--small {
    padding: 0.125em 0.5em;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_surface);
    border-color: var(--_control);
  }
  .button:disabled {
    opacity: 0.45;
    cursor: default;
  }

  .picker {
    position: relative;
    margin: 0.5em 0 0.75em;
  }
  .picker__list {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    max-height: 18em;
    overflow: auto;
    margin: 0.125em 0 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_control);
    border-radius: 6px;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.12);
  }
  .picker__list[hidden] {
    display: none;
  }
  .option {
    padding: 0.375em 0.75em;
    cursor: pointer;
  }
  .option__name {
    display: block;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .option--chosen .option__name::before {
    content: '✓ ' / '';
  }
  .option__meta {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .option:hover {
    background: var(--_surface);
  }
  .option--active,
  .option--active:hover {
    color: #ffffff;
    background: var(--_accent);
  }
  .option--active .option__meta {
    color: #ffffff;
  }
  .chosen {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .chosen__item {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.125em 0.25em 0.125em 0.625em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }

  .sections {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .sections__item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    padding: 0.25em 0;
    border-bottom: 1px solid var(--_border);
  }
  .sections__item > label {
    flex: 1;
  }
  .sections__moves {
    display: inline-flex;
    gap: 0.25em;
  }

  .preview {
    min-height: 3em;
    padding: 1em;
    border: 1px dashed var(--_control);
    border-radius: 8px;
  }
  .snippet {
    margin: 0 0 1.25em;
  }
  .snippet__title {
    margin: 0;
    font-size: 1em;
  }
  .snippet__code {
    box-sizing: border-box;
    display: block;
    width: 100%;
    margin: 0.5em 0;
    padding: 0.5em 0.75em;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
    line-height: 1.45;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    white-space: pre;
    overflow: auto;
    resize: vertical;
  }
  .snippet__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .snippet__status {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
