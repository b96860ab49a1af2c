// The pieces both documents are built of: the kinds of value the contract
// knows, the tolerant list, and the fallback that keeps a document readable
// when an optional field is bad.
//
// Made of zod's core classes, constructed directly: zod/mini's wrappers add
// methods these schemas never use (check, clone, parse, and through parse
// the ZodError class), and every page with a widget would download them. The
// same schemas written with zod/mini made the script-tag build 1,329 B
// (gzip) larger for every element, a badge alone included.
import {
  $constructor,
  $ZodBoolean,
  $ZodCatch,
  $ZodCheck,
  $ZodCheckGreaterThan,
  $ZodCheckLessThan,
  $ZodCheckMaxLength,
  $ZodCheckRegex,
  $ZodDefault,
  $ZodLiteral,
  $ZodNumber,
  $ZodObject,
  $ZodOptional,
  $ZodString,
  $ZodType,
  config,
  type $strip,
  type $ZodArray,
  type $ZodArrayDef,
  type $ZodLooseShape,
  type output,
} from 'zod/v4/core';
import { readItem, warn } from './reader.js';
import { canonicalLanguage, cutGraphemes, isBlank, isUrlTemplate, MAX_SLUG, safeUrl, SLUG_PATTERN } from './rules.js';

// No zod schema may compile code with `new Function`: a strict CSP refuses it.
// These core classes never do (zod's classic objects do, and decide when they
// are made), so this keeps any schema made later from trying. zod keeps the
// setting on globalThis, shared with any zod the host page runs.
config({ jitless: true });

/** How names are capped: product, sector, site and theme names. */
export const NAME = 200;

/** A check run by `check`, which adds an issue to the payload when the value is bad. */
function custom<T>(check: $ZodCheck<T>['_zod']['check']): $ZodCheck<T> {
  const made = new $ZodCheck({ check: 'custom' }) as $ZodCheck<T>;
  made._zod.check = check;
  return made;
}

/** A check that `test` holds; the problem is the schema's own message. */
export function holds<T>(test: (value: T) => boolean): $ZodCheck<T> {
  return custom<T>((payload) => {
    if (!test(payload.value)) payload.issues.push({ code: 'custom', input: payload.value });
  });
}

/** A string, saying `problem` when it is not one or fails one of `checks`. */
export function string(problem: string, ...checks: $ZodCheck<string>[]): $ZodString<string> {
  return new $ZodString({ type: 'string', checks, error: () => problem }) as $ZodString<string>;
}

/** A number, saying `problem` when it is not one or fails one of `checks`. */
function number(problem: string, ...checks: $ZodCheck<number>[]): $ZodNumber<number> {
  return new $ZodNumber({ type: 'number', checks, error: () => problem }) as $ZodNumber<number>;
}

/**
 * A check that puts `change(value)` in place of the value, or fails when that
 * is undefined. This is how zod 4 normalises a value of the same type (its
 * trim and toLowerCase are such checks): no transform, so a schema's input
 * and output are the same, and JSON Schema can describe it.
 */
export function becomes<T>(change: (value: T) => T | undefined): $ZodCheck<T> {
  return custom<T>((payload) => {
    const value = change(payload.value);
    if (value === undefined) payload.issues.push({ code: 'custom', input: payload.value });
    else payload.value = value;
  });
}

/**
 * A kind of value, made for the field at `key`, relative to the list item or
 * document it is in: a text that is cut warns at its own path.
 */
export type Kind<S extends $ZodType> = (key: string) => S;

/** Non-blank text (see isBlank), cut to `max` UTF-16 code units on whole graphemes, with a warning. */
export const text =
  (max: number): Kind<$ZodString<string>> =>
  (key) =>
    string(
      'expected text',
      holds((value) => !isBlank(value)),
      becomes((value) => {
        if (value.length <= max) return value;
        warn(key, `over ${max} characters; cut`);
        return cutGraphemes(value, max);
      }),
    );

export const name = text(NAME);

/** Lower-case letters, digits and single dashes, at most 100 characters. */
export const slug = string(
  'expected a slug',
  new $ZodCheckMaxLength({ check: 'max_length', maximum: MAX_SLUG }),
  new $ZodCheckRegex({ check: 'string_format', format: 'regex', pattern: SLUG_PATTERN }),
);

/** A check that a number is from `min` to `max`. */
const range = (min: number, max: number): $ZodCheck<number>[] => [
  new $ZodCheckGreaterThan({ check: 'greater_than', value: min, inclusive: true }),
  new $ZodCheckLessThan({ check: 'less_than', value: max, inclusive: true }),
];

export const velocity = number('expected a number from 0 to 10', ...range(0, 10));

/** A whole number; JSON Schema says "integer" (see json-schema.ts). */
export const count = number('expected a whole number from 0 to 1000000000', ...range(0, 1e9), holds(Number.isInteger));

