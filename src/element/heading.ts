import { nothing } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { bidiText } from './bidi.js';

const TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * A heading at `level` (1 to 6; beyond 6, a sub-heading stays an h6), so a
 * widget's headings fit the host page's outline. A sentence from text/ shows
 * its data values as `<bdi>` elements (see bidiText).
 */
export function heading(level: number, className: string, content: unknown, title?: string) {
  const tag = TAGS[Math.min(Math.max(level, 1), MAX_HEADING_LEVEL) - 1];
  return html`<${tag} class=${className} title=${title ?? nothing}>${typeof content === 'string' ? bidiText(content) : content}</${tag}>`;
}

/** The deepest heading level HTML has. */
export const MAX_HEADING_LEVEL = 6;

/** The level of a widget's headings unless its `heading-level` says otherwise. */
export const DEFAULT_HEADING_LEVEL = 2;
