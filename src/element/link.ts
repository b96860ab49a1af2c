import { html, nothing } from 'lit';

/**
 * A link when there is a safe URL, else the same content as plain text, so a
 * refused URL never hides the item it belongs to. Every link leaves the host
 * page, so none gets an opener or a referrer. `title` gives back, as a
 * tooltip, text that its box may cut short.
 */
export function linkOrText(href: string | undefined, content: unknown, className = '', title?: string) {
  return href
    ? html`<a class=${className} href=${href} rel="noopener noreferrer" title=${title ?? nothing}>${content}</a>`
    : html`<span class=${className} title=${title ?? nothing}>${content}</span>`;
}
