// Which shard of summaries a product is in, on the published form: the first
// three hex digits of the FNV-1a 32-bit hash of its slug as UTF-8. The
// widgets, `sparkpulse build` and `sparkpulse validate` all ask this one
// function, so a badge fetches the one shard `build` put its product in.
// No dependencies: every page with a badge downloads it.

/** Shards there are, `000` to `fff`; fixed, so a shard's name never depends on the catalogue. */
export const SHARD_COUNT = 4096;

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

/** FNV-1a, 32 bits, of `text` as UTF-8: an unsigned whole number. */
export function fnv1a32(text: string): number {
  let hash = OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, PRIME);
  return hash >>> 0;
}

/** The shard of `slug`: `summaries/{shard}.json` lists it. Three lower-case hex digits, e.g. `3fa`. */
export function shardOf(slug: string): string {
  return shardName(fnv1a32(slug) >>> 20);
}

/** The name of shard number `n` (0 to 4095): `000` to `fff`. */
export function shardName(n: number): string {
  return n.toString(16).padStart(3, '0');
}
