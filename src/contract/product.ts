import { list, type Reader } from './reader.js';
import { boolean, dateTime } from './product-rules.js';
import { link, object, text } from './rules.js';
import { NAME, summary, version } from './documents.js';
import type { Activity, Product } from './types.js';

const SHORT = 1_000;
const LONG = 5_000;
export const MAX_ACTIVITY = 1_000;
const MAX_THEMES = 20;

const activityItem = {
  expected: 'an object',
  read(value: unknown, path: string, r: Reader): Activity {
    const o = r.req(object, value, path);
    return {
      date: r.req(dateTime, o.date, `${path}.date`),
      title: r.req(text(SHORT), o.title, `${path}.title`),
      url: r.opt(link, o.url, `${path}.url`, undefined),
      spark: r.opt(boolean, o.spark, `${path}.spark`, false, true),
    };
  },
};

/** `{E}products/{slug}.json`: one product in full. Name and velocity are required. */
export function readProduct(r: Reader, json: unknown): Product {
  const o = r.req(object, json, '');
  r.req(version, o.version, 'version');
  const editorial = r.opt(object, o.editorial, 'editorial', {} as Record<string, unknown>);
  return {
    version: 1,
    ...summary(r, o, ''),
    themes: r.opt(list(text(NAME), MAX_THEMES), o.themes, 'themes', []),
    lastEditorialUpdate: r.opt(dateTime, o.lastEditorialUpdate, 'lastEditorialUpdate', undefined),
    website: r.opt(link, o.website, 'website', undefined),
    logo: r.opt(link, o.logo, 'logo', undefined, true),
    headline: r.opt(text(SHORT), o.headline, 'headline', ''),
    summary: r.opt(text(LONG), o.summary, 'summary', ''),
    editorial: {
      currentState: r.opt(text(LONG), editorial.currentState, 'editorial.currentState', ''),
      heading: r.opt(text(LONG), editorial.heading, 'editorial.heading', ''),
      prediction: r.opt(text(LONG), editorial.prediction, 'editorial.prediction', ''),
    },
    activity: r.opt(list(activityItem, MAX_ACTIVITY), o.activity, 'activity', []),
  };
}
