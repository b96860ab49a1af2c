import type { Rule } from './reader.js';

/** Lower-case letters, digits and single dashes, e.g. `apache-kafka`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest URL kept; a longer one is refused like any bad URL. */
const MAX_URL = 2048;

export const object: Rule<Record<string, unknown>> = {
  expected: 'an object',
  read: (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined,
};

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

/** Non-blank text, cut to `max` characters with a warning. */
export function text(max: number): Rule<string> {
  return {
    expected: 'text',
    read(value, path, r) {
      if (typeof value !== 'string' || isBlank(value)) return undefined;
      if (value.length <= max) return value;
      r.warn(path, `over ${max} characters; cut`);
      return cutGraphemes(value, max);
    },
  };
}

export function number(min: number, max: number, whole = false): Rule<number> {
  return {
    expected: `a${whole ? ' whole' : ''} number from ${min} to ${max}`,
    read: (value) =>
      typeof value === 'number' && value >= min && value <= max && (!whole || Number.isInteger(value))
        ? value
        : undefined,
  };
}

export const slug: Rule<string> = {
  expected: 'a slug',
  read: (value) => (typeof value === 'string' && value.length <= 100 && SLUG_PATTERN.test(value) ? value : undefined),
};

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

export const link: Rule<string> = {
  expected: 'an absolute http(s) URL without credentials',
  read: safeUrl,
};

/** What a template's placeholders are checked with: any slug would do. */
const SAMPLE_SLUG = 'sample-slug';

/**
 * A `site` URL template, kept as written: its href would encode `{slug}`. It
 * must be a safe URL once its `{name}` placeholders are filled; fillTemplate
 * checks the filled URL again.
 */
export const urlTemplate: Rule<string> = {
  expected: link.expected,
  read: (value) =>
    typeof value === 'string' && safeUrl(value.replace(/\{\w+\}/g, SAMPLE_SLUG)) ? value : undefined,
};
