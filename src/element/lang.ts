/** `el`, then each ancestor, crossing shadow roots up to their hosts. */
function* selfAndAncestors(el: Element): Generator<Element> {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null) {
    // An element (the server renderer's stand-ins have attributes, not node types).
    if (typeof (node as Element).getAttribute === 'function') yield node as Element;
  }
}

/**
 * The language an element's text should use: its own `lang`, else its
 * nearest ancestor's, crossing shadow roots, else the document's; English
 * when none says.
 */
export function langOf(element: Element): string {
  for (const el of selfAndAncestors(element)) {
    const lang = el.getAttribute('lang');
    if (lang) return lang;
  }
  return 'en';
}

/** The direction set nearest `element` by a `dir` attribute (its own, an ancestor's, the document's), if any. */
export function dirOf(element: Element): 'ltr' | 'rtl' | undefined {
  for (const el of selfAndAncestors(element)) {
    const dir = el.getAttribute('dir')?.toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') return dir;
  }
  return undefined;
}
