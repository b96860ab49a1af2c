import type { Rule } from './reader.js';

/** Lower-case letters, digits and single dashes, e.g. `apache-kafka`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const object: Rule<Record<string, unknown>> = {
  expected: 'an object',
  read: (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined,
};

/** Non-blank text, cut to `max` characters with a warning. */
export function text(max: number): Rule<string> {
  return {
    expected: 'text',
    read(value, path, r) {
      if (typeof value !== 'string' || value.trim() === '') return undefined;
      if (value.length <= max) return value;
      r.warn(path, `over ${max} characters; cut`);
      // Never keep half of a surrogate pair, e.g. of an emoji.
      return `${value.slice(0, max).replace(/[\uD800-\uDBFF]$/, '')}…`;
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

/**
 * `value` when it is an absolute http: or https: URL with no user name or
 * password. That refuses javascript:, data:, vbscript:, relative and
 * protocol-relative URLs. `{name}` placeholders are allowed, for templates.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password) return value;
  } catch {
    // Not absolute: refused below.
  }
  return undefined;
}

export const link: Rule<string> = {
  expected: 'an absolute http(s) URL without credentials',
  read: safeUrl,
};
