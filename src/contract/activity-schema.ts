// `{E}activity/{slug}/{n}.json` (published form): page n of one product's
// activity, newest first, as its product document lists it; see pages.ts for
// which items a page holds. The item schema lives here too, so a timeline
// reading pages downloads neither the index's schema nor the product's.
import { documentLanguage } from './common-schema.js';
import { isDateTime, isTooFarAhead } from './dates.js';
import { boolean, holds, kind, link, list, name, object, orElse, pageNumber, slug, string, text, version, withDefault } from './fields.js';
import type { Reader } from './reader.js';

/** Items a page may hold; the rest are ignored, with a warning. The largest page `build` writes holds 640. */
export const MAX_PAGE_ITEMS = 1_000;

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
  title: text(1_000)('title'),
  /** Absent when the document's URL was missing or unsafe: the title shows as text. */
  url: orElse('url', link),
  /** An editorial spark, shown as ⚡. */
  spark: orElse('spark', withDefault(boolean, false), false),
});

// Marked pure, each call in it too, so a bundle that never reads a page (a
// comparison) drops it: a schema made at the top level is kept otherwise.
export const activityPageSchema = /* @__PURE__ */ object({
  version,
  kind: /* @__PURE__ */ kind('activity'),
  /** The product document's language. */
  language: documentLanguage,
  /** The product's slug: a page about another product is refused. */
  slug,
  /** The product's name. */
  name: /* @__PURE__ */ name('name'),
  /** Which page this is, from 1. */
  page: /* @__PURE__ */ pageNumber(),
  /** How many pages the product's activity takes: the last one is `activity/{slug}/{pages}.json`. */
  pages: /* @__PURE__ */ pageNumber(),
  /** The page's items, newest first. */
  items: /* @__PURE__ */ list(activitySchema, MAX_PAGE_ITEMS, 'items'),
});

/** Reads `{E}activity/{slug}/{n}.json`; for Reader.read. */
export const readActivityPage = (r: Reader, json: unknown) => r.parse(activityPageSchema, json);
