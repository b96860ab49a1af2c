import { VERSION } from './version.js';

/** The prefix of the elements' default names: `sp-compare`, `sp-timeline`, `sp-velocity-badge`. */
export const DEFAULT_PREFIX = 'sp';

/** Every warning given, so that each is given once, for all copies of the loader. */
const warned = new Set<string>();

/** Where a class registered by this library records the library's version. */
const VERSION_KEY = Symbol.for('sparkpulse.version');
type Marked = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Why `name` is already taken, or undefined when it is taken by `ctor`'s own
 * kind at the same version (a second copy of this script), which is fine.
 * The words for another version name no element, so it is warned about once in all.
 */
function takenBy(name: string, existing: CustomElementConstructor): string | undefined {
  const theirs = (existing as Marked)[VERSION_KEY];
  if (theirs === VERSION) return undefined;
  if (typeof theirs === 'string') return `Sparkpulse ${theirs} is already on this page; keeping it, not ${VERSION}.`;
  return `<${name}> is taken by another script; keeping it. Use a prefix to rename ours.`;
}

/**
 * Registers `ctor` as `name` without ever throwing. When the name is taken,
 * by another copy of this library or by another library, the first
 * definition wins and the console says so, once.
 */
export function define(name: string, ctor: CustomElementConstructor): void {
  try {
    const existing = customElements.get(name);
    if (existing === ctor) return;
    if (existing) {
      const why = takenBy(name, existing);
      if (why && !warned.has(why)) {
        warned.add(why);
        console.warn(`[sparkpulse] ${why}`);
      }
      return;
    }
    // A class can hold only one name; another name needs a subclass.
    const named: Marked = customElements.getName(ctor) ? class extends (ctor as typeof HTMLElement) {} : ctor;
    named[VERSION_KEY] = VERSION;
    customElements.define(name, named);
  } catch (error) {
    console.warn(`[sparkpulse] could not define <${name}>:`, error);
  }
}

/** `acme` → `acme-compare`. A prefix must make valid custom element names. */
export function tagName(prefix: string | undefined, element: 'compare' | 'timeline' | 'velocity-badge'): string {
  return `${prefix?.trim().toLowerCase() || DEFAULT_PREFIX}-${element}`;
}
