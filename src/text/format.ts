import { safeUrl } from '../contract/rules.js';

/** Velocity is always shown with one decimal: 5 → "5.0". */
export function formatVelocity(velocity: number): string {
  return velocity.toFixed(1);
}

/**
 * Fills `{name}` placeholders with URL-encoded values; unknown placeholders
 * stay. Gives the filled URL's href, or nothing when there is no template (a
 * site without that page) or the filled URL is not a safe absolute http(s)
 * URL: a value must never turn a template into a link on the host page.
 */
export function fillTemplate(template: string | undefined, values: Record<string, string>): string | undefined {
  return safeUrl(
    template?.replace(/\{(\w+)\}/g, (whole, key: string) =>
      Object.hasOwn(values, key) ? encodeURIComponent(values[key]) : whole,
    ),
  );
}
