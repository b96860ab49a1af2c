// Every word the widgets show or give to assistive technology, in English.
// A term is a sentence with named placeholders, {name}, so a translation can
// put them in any order; one that depends on a number is a set of plural
// forms, chosen with Intl.PluralRules for {count}. Data values reach a
// sentence already isolated (U+2068 … U+2069), so their direction cannot
// leak into the words around them.

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
  sameProduct: 'There is nothing to compare: a and b both name {product}.',
  missingProduct: '{product} has nothing to compare with: no product was named in "{attribute}".',
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

  // The comparison
  comparison: '{a} vs {b}',
  atAGlance: 'At a glance',
  glanceCaption: '{a} and {b} at a glance',
  sector: 'Sector',
  velocityScore: 'Velocity score',
  sparks30d: 'Sparks · 30d',
  topThemes: 'Top themes',
  lastEditorialUpdate: 'Last editorial update',
  website: 'Website',
  whatIs: 'What is {name}?',
  fullTrajectory: "{name}'s full trajectory",
  editorialSideBySide: 'Editorial side-by-side',
  currentState: 'Current state',
  heading: "Where it's heading",
  prediction: 'Prediction',
  alternatives: 'Alternatives',
  versus: 'vs {name}',
  allAlternatives: 'See all {name} alternatives',
  noAlternatives: 'No other products of these sectors are tracked yet.',
  recentActivity: 'Recent activity',
  noActivity: 'No recent activity.',
  spark: 'Editorial spark',
  faq: 'FAQ',

  // The FAQ, every answer built from the data; its sentences are joined with {sentenceGap}
  sentenceGap: ' ',
  faqDifference: 'What is the difference between {a} and {b}?',
  faqBetter: 'Is {a} better than {b}?',
  faqAlternatives: 'What are the best alternatives to {name}?',
  sameSector: '{a} and {b} are both in the {sector} sector.',
  differentSectors: '{a} is in the {sectorA} sector and {b} in the {sectorB} sector.',
  samePace: '{a} and {b} ship at the same pace, both with a velocity score of {score}.',
  faster: '{fast} ships faster, with a velocity score of {fastScore} against {slowScore} for {slow}.',
  sparksBoth: 'In the last 30 days, {a} earned {sparksA} and {b} earned {sparksB}.',
  sparkCount: { one: '{count} editorial spark', other: '{count} editorial sparks' },
  themesOverlap: 'Their themes overlap on {themes}.',
  themesApart: 'Their themes do not overlap: {aboutA}, while {aboutB}.',
  about: '{name} is about {themes}',
  noThemes: '{name} lists no themes yet',
  neitherBetter: 'Neither is better for every team: it depends on what you need from it.',
  noAlternativesTo: 'Sparkpulse tracks no other {sector} products to suggest in place of {name} yet.',
  noSimilarTo: 'Sparkpulse tracks no similar products to suggest in place of {name} yet.',
  fastestAlternatives: 'The fastest-moving {sector} alternatives to {name} are {list}.',
  fastestAlternativesAny: 'The fastest-moving alternatives to {name} are {list}.',
  alternativeScore: '{name} (velocity {score})',
} as const;

/** The plural forms Intl.PluralRules can choose; `other` is always there. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The keys every translation has, and what each holds. */
export type TermKey = Exclude<keyof typeof en, '$code' | '$name' | '$dir'>;
export type Terms = { [K in TermKey]: (typeof en)[K] extends string ? string : Plural };

/** A whole translation, as the shipped ones are: every key, with its language's code, name and direction. */
export interface Translation extends Terms {
  $code: string;
  $name: string;
  $dir: 'ltr' | 'rtl';
}
