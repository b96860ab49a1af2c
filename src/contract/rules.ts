// The project's own checks, as plain functions. The zod schemas call them in
// their refinements and transforms; the client and the texts use them too.

/** Lower-case letters, digits and single dashes, e.g. `apache-kafka`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug; a longer one is refused like any bad slug. */
export const MAX_SLUG = 100;

/** Longest URL kept; a longer one is refused like any bad URL. */
export const MAX_URL = 2048;

// Characters that draw nothing: spaces, controls, format characters (zero
// widths, bidi controls, the BOM), the default-ignorable fillers (Hangul
// U+115F, U+1160, U+3164, U+FFA0) and the blank Braille pattern, which is
// neither but is a favourite for "invisible" names.
const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/** True when `text` would show nothing at all: a name made of it is no name. */
export function isBlank(text: string): boolean {
  return INVISIBLE.test(text);
}

// Made on the first cut, not at load: an Intl object costs the page ICU set-up.
let graphemes: Intl.Segmenter | undefined;

/**
 * `text` when it has at most `max` UTF-16 code units; else its longest start
 * of whole grapheme clusters within `max`, and "…". An emoji sequence, a flag
 * or a letter with its accents is kept whole or left out whole.
 */
export function cutGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  graphemes ??= new Intl.Segmenter();
  // The cluster that straddles `max` starts at the last boundary before it.
  return `${text.slice(0, graphemes.segment(text).containing(max)!.index)}…`;
}

/** True for an http: or https: URL with no user name or password. */
export function isHttpUrl(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
}

/**
 * The normalised href of `value` when it is an absolute http: or https: URL
 * with no user name or password. That refuses javascript:, data:, vbscript:,
 * relative and protocol-relative URLs. The href, never the raw text, is given
 * back: as a link or an image source on an http(s) page, `http:/logout` is
 * resolved against the host page's own origin, while its href,
 * `http://logout/`, is absolute.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL) return undefined;
  try {
    const url = new URL(value);
    if (isHttpUrl(url) && url.href.length <= MAX_URL) return url.href;
  } catch {
    // Not absolute: refused below.
  }
  return undefined;
}

/** What a template's placeholders are checked with: any slug would do. */
const SAMPLE_SLUG = 'sample-slug';

/**
 * True when `template`, a `site` URL template, is a safe URL once its
 * `{name}` placeholders are filled. The template is kept as written, since
 * its href would encode `{slug}`; fillTemplate checks the filled URL again.
 */
export function isUrlTemplate(template: string): boolean {
  return safeUrl(template.replace(/\{\w+\}/g, SAMPLE_SLUG)) !== undefined;
}

/**
 * The canonical form of a BCP 47 language tag (`pt-br` → `pt-BR`), or
 * undefined when it is not one. Intl is asked only when a tag is read.
 */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
