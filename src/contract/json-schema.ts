// The contract as JSON Schema, for producers: made from the zod schemas when
// the package is built (scripts/write-schemas.mjs), never written by hand.
//
// No browser code imports this module. The descriptions below are zod
// metadata, kept in a registry of their own here rather than on the schemas
// themselves, where every page that shows a widget would download them.
import {
  registry,
  toJSONSchema,
  type $ZodType,
  type JSONSchema,
} from 'zod/v4/core';
import { activityPageSchema, dateTime, MAX_PAGE_ITEMS, pastDateTime } from './activity-schema.js';
import { ALTERNATIVES_LISTED } from './alternatives.js';
import { count, link, NAME, urlTemplate } from './fields.js';
import { indexSchema } from './index-schema.js';
import { FIRST_PAGE_ITEMS } from './pages.js';
import { MAX_ACTIVITY, MAX_THEMES, productSchema } from './product-schema.js';
import { MAX_URL } from './rules.js';
import { SHARD_COUNT } from './shard.js';
import { MAX_NEXT, MAX_SEARCH_PRODUCTS, searchSchema } from './search-schema.js';
import { MAX_PREFIX, SEARCH_LISTED } from './search-words.js';
import { MAX_SHARD_PRODUCTS, summariesSchema } from './summaries-schema.js';

type Meta = JSONSchema.BaseSchema;

