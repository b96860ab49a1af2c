import { warnOnce } from './shared.js';

/** The prefix of the elements' default names: `sp-compare`, `sp-timeline`, `sp-velocity-badge`. */
export const DEFAULT_PREFIX = 'sp';

/**
 * What makes `<prefix>-compare` a valid custom element name: a lower-case
 * ASCII letter, then letters, digits, dots, dashes or underscores.
 */
const VALID_PREFIX = /^[a-z][a-z0-9._-]*$/;

/** The elements' names under `prefix`; a prefix that would make invalid names warns once and gives `sp`. */
export function prefixOrDefault(prefix: string | null | undefined): string {
  const wanted = prefix?.trim().toLowerCase();
  if (!wanted) return DEFAULT_PREFIX;
  if (VALID_PREFIX.test(wanted)) return wanted;
  warnOnce(`"${prefix}" cannot start an element name (a letter, then letters, digits, ".", "-" or "_"); using "${DEFAULT_PREFIX}".`);
  return DEFAULT_PREFIX;
}
