import { isServer, noChange, type ReactiveElement } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Sets custom properties on an element's `style`. In the browser it always
 * goes through the CSSOM (`style.setProperty`), which a strict Content
 * Security Policy allows; Lit's styleMap writes a style attribute on the
 * first render, which `style-src` without 'unsafe-inline' refuses. On the
 * server it renders the same declarations as text.
 */
class CustomPropertiesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('customProperties() belongs in style=');
  }

  render(properties: Readonly<Record<`--${string}`, string>>): string {
    return Object.entries(properties)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<`--${string}`, string>>]) {
    for (const [name, value] of Object.entries(properties)) part.element.style.setProperty(name, value);
    return noChange;
  }
}

const customProperties = directive(CustomPropertiesDirective);

/**
 * The style of a `.placeholder`: its height, the CSS from geometry.ts that
 * the loader reserved with, as `padding-top`, so that it is that height exactly.
 */
export const placeholderHeight = (css: string) => customProperties({ '--_h': css });

/**
 * After a widget's data has replaced its placeholder: when some of its box
 * was in sight and it came out shorter than that box, it keeps the box until
 * it is out of sight, so that what the reader sees below it does not move
 * up; it then takes its own height, which moves only what the reader does
 * not see (below the window, or above it, where the browser's scroll
 * anchoring keeps the text on screen where it was). A widget that comes out
 * taller grows at once: holding it would cut its text.
 */
function settleOutOfSight(root: HTMLElement, reserved: number): void {
  root.style.minHeight = `${reserved}px`;
  const observer = new IntersectionObserver(([entry]) => {
    if (entry.isIntersecting) return;
    observer.disconnect();
    root.style.minHeight = '';
  });
  observer.observe(root);
}

/**
 * Runs a widget's `update`; when it `replaces` the placeholder (the loading
 * state's part) with the widget's data, the widget settles out of sight. Its
 * box is read before the update, which renders the data: nothing forces a
 * layout of the new content in the task that renders it.
 */
export function replacingPlaceholder(widget: ReactiveElement, update: () => void, replaces: boolean): void {
  const root = isServer || !replaces ? null : widget.renderRoot.querySelector<HTMLElement>('.root');
  const box = root?.querySelector('[part="loading"]') ? root.getBoundingClientRect() : undefined;
  update();
  const inSight = box && box.bottom > 0 && box.top < innerHeight;
  if (inSight && !root!.querySelector('[part="loading"]')) settleOutOfSight(root!, box.height);
}
