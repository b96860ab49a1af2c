// How the script-tag loader fetches its chunks: each with the integrity the
// build recorded, and, when one cannot be loaded, a console message that
// names its URL and the likely cause.
//
// Integrity: before it imports a chunk (an element's, or one a chunk imports
// later, such as a language's words), the loader adds a
// <link rel="modulepreload" integrity> for it and for every chunk it imports
// statically, and imports it once they have all passed. The module map keeps
// one entry per URL, so the import() runs exactly what the preloads checked;
// a chunk whose bytes differ is refused, and so is every import of it. The links sit in a closed shadow
// root: an error event there does not reach the host page's handlers, and
// the host's <head> gains one inert <span>. (An import map's `integrity`
// would be inline script text: refused by a Content-Security-Policy without
// 'unsafe-inline' and by Trusted Types, and outside Chromium 133+ a page may
// have only one import map, which would clobber the host's own.)
import { pageShared, warnOnce } from './shared.js';

/**
 * Written by the build (classicLoader() in vite.config.ts): for each chunk,
 * by its file name in cdn/, its integrity and the chunks it imports statically.
 */
declare const __spChunks: Record<string, string[]>;
/** Names this build: its chunks reach their loader's `load` through a page-wide key with it. */
declare const __spBuild: string;
/** The build turns each import() of the loader into a call to this. */
declare let __spImport: (path: string) => Promise<unknown>;

/** The loader's own URL: a classic script from another origin has no base URL for import(). */
const base = (document.currentScript as HTMLScriptElement | null)?.src;

/** The URLs the page's Content-Security-Policy refused. */
const refused = new Set<string>();
document.addEventListener('securitypolicyviolation', (event) => refused.add(event.blockedURI));
const BLOCKED = "the page's Content-Security-Policy blocks it: its script-src must allow this origin";

let shelf: ShadowRoot | undefined;
const preloads = new Map<string, Promise<unknown>>();

/** Preloads the chunk at `href`, once, and settles when the browser has checked it. */
function preload(href: string, integrity: string): Promise<unknown> {
  let done = preloads.get(href);
  if (!done) {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'modulepreload', href, integrity });
    // Without modulepreload (Firefox before 115), the import goes unchecked.
    done = link.relList.supports('modulepreload')
      ? new Promise((resolve, reject) => {
          link.onload = resolve;
          link.onerror = () => reject(new Error(`${href} could not be loaded`));
        })
      : Promise.resolve();
    (shelf ??= document.head.appendChild(document.createElement('span')).attachShadow({ mode: 'closed' })).append(link);
    preloads.set(href, done);
  }
  return done;
}

/** Failures already explained on the console. */
const explained = new WeakSet<object>();

/** `name` and every chunk it imports, each after those it imports. */
function graph(name: string, into = new Set<string>(), seen = new Set<string>()): Set<string> {
  if (!seen.has(name) && __spChunks[name]) {
    seen.add(name);
    for (const dep of __spChunks[name].slice(1)) graph(dep, into, seen);
    into.add(name);
  }
  return into;
}

/** Why the chunk at `url` could not be loaded, when a probe can tell. */
async function cause(url: string, integrity: string): Promise<string | undefined> {
  const response = await fetch(url, { mode: 'cors', credentials: 'omit', cache: 'no-store' }).catch(() => undefined);
  if (!response) {
    if (refused.has(url)) return BLOCKED;
    const reached = await fetch(url, { mode: 'no-cors', cache: 'no-store' }).then(() => true, () => false);
    return reached
      ? 'its server sends no Access-Control-Allow-Origin header, which a chunk from another origin needs'
      : "it cannot be reached (the network, or the page's Content-Security-Policy)";
  }
  if (!response.ok) return `it answered ${response.status}${response.status === 404 ? ' (is dist/cdn/ served beside sparkpulse.js?)' : ''}`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  if (`sha384-${btoa(String.fromCharCode(...digest))}` !== integrity) {
    return 'it failed its integrity check: it is not the file this loader was built with';
  }
  return refused.has(url) ? BLOCKED : undefined;
}

/**
 * Imports the chunk at `url` once it and every chunk it imports are preloaded
 * with their integrity and have passed; warns with the cause when it fails.
 * The chunks' own import()s come here too (a chunk fetched later, such as a
 * language's words), through the page-wide key of this build.
 */
async function load(url: string): Promise<unknown> {
  const at = url.lastIndexOf('/') + 1;
  // A failure is put down to the first chunk that fails, the most widely shared first.
  const chunks = [...graph(url.slice(at))].map((name) => [url.slice(0, at) + name, __spChunks[name]![0]!] as const);
  try {
    await Promise.all(chunks.map(([href, integrity]) => preload(href, integrity)));
    return await import(url);
  } catch (error) {
    for (const [href, integrity] of chunks) {
      const why = await cause(href, integrity).catch(() => undefined);
      if (!why) continue;
      warnOnce(`could not load ${href}: ${why}.`);
      explained.add(error as object);
      break;
    }
    throw error;
  }
}

pageShared(`sparkpulse.chunk.${__spBuild}`, () => load);
// Loaded as a module (no currentScript), it imports relative to itself, unchecked.
__spImport = (path) => (base ? load(new URL(path, base).href) : import(path));

/** Warns that `name`'s code could not be loaded, unless the cause is on the console already. */
export function warnFailed(name: string, error: unknown): void {
  if (!explained.has(error as object)) console.warn(`[sparkpulse] could not load <${name}>:`, error);
}
