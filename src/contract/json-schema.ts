// The contract as JSON Schema, for producers: made from the zod schemas when
// the package is built (scripts/write-schemas.mjs), never written by hand.
//
// No browser code imports this module. The descriptions below are zod
// metadata, kept in a registry of their own here rather than on the schemas
// themselves, where every page that shows a widget would download them.
import {
  registry,
  toJSONSchema,
  type $ZodObjectDef,
  type $ZodType,
  type JSONSchema,
} from 'zod/v4/core';
import { count, link, NAME, urlTemplate } from './fields.js';
import { indexSchema, MAX_PRODUCTS } from './index-schema.js';
import { dateTime, MAX_ACTIVITY, MAX_THEMES, pastDateTime, productSchema } from './product-schema.js';
import { MAX_URL } from './rules.js';

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
      site: { description: 'The site that publishes the endpoint.' },
      'site.name': text('The site’s name. "Sparkpulse" when missing.', NAME),
      'site.url': url('The site’s home page.'),
      'site.productUrl': template('A product’s page; {slug} stands for its slug.'),
      'site.compareUrl': template('The comparison of two products; {a} and {b} stand for their slugs.'),
      'site.alternativesUrl': template('The alternatives to a product; {slug} stands for its slug. Optional.'),
      products: {
        description: `Every tracked product, in short. A bad item is left out; at most ${MAX_PRODUCTS.toLocaleString('en')} are read.`,
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
    },
  },
} satisfies Record<string, { schema: $ZodType; fields: Record<string, Meta> }>;

function prefixed(prefix: string, fields: Record<string, Meta>): Record<string, Meta> {
  return Object.fromEntries(Object.entries(fields).map(([path, meta]) => [prefix + path, meta]));
}

/** The schema a field's value is read with, inside the wrappers around it (fallback, optional, default). */
function inner(schema: $ZodType): $ZodType {
  const def = schema._zod.def as { type: string; innerType?: $ZodType };
  return def.innerType && ['catch', 'optional', 'default'].includes(def.type) ? inner(def.innerType) : schema;
}

/** The schema at `path` in `schema`, e.g. `activity[].title`; throws when the contract has no such field. */
function at(schema: $ZodType, path: string): $ZodType {
  let here = schema;
  for (const step of path.match(/[^.[\]]+|\[\]/g) ?? []) {
    const def = inner(here)._zod.def as { type: string; shape?: $ZodObjectDef['shape']; element?: $ZodType };
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
