import type { enCompare } from './en-compare.js';
import type { enFeed } from './en-feed.js';

// Every word the widgets show or give to assistive technology, in English.
// A term is a sentence with named placeholders, {name}, so a translation can
// put them in any order; one that depends on a number is a set of plural
// forms, chosen with Intl.PluralRules for {count}. Data values reach a
// sentence already isolated (U+2068 … U+2069), so their direction cannot
// leak into the words around them.

/**
 * The terms every widget needs. The comparison's own (its headings, its FAQ)
 * are in en-compare.ts and the activity feed's in en-feed.ts, and come with
 * those elements' code: a page of badges does not download them. Other languages keep all their terms in one file.
 */
export const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  // Every widget
  loading: 'Loading…',
  loadFailed: 'Sparkpulse data could not be loaded.',
  error: 'Could not load Sparkpulse data: {reason}.',
  errorShort: 'Data unavailable',
  retry: 'Retry',
  retryBadge: 'Retry loading the badge of {product}',
  retryCompare: 'Retry loading the comparison of {a} and {b}',
  retryTimeline: 'Retry loading the activity of {products}',
  notTracked: { one: '{names} is not tracked by Sparkpulse.', other: '{names} are not tracked by Sparkpulse.' },
  notTrackedShort: 'Not tracked',
  noProduct: 'No product was named.',
  velocity: 'velocity {score}',
  badgeSeparator: ', ',

  // Why loading failed, in a few words
  reasonEndpoint: 'the endpoint URL is not valid',
  reasonTimeout: 'the server did not answer in time',
  reasonNetwork: 'the server could not be reached',
  reasonHttp: 'the server answered HTTP {status}',
  reasonNotJson: 'the server did not send JSON',
  reasonTooLarge: 'the data is too large',
  reasonContract: 'the data is not in the expected format',
  reasonUnknown: 'something went wrong',

  // Times: the short phrase for the eye, both for assistive technology
  timeBoth: '{relative}, {date}',
} as const;

/** The plural forms Intl.PluralRules can choose; `other` is always there. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type English = Omit<typeof en, '$code' | '$name' | '$dir'> & typeof enCompare & typeof enFeed;

/** The keys every translation has, and what each holds. */
export type TermKey = keyof English;
export type Terms = { [K in TermKey]: English[K] extends string ? string : Plural };

/** A whole translation, as the shipped ones are: every key, with its language's code, name and direction. */
export interface Translation extends Terms {
  $code: string;
  $name: string;
  $dir: 'ltr' | 'rtl';
}
