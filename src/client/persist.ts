// The opt-in persistent cache, in its own module so that pages without it
// never download it.
import { Reader } from '../contract/reader.js';
import type { ReadDocument } from './client.js';
import { fetchText, MAX_BODY_BYTES } from './fetch-text.js';
import { sessionStore } from './store.js';

/** True when `body` is over the network's cap, counted in UTF-8 bytes as the network counts. */
export function isOverBodyCap(body: string): boolean {
  // A UTF-16 code unit is one to three bytes of UTF-8: most bodies need no encoding.
  if (body.length > MAX_BODY_BYTES) return true;
  return body.length * 3 > MAX_BODY_BYTES && new TextEncoder().encode(body).byteLength > MAX_BODY_BYTES;
}

/**
 * The last good copy of `url`, read, with its raw body; a corrupt copy, or one
 * over the network's size cap (storage is the page's, anyone may write it), is
 * thrown away.
 */
export function restore<T>(url: string, name: string, read: ReadDocument<T>): [T, string] | undefined {
  const body = sessionStore.get(url);
  if (body === undefined) return undefined;
  if (!isOverBodyCap(body)) {
    try {
      return [Reader.read(name, JSON.parse(body), read)[0], body];
    } catch {
      // Corrupt: thrown away below.
    }
  }
  sessionStore.delete(url);
  return undefined;
}

/** Keeps `body` for the next page of the visit; `null` (the document is gone) or a body over the cap forgets it. */
export function save(url: string, body: string | null): void {
  if (body === null || isOverBodyCap(body)) sessionStore.delete(url);
  else sessionStore.set(url, body);
}

/**
 * Fetches `url` again for a copy shown from the cache. When the body changed,
 * `use` gets it (null once the document is gone) and it is kept for next
 * time, unless `use` throws: a body that is not a good document never
 * replaces the last good copy.
 */
export async function refresh(
  url: string,
  stale: string,
  timeout: number,
  use: (body: string | null) => void,
): Promise<void> {
  const body = await fetchText(url, AbortSignal.timeout(timeout));
  if (body === stale) return;
  use(body);
  save(url, body);
}
