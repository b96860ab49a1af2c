import { html } from 'lit';

/**
 * A link when there is a safe URL, else the same content as plain text, so a
 * refused URL never hides the item it belongs to. Every link leaves the host
 * page, so none gets an opener or a referrer.
 */
export function linkOrText(href: string | undefined, content: unknown, className = '') {
  return href
    ? html`<a class=${className} href=${href} rel="noopener noreferrer">${content}</a>`
    : html`<span class=${className}>${content}</span>`;
}
