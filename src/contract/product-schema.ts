// `{E}products/{slug}.json`: one product in full. On the published form it
// also carries the index's `site` and the product's `alternatives`, so a
// comparison needs no index; without them it is the full form's document.
import { activitySchema, dateTime } from './activity-schema.js';
import { ALTERNATIVES_LISTED } from './alternatives.js';
import { documentLanguage, productSummarySchema, siteSchema, summaryShape } from './common-schema.js';
import { link, list, name, object, optional, orElse, text, version } from './fields.js';
import type { Reader } from './reader.js';

export { activitySchema, dateTime, pastDateTime } from './activity-schema.js';

export const MAX_ACTIVITY = 1_000;
export const MAX_THEMES = 20;

const short = text(1_000);
const long = text(5_000);

export const editorialSchema = object({
  currentState: orElse('editorial.currentState', long, ''),
  heading: orElse('editorial.heading', long, ''),
  prediction: orElse('editorial.prediction', long, ''),
});

export const productSchema = object({
  version,
  language: documentLanguage,
  ...summaryShape,
  themes: orElse('themes', list(name(''), MAX_THEMES, 'themes'), []),
  lastEditorialUpdate: orElse('lastEditorialUpdate', dateTime),
  website: orElse('website', link),
  /** Optional: the product's initials show instead. */
  logo: orElse('logo', optional(link)),
  headline: orElse('headline', short, ''),
  summary: orElse('summary', long, ''),
  editorial: orElse('editorial', editorialSchema, { currentState: '', heading: '', prediction: '' }),
  /** Newest first. */
  activity: orElse('activity', list(activitySchema, MAX_ACTIVITY, 'activity'), []),
  /** Published form: the index's site. */
  site: orElse('site', optional(siteSchema)),
  /**
   * Published form: the products of the same sector, fastest first (see
   * fastestFirst), this one left out, ALTERNATIVES_LISTED of them at most.
   */
  alternatives: orElse('alternatives', optional(list(productSummarySchema, ALTERNATIVES_LISTED, 'alternatives'))),
});

/** Reads `{E}products/{slug}.json`; for Reader.read. */
export const readProduct = (r: Reader, json: unknown) => r.parse(productSchema, json);
