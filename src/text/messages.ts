import { isolate } from './isolate.js';

/** "a", "a and b", "a, b, and c", without Intl.ListFormat's weight in every widget. */
function names(given: readonly string[]): string {
  const slugs = given.map(isolate);
  const last = slugs.at(-1);
  return slugs.length < 2 ? (last ?? '') : `${slugs.slice(0, -1).join(', ')}${slugs.length > 2 ? ',' : ''} and ${last}`;
}

/**
 * The fixed phrases every widget shows. The comparison and feed phrases are
 * in section-messages.ts, so a badge never downloads them.
 */
export const messages = {
  loading: 'Loading…',
  retry: 'Retry',
  error: (reason: string) => `Could not load Sparkpulse data: ${reason}.`,
  errorShort: 'Data unavailable',
  notTrackedShort: 'Not tracked',
  notTracked: (slugs: readonly string[]) => `${names(slugs)} ${slugs.length === 1 ? 'is' : 'are'} not tracked by Sparkpulse.`,
  noProduct: 'No product was named.',
  sameProduct: (slug: string) => `There is nothing to compare: a and b both name ${isolate(slug)}.`,
  missingProduct: (attribute: 'a' | 'b', other: string) =>
    `${isolate(other)} has nothing to compare with: no product was named in "${attribute}".`,
  velocity: (score: string) => `velocity ${score}`,
} as const;
