import { nothing } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';

const TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The levels a heading can have. */
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;

/**
 * A heading at `level` (1 to 6; beyond 6, a sub-heading stays an h6), so a
 * widget's headings fit the host page's outline.
 */
export function heading(level: number, className: string, content: unknown, title?: string) {
  const tag = TAGS[Math.min(Math.max(level, 1), 6) - 1];
  return html`<${tag} class=${className} title=${title ?? nothing}>${content}</${tag}>`;
}
