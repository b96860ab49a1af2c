// Before the first paint, the loader gives every widget whose code has not
// arrived the box it is estimated to have once loaded, from its attributes
// and its width (geometry.ts), the same box its placeholder draws. The rules
// go into one constructed stylesheet, which a strict Content Security Policy
// allows.
import { SECTIONS } from '../compare/section-names.js';
import { countValue, listValue } from '../element/values.js';
import {
  compareHeightCss,
  DEFAULT_ALTERNATIVES,
  DEFAULT_LIMIT,
  MAX_ALTERNATIVES,
  MAX_LIMIT,
  timelineHeightCss,
  timelineRows,
} from './geometry.js';

/** The widgets' font size, as a page that sets none gets it. */
const FONT = 'var(--sp-font-size,medium)';

const count = (value: string | null, fallback: number, max: number) =>
  Math.min(countValue(value ?? undefined) ?? fallback, max);

/** The attributes that decide a widget's height, and how to turn them into one. */
const shapes = {
  compare: {
    attributes: ['sections', 'alternatives', 'limit'],
    height: (el: Element) => {
      const shape = {
        sections: el.hasAttribute('sections') ? (listValue(el.getAttribute('sections')) ?? []) : SECTIONS,
        alternatives: count(el.getAttribute('alternatives'), DEFAULT_ALTERNATIVES, MAX_ALTERNATIVES),
        limit: count(el.getAttribute('limit'), DEFAULT_LIMIT, MAX_LIMIT),
      };
      return compareHeightCss(shape);
    },
  },
  timeline: {
    attributes: ['limit', 'products'],
    height: (el: Element) => {
      const limit = count(el.getAttribute('limit'), DEFAULT_LIMIT, MAX_LIMIT);
      const products = new Set(listValue(el.getAttribute('products')) ?? []).size;
      return timelineHeightCss(timelineRows(limit, products));
    },
  },
};

/** `[limit="5"]`, or `:not([limit])`: selects exactly the elements with this value. */
function attributeSelector(el: Element, name: string): string {
  const value = el.getAttribute(name);
  return value === null ? `:not([${name}])` : `[${name}="${CSS.escape(value)}"]`;
}

/**
 * Reserves the boxes of the widgets named `<prefix>-*`. Returns the function
 * that reserves for every block widget now in the document (call it as tags
 * appear) and the one that gives up the boxes of an element whose code failed.
 */
export function reserveBoxes(prefix: string) {
  const sheet = new CSSStyleSheet();
  // A widget the server rendered already shows itself: it needs no box.
  const undefinedTag = (element: string) => `${prefix}-${element}:not(:defined):not([hidden]):not([data-sparkpulse-rendered])`;
  // What the page wrote between the tags shows where no script runs; here the
  // widget is on its way, so it waits, out of the box, until the widget
  // renders (and shows again if the widget's code cannot be had).
  const fallback = (element: string) => `${undefinedTag(element)}>*{position:absolute;visibility:hidden}`;
  sheet.replaceSync(
    `${undefinedTag('velocity-badge')}{display:inline-block;width:var(--sp-badge-width,14em);height:1.5em;font-size:${FONT};vertical-align:middle}` +
      fallback('velocity-badge') +
      Object.keys(shapes)
        .map(
          (element) =>
            `${undefinedTag(element)}{display:block}${undefinedTag(element)}::before{content:"";display:block;font-size:${FONT}}${fallback(element)}`,
        )
        .join(''),
  );
  document.adoptedStyleSheets.push(sheet);

  const reserved = new Set<string>();
  const add = (rule: string) => sheet.insertRule(rule, sheet.cssRules.length);
  return {
    reserveAll(): void {
      for (const [element, shape] of Object.entries(shapes)) {
        for (const el of document.querySelectorAll(`${prefix}-${element}:not(:defined)`)) {
          const selector = `${undefinedTag(element)}${shape.attributes.map((name) => attributeSelector(el, name)).join('')}::before`;
          if (reserved.has(selector)) continue;
          reserved.add(selector);
          add(`${selector}{padding-top:${shape.height(el)}}`);
        }
      }
    },
    /** An element whose code failed to load keeps no empty box. */
    release(tag: string): void {
      for (let i = sheet.cssRules.length - 1; i >= 0; i--) {
        if ((sheet.cssRules[i] as CSSStyleRule).selectorText.startsWith(`${tag}:`)) sheet.deleteRule(i);
      }
    },
  };
}
