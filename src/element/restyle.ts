import type { CSSResultOrNative } from 'lit';

/** Copies of each style made in documents other than this window's, one per document. */
const copies = new WeakMap<CSSResultOrNative, WeakMap<Document, CSSStyleSheet>>();

const cssText = (style: CSSResultOrNative) =>
  style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('') : style.cssText;

/**
 * Styles `root` again after its host moved to another document. Moving a
 * shadow root between documents empties its adopted stylesheets, and a
 * stylesheet can only be adopted in the document it was made in: back in this
 * window's document the shared sheets serve, in another (an iframe's) copies
 * made there do.
 */
export function restyle(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  if (doc === document) {
    root.adoptedStyleSheets = styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
    return;
  }
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet) return;
  root.adoptedStyleSheets = styles.map((style) => {
    const made = copies.get(style) ?? new WeakMap<Document, CSSStyleSheet>();
    copies.set(style, made);
    let sheet = made.get(doc);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(cssText(style));
      made.set(doc, sheet);
    }
    return sheet;
  });
}
