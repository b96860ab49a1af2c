import { DEFAULT_PREFIX, prefixOrDefault } from './page/prefix.js';
import { pageShared, warnOnce } from './page/shared.js';
import { VERSION } from './version.js';

export { DEFAULT_PREFIX };

/** Where a class registered by this library records the library's version. */
const VERSION_KEY = Symbol.for('sparkpulse.version');
type Marked = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Which version of Sparkpulse owns each element name on this page. The first
 * copy to run claims its names at once, before any code is fetched, so a
 * later copy of another version loses every name, not a random few.
 */
const claims = () => pageShared('sparkpulse.claims.v1', () => new Map<string, string>());

const anotherVersion = (theirs: string) => `Sparkpulse ${theirs} is already on this page; keeping it, not ${VERSION}.`;

/**
 * Why `name` is already taken, or undefined when it is taken by `ctor`'s own
 * kind at the same version (a second copy of this script), which is fine.
 */
function takenBy(name: string, existing: CustomElementConstructor): string | undefined {
  const theirs = (existing as Marked)[VERSION_KEY];
  if (theirs === VERSION) return undefined;
  if (typeof theirs === 'string') return anotherVersion(theirs);
  return `<${name}> is taken by another script; keeping it. Use a prefix to rename ours.`;
}

/**
 * Claims `name` for this version. False, with one warning for the page, when
 * another version claimed it or another script defined it; false, silently,
 * when this version already has it.
 */
export function claim(name: string): boolean {
  const owner = claims().get(name);
  if (owner !== undefined) {
    if (owner !== VERSION) warnOnce(anotherVersion(owner));
    return false;
  }
  const existing = customElements.get(name);
  if (existing) {
    const why = takenBy(name, existing);
    if (why) warnOnce(why);
    return false;
  }
  claims().set(name, VERSION);
  return true;
}

/**
 * Said once where the elements are registered with no page to show them:
 * in Node (an Astro page's front matter, a React Server Component), where
 * Lit's stand-in for `customElements` takes the definitions and nothing
 * ever renders them.
 */
export const NOT_A_BROWSER =
  '@sparkpulse/widgets shows nothing where there is no page. On a server, render with renderWidget from @sparkpulse/widgets/ssr, and import @sparkpulse/widgets in browser code (React: @sparkpulse/widgets/react, or an import in useEffect).';

/**
 * Whether this runs in a page: a document with its root element, which no
 * server has, nor the stand-in document of Lit's DOM shim.
 */
const inAPage = (): boolean => typeof document !== 'undefined' && document.documentElement != null;

/**
 * Registers `ctor` as `name` without ever throwing. When the name is taken,
 * by another copy of this library or by another library, the first
 * definition wins and the console says so, once. Outside a page it still
 * registers (with Lit's stand-in, which Lit's server rendering reads), and
 * says once that this shows nothing: see NOT_A_BROWSER.
 */
export function define(name: string, ctor: CustomElementConstructor): void {
  if (!inAPage()) warnOnce(NOT_A_BROWSER);
  defineQuietly(name, ctor);
}

/**
 * define() without its word about servers, for a module that servers run on
 * purpose: the React components, which React renders on the server as plain
 * tags for the browser to upgrade.
 */
export function defineQuietly(name: string, ctor: CustomElementConstructor): void {
  try {
    const owner = claims().get(name);
    if (owner !== undefined && owner !== VERSION) return warnOnce(anotherVersion(owner));
    const existing = customElements.get(name);
    if (existing === ctor) return;
    if (existing) {
      const why = takenBy(name, existing);
      if (why) warnOnce(why);
      return;
    }
    claims().set(name, VERSION);
    // A class can hold only one name; another name needs a subclass.
    const named: Marked = customElements.getName(ctor) ? class extends (ctor as typeof HTMLElement) {} : ctor;
    named[VERSION_KEY] = VERSION;
    customElements.define(name, named);
  } catch (error) {
    console.warn(`[sparkpulse] could not define <${name}>:`, error);
  }
}

/** `acme` → `acme-compare`. A prefix that cannot start an element name gives `sp-…`, with a warning. */
export function tagName(prefix: string | undefined, element: 'compare' | 'timeline' | 'velocity-badge'): string {
  return `${prefixOrDefault(prefix)}-${element}`;
}
