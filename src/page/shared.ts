/**
 * State that every copy of the library on one page shares, whichever version
 * it is and however it arrived (script tag, npm bundle, both). Each key names
 * the version of its value's shape, so a copy that expects another shape
 * never reads it. Symbol keys make no global names on the host's window.
 */
export function pageShared<T>(key: string, make: () => T): T {
  const slot = globalThis as unknown as Record<symbol, T | undefined>;
  return (slot[Symbol.for(key)] ??= make());
}

/** Prints `[sparkpulse] message` once per page, for all copies together. */
export function warnOnce(message: string): void {
  const given = pageShared('sparkpulse.warned.v1', () => new Set<string>());
  if (given.has(message)) return;
  given.add(message);
  console.warn(`[sparkpulse] ${message}`);
}
