/**
 * The language an element's text should use: the `lang` of its nearest
 * ancestor, crossing shadow roots, else the document's, else the browser's.
 */
export function langOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || navigator.language;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return navigator.language || 'en';
}
