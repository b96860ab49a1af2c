// `{E}products/{slug}.json`: one product in full.
import { isDateTime, isTooFarAhead } from './dates.js';
import { boolean, holds, link, list, name, object, optional, orElse, string, text, version, withDefault } from './fields.js';
import { documentLanguage, summaryShape } from './index-schema.js';
import type { Reader } from './reader.js';

export const MAX_ACTIVITY = 1_000;
export const MAX_THEMES = 20;

const short = text(1_000);
const long = text(5_000);

const DATE_PROBLEM = 'expected an ISO 8601 date-time with an offset';

export const dateTime = string(DATE_PROBLEM, holds(isDateTime));

/** A date-time that has happened, give or take a day of clock skew, by the reader's clock now. */
export const pastDateTime = string(
  `${DATE_PROBLEM}, at most a day ahead`,
  holds((value) => isDateTime(value) && !isTooFarAhead(value, Date.now())),
);

/** One item of a product's recent activity. */
export const activitySchema = object({
  // An item from the future would stay at the top of the feed for good.
  date: pastDateTime,
  title: short('title'),
  /** Absent when the document's URL was missing or unsafe: the title shows as text. */
  url: orElse('url', link),
  /** An editorial spark, shown as ⚡. */
  spark: orElse('spark', withDefault(boolean, false), false),
});

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
});

/** Reads `{E}products/{slug}.json`; for Reader.read. */
export const readProduct = (r: Reader, json: unknown) => r.parse(productSchema, json);
