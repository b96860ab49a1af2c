import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';
import { cssLength, type Layout, type Length } from '../page/geometry.js';

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

/** The style of a `.box`: its height when narrow and when wide, from geometry.ts. */
export function boxHeights(height: (layout: Layout) => Length | undefined) {
  const css = (layout: Layout) => {
    const length = height(layout);
    return length ? cssLength(length, 'var(--_space)') : '0px';
  };
  return customProperties({ '--_narrow': css('narrow'), '--_wide': css('wide') });
}
