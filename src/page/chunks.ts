// How the script-tag loader fetches its chunks: each with the integrity the
// build recorded, and, when one cannot be loaded, a console message that
// names its URL and the likely cause.
//
// Integrity: before it imports an element's chunk, the loader adds a
// <link rel="modulepreload" integrity> for it and for every chunk it imports
// statically. The module map keeps one entry per URL, so the import() that
// follows runs exactly what the preload checked; a chunk whose bytes differ
// is refused, and so is every import of it. The links sit in a closed shadow
// root: an error event there does not reach the host page's handlers, and
// the host's <head> gains one inert <span>. (An import map's `integrity`
// would be inline script text: refused by a Content-Security-Policy without
// 'unsafe-inline' and by Trusted Types, and outside Chromium 133+ a page may
// have only one import map, which would clobber the host's own.)
import { warnOnce } from './shared.js';

/**
 * Written by the build (classicLoader() in vite.config.ts): for each chunk,
 * by its path from the loader, its integrity and the chunks it imports statically.
 */
declare const __spChunks: Record<string, string[]>;
/** The build turns each import() of the loader into a call to this. */
declare let __spImport: (path: string) => Promise<unknown>;

/** The loader's own URL: a classic script from another origin has no base URL for import(). */
const base = (document.currentScript as HTMLScriptElement | null)?.src;
const urlOf = (path: string) => (base ? new URL(path, base).href : path);

/** The URLs the page's Content-Security-Policy refused. */
const refused = new Set<string>();
document.addEventListener('securitypolicyviolation', (event) => refused.add(event.blockedURI));
const BLOCKED = "the page's Content-Security-Policy blocks it: its script-src must allow this origin";

let shelf: ShadowRoot | undefined;
const preloaded = new Set<string>();
/** Failures already explained on the console. */
const explained = new WeakSet<object>();

/** `path` and every chunk it imports, each after those it imports. */
function graph(path: string, into = new Set<string>(), seen = new Set<string>()): Set<string> {
  if (!seen.has(path) && __spChunks[path]) {
    seen.add(path);
    for (const dep of __spChunks[path].slice(1)) graph(dep, into, seen);
    into.add(path);
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

__spImport = async (path) => {
  // Each preload is under way before anything imports its chunk; a failure is
  // put down to the first chunk that fails, the most widely shared first.
  const chunks = graph(path);
  // Loaded as a module (no currentScript), it imports relative to itself, unchecked.
  for (const chunk of base ? chunks : []) {
    if (preloaded.has(chunk)) continue;
    preloaded.add(chunk);
    const link = document.createElement('link');
    Object.assign(link, { rel: 'modulepreload', href: urlOf(chunk), integrity: __spChunks[chunk]![0] });
    (shelf ??= document.head.appendChild(document.createElement('span')).attachShadow({ mode: 'closed' })).append(link);
  }
  try {
    return await import(urlOf(path));
  } catch (error) {
    for (const chunk of chunks) {
      const why = await cause(urlOf(chunk), __spChunks[chunk]![0]!).catch(() => undefined);
      if (!why) continue;
      warnOnce(`could not load ${urlOf(chunk)}: ${why}.`);
      explained.add(error as object);
      break;
    }
    throw error;
  }
};

/** Warns that `name`'s code could not be loaded, unless the cause is on the console already. */
export function warnFailed(name: string, error: unknown): void {
  if (!explained.has(error as object)) console.warn(`[sparkpulse] could not load <${name}>:`, error);
}
