// What the widgets read from the endpoint, inferred from the schemas: text is
// capped, links are the hrefs of safe http(s) URLs, URL templates are as
// written (a filled one is checked again), and a field that was bad is absent
// or empty.
import type { output } from 'zod/v4/core';
import type { indexSchema, productSummarySchema, siteSchema } from './index-schema.js';
import type { activitySchema, productSchema } from './product-schema.js';

/** `{E}index.json`: every tracked product in short. */
export type Index = output<typeof indexSchema>;
/** The site that publishes the endpoint, with URL templates for its pages. */
export type Site = output<typeof siteSchema>;
/** One product in short, as listed in `index.json`. */
export type ProductSummary = output<typeof productSummarySchema>;
/** `{E}products/{slug}.json`: one product in full. */
export type Product = output<typeof productSchema>;
/** One item of a product's recent activity. */
export type Activity = output<typeof activitySchema>;