/** What the schemas' own checks cannot say: formats, and how a kind of value is written. */
const kinds: [$ZodType, Meta][] = [
  [
    link,
    {
      format: 'uri',
      // Absolute http(s) with a host and no user name or password; safeUrl also
      // takes forms like `http:/x`, which it normalises, but no producer should write them.
      pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^/?#@]+([/?#].*)?$',
      maxLength: MAX_URL,
    },
  ],
  [urlTemplate, { format: 'uri-template', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^/?#@]+([/?#].*)?$' }],
  [dateTime, { format: 'date-time' }],
  [pastDateTime, { format: 'date-time' }],
  [count, { type: 'integer' }],
];

/** Text: at least one character, and more than blank space (which JSON Schema cannot tell). */
const text = (description: string, cap: number): Meta => ({
  type: 'string',
  minLength: 1,
  description: `${description} Not blank: text of only spaces or invisible characters counts as none. Over ${cap.toLocaleString('en')} characters, it is cut.`,
});

/** The fields a product summary in index.json and a product document share. */
const summary: Record<string, Meta> = {
  slug: { description: 'The product’s id: lower-case letters and digits, in groups joined by single "-". Required.' },
  name: text('The product’s name, e.g. "Apache Kafka". Required.', NAME),
  velocity: { description: 'How fast the product ships, from 0 to 10, shown with one decimal. Required.' },
  sector: text('The product’s sector, e.g. "DevOps"; alternatives are products of the same sector.', NAME),
  sparks30d: { description: 'Editorial sparks of the last 30 days: a whole number from 0.' },
};

const language: Meta = {
  default: 'en',
  description: 'The language of the document’s texts, a BCP 47 tag such as "en" or "pt-BR". Optional; "en" when left out.',
};

const url = (description: string): Meta => ({
  description: `${description} An absolute http(s) URL without a user name or password, at most ${MAX_URL} characters.`,
});

const template = (description: string): Meta => ({
  description: `${description} An absolute http(s) URL once its placeholders are filled with URL-encoded slugs.`,
});

/** The index's `site`, which the published form's documents repeat. */
const site = (prefix: string, description: string): Record<string, Meta> => ({
  [prefix]: { description },
  [`${prefix}.name`]: text('The site’s name. "Sparkpulse" when missing.', NAME),
  [`${prefix}.url`]: url('The site’s home page.'),
  [`${prefix}.productUrl`]: template('A product’s page; {slug} stands for its slug.'),
  [`${prefix}.compareUrl`]: template('The comparison of two products; {a} and {b} stand for their slugs.'),
  [`${prefix}.alternativesUrl`]: template('The alternatives to a product; {slug} stands for its slug. Optional.'),
});

/** Written by `sparkpulse build`, never by hand: said once in each derived document's description. */
const DERIVED = 'Part of the published form, which `sparkpulse build` writes from the full form (index.json and products/{slug}.json); not written by hand.';

const documents = {
  'index.schema.json': {
    schema: indexSchema,
    fields: {
      '': {
        $id: 'urn:sparkpulse:contract:1:index',
        title: 'Sparkpulse endpoint: index.json',
        description:
          'Every product the endpoint tracks, in short, and the site that publishes it. Served at {endpoint}index.json. Fields not described here are ignored.',
      },
      version: { description: 'The contract’s version: 1.' },
      language,
      ...site('site', 'The site that publishes the endpoint.'),
      products: {
        description:
          'Every tracked product, in short. A bad item is left out. The widgets refuse a document over 1 MB (a few thousand products): past a few thousand products, publish the endpoint with `sparkpulse build`, whose small documents they read instead.',
      },
      'products[]': { description: 'One product in short.' },
      ...prefixed('products[].', summary),
    },
  },
  'product.schema.json': {
    schema: productSchema,
    fields: {
      '': {
        $id: 'urn:sparkpulse:contract:1:product',
        title: 'Sparkpulse endpoint: products/{slug}.json',
        description:
          'One product in full. Served at {endpoint}products/{slug}.json, where {slug} is the document’s own slug. Fields not described here are ignored.',
      },
      version: { description: 'The contract’s version: 1.' },
      language,
      ...summary,
      themes: { description: `The product’s current themes; at most ${MAX_THEMES} are read.` },
      'themes[]': text('A theme, e.g. "streaming".', NAME),
      lastEditorialUpdate: { description: 'When the editorial texts last changed: an ISO 8601 date-time with Z or an offset.' },
      website: url('The product’s own website.'),
      logo: url('The product’s logo, an image. Optional: the product’s initials show without it.'),
      headline: text('One sentence: the product’s current arc.', 1_000),
      summary: text('A paragraph: what the product is shipping now.', 5_000),
      editorial: { description: 'Sparkpulse’s editorial view of the product.' },
      'editorial.currentState': text('A paragraph: where the product stands.', 5_000),
      'editorial.heading': text('A paragraph: where it is heading.', 5_000),
      'editorial.prediction': text('A paragraph: what Sparkpulse expects.', 5_000),
      activity: {
        description: `The product’s recent activity, newest first. A bad item is left out; at most ${MAX_ACTIVITY.toLocaleString('en')} are read.`,
      },
      'activity[]': { description: 'One item of activity.' },
      'activity[].date': {
        description: 'When it happened: an ISO 8601 date-time with Z or an offset. An item dated more than a day ahead of the reader’s clock is left out.',
      },
      'activity[].title': text('What happened, e.g. a release’s name.', 1_000),
      'activity[].url': url('Where to read about it. Without it, the title shows as text.'),
      'activity[].spark': { default: false, description: 'True for an editorial spark, shown as ⚡. Optional; false when left out.' },
      ...site('site', 'Published form only: the index’s site, so a comparison needs no index. Written by `sparkpulse build`.'),
      alternatives: {
        description: `Published form only: the other products of the product’s sector, fastest first (equal velocities by slug), at most ${ALTERNATIVES_LISTED}; empty without a sector. Written by \`sparkpulse build\`.`,
      },
      'alternatives[]': { description: 'One alternative in short, as index.json lists it.' },
      ...prefixed('alternatives[].', summary),
    },
  },
  'summaries.schema.json': {
    schema: summariesSchema,
    fields: {
      '': {
        $id: 'urn:sparkpulse:contract:1:summaries',
        title: 'Sparkpulse endpoint: summaries/{shard}.json',
        description: `Every product whose slug hashes to {shard}, in short: {shard} is the first three hex digits, lower case, of the FNV-1a 32-bit hash of the slug as UTF-8, so there are ${SHARD_COUNT.toLocaleString('en')} shards, 000 to fff, and every one is written, empty or not. A badge reads its product’s shard instead of index.json. Served at {endpoint}summaries/{shard}.json. ${DERIVED} Fields not described here are ignored.`,
      },
      version: { description: 'The contract’s version: 1.' },
      kind: { description: 'What the document is: "summaries".' },
      language: { ...language, description: `${language.description} The index’s.` },
      ...site('site', 'The index’s site, for the links a badge makes.'),
      shard: { description: 'Which shard this is: three lower-case hex digits, the document’s file name.' },
      products: {
        description: `Every product of the shard, sorted by slug, each as index.json lists it. A bad item is left out; at most ${MAX_SHARD_PRODUCTS.toLocaleString('en')} are read.`,
      },
      'products[]': { description: 'One product in short.' },
      ...prefixed('products[].', summary),
    },
  },
  'activity.schema.json': {
    schema: activityPageSchema,
    fields: {
      '': {
        $id: 'urn:sparkpulse:contract:1:activity',
        title: 'Sparkpulse endpoint: activity/{slug}/{n}.json',
        description: `Page {n} of a product’s activity, newest first, as its product document lists it. Page sizes double: page 1 holds items 0 to ${FIRST_PAGE_ITEMS - 1}, page 2 the next ${FIRST_PAGE_ITEMS * 2}, page 3 the next ${FIRST_PAGE_ITEMS * 4}, and so on (page n starts at item ${FIRST_PAGE_ITEMS}·(2^(n−1)−1)). Every tracked product has a page 1, empty or not. Served at {endpoint}activity/{slug}/{n}.json. ${DERIVED} Fields not described here are ignored.`,
      },
      version: { description: 'The contract’s version: 1.' },
      kind: { description: 'What the document is: "activity".' },
      language: { ...language, description: `${language.description} The product document’s.` },
      slug: summary.slug,
      name: summary.name,
      page: { type: 'integer', description: 'Which page this is, from 1: the {n} of its file name.' },
      pages: { type: 'integer', description: 'How many pages the product’s activity takes, at least 1: the last is activity/{slug}/{pages}.json.' },
      items: {
        description: `The page’s items, newest first. A bad item is left out; at most ${MAX_PAGE_ITEMS.toLocaleString('en')} are read.`,
      },
      'items[]': { description: 'One item of activity.' },
      'items[].date': {
        description: 'When it happened: an ISO 8601 date-time with Z or an offset. An item dated more than a day ahead of the reader’s clock is left out.',
      },
      'items[].title': text('What happened, e.g. a release’s name.', 1_000),
      'items[].url': url('Where to read about it. Without it, the title shows as text.'),
      'items[].spark': { default: false, description: 'True for an editorial spark, shown as ⚡. Optional; false when left out.' },
    },
  },
  'search.schema.json': {
    schema: searchSchema,
    fields: {
      '': {
        $id: 'urn:sparkpulse:contract:1:search',
        title: 'Sparkpulse endpoint: search.json and search/{prefix}.json',
        description: `The embed builder’s product search, which never reads index.json. A word is a run of letters and digits in a product’s name, slug or sector, with compatibility forms folded (NFKD), accents (U+0300 to U+036F) taken off, in lower case. search/{prefix}.json lists the products that have a word starting with {prefix}, fastest first: all of them when there are at most ${SEARCH_LISTED}, else the ${SEARCH_LISTED} fastest, and then each character that continues {prefix} has a document of its own, up to prefixes of ${MAX_PREFIX} characters. search.json is the empty prefix: every product, or the ${SEARCH_LISTED} fastest, with the site; it is always written, so an endpoint without it is the full form. In a file name, a character other than a to z and 0 to 9 is written as "_", its code point in lower-case hex, "_" (δ is _3b4_). Served at {endpoint}search.json and {endpoint}search/{prefix}.json. ${DERIVED} Fields not described here are ignored.`,
      },
      version: { description: 'The contract’s version: 1.' },
      kind: { description: 'What the document is: "search".' },
      language: { ...language, description: `${language.description} The index’s.` },
      ...site('site', 'search.json only: the index’s site, for the links in the embed builder’s snippets.'),
      prefix: {
        // What JSON Schema can say of a word: letters, marks and digits, no ASCII capital (the description says the rest).
        pattern: '^(?![^A-Z]*[A-Z])[\\p{L}\\p{M}\\p{N}]*$',
        maxLength: MAX_PREFIX * 2,
        description: `The start of a word that every product listed has, as in the file name but written as itself: one word of at most ${MAX_PREFIX} characters, in lower case, without accents; "" in search.json.`
      },
      matches: { type: 'integer', description: 'How many products have a word starting with the prefix; in search.json, how many products the endpoint has.' },
      next: {
        description: `When the document lists fewer products than it matches: every character that continues the prefix in a document of its own, in code-unit order. Left out when no longer prefix has a document: when it lists them all, or when no word continues the prefix or it has ${MAX_PREFIX} characters (then it lists the ${SEARCH_LISTED} fastest, and a longer word is looked up in it). At most ${MAX_NEXT.toLocaleString('en')} are read.`,
      },
      'next[]': { description: 'One character, e.g. "k": search/{prefix}k.json is its document.' },
      products: {
        description: `The products with a word starting with the prefix, fastest first (equal velocities by slug, in code-unit order): all of them, or the ${SEARCH_LISTED} fastest. A bad item is left out; at most ${MAX_SEARCH_PRODUCTS.toLocaleString('en')} are read.`,
      },
      'products[]': { description: 'One product, as index.json lists it, without sparks30d.' },
      'products[].slug': summary.slug,
      'products[].name': summary.name,
      'products[].sector': summary.sector,
      'products[].velocity': summary.velocity,
    },
  },
} satisfies Record<string, { schema: $ZodType; fields: Record<string, Meta> }>;

function prefixed(prefix: string, fields: Record<string, Meta>): Record<string, Meta> {
  return Object.fromEntries(Object.entries(fields).map(([path, meta]) => [prefix + path, meta]));
}

/** A schema's definition, through zod's public `def`: the parts json-schema.ts walks. */
interface Def {
  type: string;
  innerType?: $ZodType;
  in?: $ZodType;
  out?: $ZodType;
  shape?: Record<string, $ZodType>;
  element?: $ZodType;
}

const defOf = (schema: $ZodType): Def => (schema as unknown as { def: Def }).def;

/**
 * The schema a field's value is read with, inside the wrappers around it
 * (fallback, optional, default, and a transform piped in front, as lists and
 * their items have: fields.ts).
 */
function inner(schema: $ZodType): $ZodType {
  const def = defOf(schema);
  if (def.innerType && ['catch', 'optional', 'default'].includes(def.type)) return inner(def.innerType);
  if (def.type === 'pipe' && def.in && def.out && defOf(def.in).type === 'transform') return inner(def.out);
  return schema;
}

/** The schema at `path` in `schema`, e.g. `activity[].title`; throws when the contract has no such field. */
function at(schema: $ZodType, path: string): $ZodType {
  let here = schema;
  for (const step of path.match(/[^.[\]]+|\[\]/g) ?? []) {
    const def = defOf(inner(here));
    const next = step === '[]' ? def.element : def.shape?.[step];
    if (!next) throw new Error(`json-schema.ts describes ${path}, which the contract does not have`);
    here = next;
  }
  return here;
}

/** The JSON Schema of each document, by file name: its input side, as a producer writes it. */
export function jsonSchemas(): Record<keyof typeof documents, JSONSchema.BaseSchema> {
  const metadata = registry<Meta>();
  const describe = (schema: $ZodType, meta: Meta) => metadata.add(schema, { ...metadata.get(schema), ...meta });
  for (const [schema, meta] of kinds) describe(schema, meta);
  const out = {} as Record<keyof typeof documents, JSONSchema.BaseSchema>;
  for (const [file, { schema, fields }] of Object.entries(documents) as [keyof typeof documents, (typeof documents)[keyof typeof documents]][]) {
    for (const [path, meta] of Object.entries(fields)) describe(at(schema, path), meta);
    const json = toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', metadata }) as JSONSchema.ObjectSchema;
    json.properties = {
      $schema: { type: 'string', description: 'Where this schema is, for editors; ignored by the widgets.' },
      ...json.properties,
    };
    out[file] = json;
  }
  return out;
}
