// What the widgets read from the endpoint, inferred from the schemas: text is
// capped, links are the hrefs of safe http(s) URLs, URL templates are as
// written (a filled one is checked again), and a field that was bad is absent
// or empty.
import type { output } from 'zod/v4/core';
import type { activityPageSchema, activitySchema } from './activity-schema.js';
import type { productSummarySchema, siteSchema } from './common-schema.js';
import type { indexSchema } from './index-schema.js';
import type { productSchema } from './product-schema.js';
import type { searchEntrySchema, searchSchema } from './search-schema.js';
import type { summariesSchema } from './summaries-schema.js';

/** `{E}index.json`: every tracked product in short. */
export type Index = output<typeof indexSchema>;
/** The site that publishes the endpoint, with URL templates for its pages. */
export type Site = output<typeof siteSchema>;
/** One product in short, as listed in `index.json`, a shard of summaries, or a product's alternatives. */
export type ProductSummary = output<typeof productSummarySchema>;
/** `{E}products/{slug}.json`: one product in full; on the published form, with `site` and `alternatives`. */
export type Product = output<typeof productSchema>;
/** One item of a product's recent activity. */
export type Activity = output<typeof activitySchema>;
/** `{E}summaries/{shard}.json` (published form): the products of one shard, in short. */
export type Summaries = output<typeof summariesSchema>;
/** `{E}activity/{slug}/{n}.json` (published form): one page of a product's activity. */
export type ActivityPage = output<typeof activityPageSchema>;
/** `{E}search.json` or `{E}search/{prefix}.json` (published form): the products with a word starting with the prefix. */
export type SearchDocument = output<typeof searchSchema>;
/** One product in a search document: what the embed builder's list shows. */
export type SearchEntry = output<typeof searchEntrySchema>;
