import { list, type Reader } from './reader.js';
import { boolean, dateTime, pastDateTime } from './product-rules.js';
import { link, object, text } from './rules.js';
import { name, summary, versioned } from './documents.js';
import type { Activity, Product } from './types.js';

// Rules are built once, not once per item read.
const short = text(1_000);
const long = text(5_000);
export const MAX_ACTIVITY = 1_000;
const MAX_THEMES = 20;

const activityItem = {
  expected: 'an object',
  read(value: unknown, path: string, r: Reader): Activity {
    const o = r.req(object, value, path);
    return {
      // An item from the future would stay at the top of the feed for good.
      date: r.req(pastDateTime, o.date, `${path}.date`),
      title: r.req(short, o.title, `${path}.title`),
      url: r.opt(link, o.url, `${path}.url`, undefined),
      spark: r.opt(boolean, o.spark, `${path}.spark`, false, true),
    };
  },
};

/** `{E}products/{slug}.json`: one product in full. Name and velocity are required. */
export function readProduct(r: Reader, json: unknown): Product {
  const o = versioned(r, json);
  const editorial = r.opt(object, o.editorial, 'editorial', {} as Record<string, unknown>);
  return {
    version: 1,
    ...summary(r, o, ''),
    themes: r.opt(list(name, MAX_THEMES), o.themes, 'themes', []),
    lastEditorialUpdate: r.opt(dateTime, o.lastEditorialUpdate, 'lastEditorialUpdate', undefined),
    website: r.opt(link, o.website, 'website', undefined),
    logo: r.opt(link, o.logo, 'logo', undefined, true),
    headline: r.opt(short, o.headline, 'headline', ''),
    summary: r.opt(long, o.summary, 'summary', ''),
    editorial: {
      currentState: r.opt(long, editorial.currentState, 'editorial.currentState', ''),
      heading: r.opt(long, editorial.heading, 'editorial.heading', ''),
      prediction: r.opt(long, editorial.prediction, 'editorial.prediction', ''),
    },
    activity: r.opt(list(activityItem, MAX_ACTIVITY), o.activity, 'activity', []),
  };
}