export const boolean = new $ZodBoolean({ type: 'boolean', error: () => 'expected true or false' });

const URL_PROBLEM = 'expected an absolute http(s) URL without credentials';

/** A safe absolute URL (see safeUrl), given back as its normalised href. */
export const link = string(URL_PROBLEM, becomes(safeUrl));

/** A URL template with `{name}` placeholders, kept as written (see isUrlTemplate). */
export const urlTemplate = string(URL_PROBLEM, holds(isUrlTemplate));

export const version = new $ZodLiteral({ type: 'literal', values: [1], error: () => 'expected version 1' }) as $ZodLiteral<1>;

/** What a derived document of the published form is: its `kind` field, which must say exactly `value`. */
export function kind<K extends string>(value: K): $ZodLiteral<K> {
  return new $ZodLiteral({ type: 'literal', values: [value], error: () => `expected "${value}"` }) as $ZodLiteral<K>;
}

/** A page number or a count of pages: a whole number from 1 (json-schema.ts says "integer" where it is used). */
export const pageNumber = () => number('expected a whole number from 1 to 1000000000', ...range(1, 1e9), holds(Number.isInteger));

/** The shape of a BCP 47 tag, for JSON Schema; canonicalLanguage has the last word. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z\d]{1,8})*$/;

/** The language of a document's texts, in its canonical form (see canonicalLanguage). */
export const language = string(
  'expected a BCP 47 language tag, such as "en" or "pt-BR"',
  new $ZodCheckRegex({ check: 'string_format', format: 'regex', pattern: LANGUAGE_TAG }),
  becomes(canonicalLanguage),
);

/** `schema`, or nothing when the field is left out, with no warning. */
export function optional<S extends $ZodType>(schema: S): $ZodOptional<S> {
  return new $ZodOptional({ type: 'optional', innerType: schema }) as $ZodOptional<S>;
}

/** `schema`, or `value` when the field is left out, with no warning. */
export function withDefault<S extends $ZodType>(schema: S, value: output<S>): $ZodDefault<S> {
  return new $ZodDefault({ type: 'default', innerType: schema, defaultValue: value }) as $ZodDefault<S>;
}

/**
 * `kind` at `key`, or `fallback` when its value is bad, with a warning
 * naming the path. A missing value falls back too, with "(missing)": wrap the
 * kind in optional or withDefault where a document may leave it out.
 */
export function orElse<S extends $ZodType>(key: string, kind: S | Kind<S>, fallback: output<S>): $ZodCatch<S>;
/** As above, falling back to nothing: the field is typed optional. */
export function orElse<S extends $ZodType>(key: string, kind: S | Kind<S>): $ZodCatch<$ZodOptional<S>>;
export function orElse<S extends $ZodType>(key: string, kind: S | Kind<S>, fallback?: output<S>) {
  return new $ZodCatch({
    type: 'catch',
    innerType: typeof kind === 'function' ? kind(key) : kind,
    catchValue(context) {
      // toJSONSchema asks with no context, for a default to write. A fallback
      // is how a reader recovers, not a value a producer may leave out.
      if (!context) return undefined;
      warn(key, `${context.error.issues[0].message}${context.input === undefined ? ' (missing)' : ''}`);
      return structuredClone(fallback);
    },
  });
}

interface ListDef extends $ZodArrayDef {
  /** Items read; the rest are ignored, with one warning. Infinity reads them all. */
  max: number;
  /** Where the list is, for warnings. */
  key: string;
}

/**
 * A zod array, so JSON Schema sees one, that leaves a bad item out with a
 * warning instead of failing whole, and reads at most `max` items.
 */
const $ZodList = $constructor<$ZodArray, ListDef>('$SparkpulseList', (inst, def) => {
  // $ZodType, not $ZodArray: the list parses its items itself, and
  // toJSONSchema needs only its def (type "array", element).
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => {
    const items = payload.value;
    if (!Array.isArray(items)) {
      payload.issues.push({ code: 'invalid_type', expected: 'array', input: items, inst });
      return payload;
    }
    if (items.length > def.max) warn(def.key, `has ${items.length} items; only the first ${def.max} are read`);
    const read: unknown[] = [];
    for (let i = 0; i < Math.min(items.length, def.max); i++) readItem(`${def.key}[${i}]`, def.element, items[i], read);
    payload.value = read;
    return payload;
  };
});

export function list<S extends $ZodType>(element: S, max: number, key: string): $ZodArray<S> {
  return new $ZodList({ type: 'array', element, max, key, error: () => 'expected a list' }) as $ZodArray<S>;
}

/** An object whose unknown fields are ignored, so the contract can grow. */
export function object<S extends $ZodLooseShape>(shape: S): $ZodObject<S, $strip> {
  return new $ZodObject({ type: 'object', shape, error: () => 'expected an object' }) as $ZodObject<S, $strip>;
}
