// What a reader sees of a widget's colours: each computed colour composited
// over what is behind it, and WCAG 2 contrast ratios, for the tests that
// check a widget against the page it sits in (host-fit, theme).

/** An sRGB colour with alpha, channels 0 to 1 as the browser composites them. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Every colour in a computed value: `rgb()`, `rgba()` and `color(srgb …)` (color-mix()'s form). */
export function coloursIn(value: string): Rgba[] {
  const found: Rgba[] = [];
  for (const match of value.matchAll(/rgba?\(([^)]*)\)|color\(srgb ([^)]*)\)/g)) {
    if (match[1] !== undefined) {
      const [r, g, b, a = 1] = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      found.push({ r: r / 255, g: g / 255, b: b / 255, a });
    } else {
      const [r, g, b, a = 1] = match[2].split(/[\s/]+/).filter(Boolean).map(Number);
      found.push({ r, g, b, a });
    }
  }
  return found;
}

/** The one colour a computed value holds. */
export function colour(value: string): Rgba {
  const [found] = coloursIn(value);
  if (!found) throw new Error(`not a colour: ${value}`);
  return found;
}

/** `top` painted over the opaque `below`, as the browser does it: in sRGB as encoded. */
export function over(top: Rgba, below: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, below.r), g: mix(top.g, below.g), b: mix(top.b, below.b), a: 1 };
}

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrast(x: Rgba, y: Rgba): number {
  const [light, dark] = [luminance(x), luminance(y)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

const WHITE: Rgba = { r: 1, g: 1, b: 1, a: 1 };

/** The elements from the document's root down to `el`, crossing shadow roots. */
function ancestry(el: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Node | null = el; node; ) {
    if (node instanceof Element) chain.unshift(node);
    node = node instanceof ShadowRoot ? node.host : (node.parentNode ?? null);
  }
  return chain;
}

/** The opaque colour behind `el`'s content: every background from the page's canvas down, `el`'s own included. */
export function backdrop(el: Element): Rgba {
  return ancestry(el).reduce((below, node) => over(colour(getComputedStyle(node).backgroundColor), below), WHITE);
}

/** The opaque colour behind `el`'s box: its parents' backgrounds, without its own. */
export function outside(el: Element): Rgba {
  const parent = ancestry(el).at(-2);
  return parent ? backdrop(parent) : WHITE;
}

/** "#eeeeee" for a report. */
export function hex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`;
}
