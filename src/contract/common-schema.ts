// The parts several documents share: a product in short, the site that
// publishes the endpoint, the language of the texts. A module of its own so
// that a page of badges reading one shard of summaries downloads neither the
// index's schema nor the product's.
import { count, language, link, name, object, optional, orElse, slug, urlTemplate, velocity, withDefault } from './fields.js';

/** The fields a product summary and a full product document share; slug, name and velocity are required. */
export const summaryShape = {
  slug,
  name: name('name'),
  /** 0 to 10. */
  velocity,
  /** Empty when the document had none. */
  sector: orElse('sector', name, ''),
  /** Editorial sparks of the last 30 days. */
  sparks30d: orElse('sparks30d', count),
};

/** One product in short, as listed in `index.json`, a shard of summaries, or a product's alternatives. */
export const productSummarySchema = object(summaryShape);

/** The site that publishes the endpoint, with URL templates for its pages; fill them with `fillTemplate`. */
export const siteSchema = object({
  name: orElse('site.name', name, 'Sparkpulse'),
  url: orElse('site.url', link),
  /** `{slug}` stands for the URL-encoded product slug. */
  productUrl: orElse('site.productUrl', urlTemplate),
  /** `{a}` and `{b}` stand for the URL-encoded product slugs. */
  compareUrl: orElse('site.compareUrl', urlTemplate),
  /** `{slug}` stands for the URL-encoded product slug. Optional. */
  alternativesUrl: orElse('site.alternativesUrl', optional(urlTemplate)),
});

/** The document's language, `en` unless it says. */
export const documentLanguage = orElse('language', withDefault(language, 'en'), 'en');
