// How a product is found on the published form: by the words of its name,
// its slug and its sector, as `sparkpulse build` files them into search
// documents (search-schema.ts) and the embed builder looks them up. One
// module for both, so the two cannot disagree on what a word is or where
// its document lives. No dependencies: the builder downloads it.

/**
 * Products a search document lists at most: the fastest of its matches. The
 * builder shows 50 at once, so a document's own prefix never needs more; a
 * prefix with more matches has a document for each next character.
 */
export const SEARCH_LISTED = 200;

/**
 * Longest prefix, in characters, that has a document of its own: a longer
 * word is looked up in the document of its first MAX_PREFIX characters,
 * which keeps file names short.
 */
export const MAX_PREFIX = 16;

/** Combining diacritical marks: folding takes them off their letters (é → e). */
const ACCENTS = /[\u0300-\u036f]/g;
/** What separates words: anything but letters, their marks and digits. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;

/**
 * The words of `text` as search compares them: compatibility forms folded
 * (ﬁ → fi, Ａ → a), accents taken off, lower case, split at anything but
 * letters and digits. `Apache Kafka®` → `apache`, `kafka`; `argo-cd` → `argo`, `cd`.
 */
export function searchWords(text: string): string[] {
  return text.normalize('NFKD').replace(ACCENTS, '').toLowerCase().normalize('NFC').split(SEPARATORS).filter(Boolean);
}

/**
 * Where the search document of `prefix` is, relative to the endpoint:
 * `search.json` for the empty prefix, else `search/{prefix}.json`, each
 * character other than a–z and 0–9 written as `_`, its code point in hex,
 * `_` (`δ` → `_3b4_`), so a file name is plain ASCII on every host.
 */
export function searchDocument(prefix: string): string {
  if (prefix === '') return 'search.json';
  let name = '';
  for (const char of prefix) name += /[a-z\d]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}_`;
  return `search/${name}.json`;
}
