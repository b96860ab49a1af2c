/**
 * What text taken from the endpoint loses where it leaves the widgets for
 * plain text (an SVG badge, a page's FAQPage data): control characters and
 * lone surrogates, which some readers refuse outright, and every bidi
 * control: embeddings, overrides, isolates and marks. A name never needs
 * them, and left in, an override (U+202E) reverses what follows it, so that
 * "velocity 5.0" reads "0.5 yticolev". Without them, right-to-left text still
 * reads right to left.
 *
 * Global: use it with `replace`, not `test`.
 */
export const DROPPED_CONTROLS = /[\p{Cc}\p{Cs}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/gu;

/** `text` without DROPPED_CONTROLS; those that are white space (a tab, a line break) become a space. */
export function withoutControls(text: string): string {
  return text.replace(DROPPED_CONTROLS, (c) => (/\s/.test(c) ? ' ' : ''));
}
