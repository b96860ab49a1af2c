// The opt-in persistent cache, in its own module so that pages without it
// never download it.
import { Reader } from '../contract/reader.js';
import type { ReadDocument } from './client.js';
import { fetchText } from './fetch-text.js';
import { sessionStore } from './store.js';

/** The last good copy of `url`, read, with its raw body; a corrupt copy is thrown away. */
export function restore<T>(url: string, name: string, read: ReadDocument<T>): [T, string] | undefined {
  const body = sessionStore.get(url);
  if (body === undefined) return undefined;
  try {
    return [Reader.read(name, JSON.parse(body), read)[0], body];
  } catch {
    sessionStore.delete(url);
    return undefined;
  }
}

/** Keeps `body` for the next page of the visit; `null` (the document is gone) forgets it. */
export function save(url: string, body: string | null): void {
  if (body === null) sessionStore.delete(url);
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
