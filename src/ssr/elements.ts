// The elements the server renders, and the attributes each takes: the one
// check that both renderWidget() and `sparkpulse render` apply, so a name or
// value that could change the HTML around the widget never reaches it.
import type { LitElement } from 'lit';
import { SpVelocityBadge } from '../badge/sp-velocity-badge.js';
import { SpCompare } from '../compare/sp-compare.js';
import { SpTimeline } from '../timeline/sp-timeline.js';

/** The elements the server renders, by their default tag. */
export const ELEMENTS = {
  'sp-compare': SpCompare,
  'sp-timeline': SpTimeline,
  'sp-velocity-badge': SpVelocityBadge,
} as const;

export type ElementTag = keyof typeof ELEMENTS;

export const TAGS = Object.keys(ELEMENTS) as ElementTag[];

/** What every widget takes besides its own attributes; lang and dir are read as attributes, not properties. */
const SHARED_ATTRIBUTES = ['endpoint', 'theme', 'loading', 'lang', 'dir'] as const;

/**
 * Global attributes a page's template may want on the element: an id to
 * link to, a class, and a style for the size hint that holds the page still
 * until the script tag runs (`style="min-height: 25em"`).
 */
const PAGE_ATTRIBUTES = ['id', 'class', 'style'] as const;

/** Every attribute `tag` takes: its own (from its reactive properties), then the shared ones, then the page's. */
export function attributeNames(tag: ElementTag): readonly string[] {
  const observed = (ELEMENTS[tag] as unknown as typeof LitElement).observedAttributes;
  const shared: readonly string[] = SHARED_ATTRIBUTES;
  return [...observed.filter((name) => !shared.includes(name)), ...SHARED_ATTRIBUTES, ...PAGE_ATTRIBUTES];
}

/** `tag`, when it is an element the server renders; else a TypeError that names it. */
export function checkTag(tag: unknown): ElementTag {
  if (typeof tag === 'string' && Object.hasOwn(ELEMENTS, tag)) return tag as ElementTag;
  throw new TypeError(`${typeof tag === 'string' ? JSON.stringify(tag) : String(tag)} is not one of ${TAGS.join(', ')}`);
}

/**
 * `attributes`, when each is one `tag` takes, with a string value; else a
 * TypeError that names the first that is not. Event handler attributes
 * (`on…`) are never taken, whatever the element.
 */
export function checkAttributes(tag: ElementTag, attributes: unknown): Readonly<Record<string, string>> {
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
    throw new TypeError(`attributes must be an object of names and string values, not ${kindOf(attributes)}`);
  }
  const allowed = attributeNames(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (/^on/i.test(name)) throw new TypeError(`${JSON.stringify(name)} is an event handler attribute: rendered HTML never carries one`);
    if (!allowed.includes(name)) throw new TypeError(`${JSON.stringify(name)} is not an attribute of ${tag}; it takes ${allowed.join(', ')}`);
    if (typeof value !== 'string') {
      const hint = typeof value === 'boolean' ? " ('' for one without a value)" : '';
      throw new TypeError(`${JSON.stringify(name)} is given ${kindOf(value)}; an attribute's value is a string${hint}`);
    }
  }
  return attributes as Record<string, string>;
}

/** "a number", "null", "an array": what a value is, for a message. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}
