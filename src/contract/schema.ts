import * as z from 'zod/mini';

// Jitless keeps zod from compiling validators with `new Function`, which a
// strict Content Security Policy forbids. It must run before any schema is built.
z.config({ jitless: true });

/** Lower-case letters, digits and single dashes, e.g. `apache-kafka`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().check(z.regex(SLUG_PATTERN));
const text = z.string().check(z.minLength(1));
const httpUrl = z.url({ protocol: /^https?$/ });
const dateTime = z.iso.datetime({ offset: true });
const velocity = z.number().check(z.gte(0), z.lte(10));
const sparks30d = z.int().check(z.gte(0));
/** The contract's version; a document of another version is refused. */
const version = z.literal(1);

/** The site that publishes the endpoint, with URL templates for its pages. */
export const SiteSchema = z.object({
  name: text,
  url: httpUrl,
  /** `{slug}` is replaced with the URL-encoded product slug. */
  productUrl: httpUrl,
  /** `{a}` and `{b}` are replaced with the URL-encoded product slugs. */
  compareUrl: httpUrl,
});

/** One product in short, as listed in `index.json`. */
export const ProductSummarySchema = z.object({
  slug,
  name: text,
  sector: text,
  velocity,
  sparks30d,
});

/** `{E}index.json`: every tracked product in short. */
export const IndexSchema = z.object({
  version,
  generatedAt: dateTime,
  site: SiteSchema,
  products: z.array(ProductSummarySchema),
});

/** One item of a product's recent activity. */
export const ActivitySchema = z.object({
  date: dateTime,
  title: text,
  url: httpUrl,
  /** An editorial spark, shown as ⚡. */
  spark: z.boolean(),
});

/** `{E}products/{slug}.json`: one product in full. */
export const ProductSchema = z.object({
  version,
  slug,
  name: text,
  sector: text,
  velocity,
  sparks30d,
  themes: z.array(text),
  lastEditorialUpdate: dateTime,
  website: httpUrl,
  logo: z.optional(httpUrl),
  headline: text,
  summary: text,
  editorial: z.object({
    currentState: text,
    heading: text,
    prediction: text,
  }),
  /** Newest first. */
  activity: z.array(ActivitySchema).check(z.maxLength(200)),
});

export type Site = z.infer<typeof SiteSchema>;
export type ProductSummary = z.infer<typeof ProductSummarySchema>;
export type Index = z.infer<typeof IndexSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type Product = z.infer<typeof ProductSchema>;
