// The pieces both documents are built of: the kinds of value the contract
// knows, the tolerant list, and the fallback that keeps a document readable
// when an optional field is bad.
//
// Made with zod/mini's public functions only: schemas, checks (check,
// overwrite), transforms and pipes. Reaching into zod's internals would save
// a few hundred bytes and tie the package to one zod release; public calls
// let an app's own zod 4 serve both.
import {
  _default,
  array,
  boolean as zodBoolean,
  catch as fallBack,
  check,
  config,
  gte,
  literal,
  lte,
  maxLength,
  number as zodNumber,
  object as zodObject,
  optional as zodOptional,
  overwrite,
  pipe,
  regex,
  string as zodString,
  transform,
  type output,
  type ZodMiniArray,
  type ZodMiniCatch,
  type ZodMiniDefault,
  type ZodMiniLiteral,
  type ZodMiniNumber,
  type ZodMiniObject,
  type ZodMiniOptional,
  type ZodMiniString,
  type ZodMiniType,
} from 'zod/mini';
import type { $strip, $ZodCheck, $ZodLooseShape } from 'zod/v4/core';
import { currentScope, enterScope, leaveOut, warn } from './reader.js';
import { canonicalLanguage, cutGraphemes, isBlank, isUrlTemplate, MAX_SLUG, safeUrl, SLUG_PATTERN } from './rules.js';

/** Any schema of the contract. */
export type Schema = ZodMiniType;

// No zod schema may compile code with `new Function`: a strict CSP refuses it.
// zod/mini's objects never do, but an app's zod may make classic objects on
// the same page: this keeps them from trying. zod keeps the setting on
// globalThis, shared with any zod the host page runs.
config({ jitless: true });

/** How names are capped: product, sector, site and theme names. */
export const NAME = 200;

/** A check that `test` holds; the problem is the schema's own message. */
export function holds<T>(test: (value: T) => boolean): $ZodCheck<T> {
  return check<T>((payload) => {
    if (!test(payload.value)) payload.issues.push({ code: 'custom', input: payload.value });
  });
}

/** A string, saying `problem` when it is not one or fails one of `checks`. */
export function string(problem: string, ...checks: $ZodCheck<string>[]): ZodMiniString<string> {
  return zodString({ error: () => problem }).check(...checks);
}

/** A number, saying `problem` when it is not one or fails one of `checks`. */
function number(problem: string, ...checks: $ZodCheck<number>[]): ZodMiniNumber<number> {
  return zodNumber({ error: () => problem }).check(...checks);
}

/**
 * A check that puts `change(value)` in place of the value, or fails when that
 * is undefined. This is how zod 4 normalises a value of the same type (its
 * trim and toLowerCase are such checks, made with overwrite): no transform,
 * so a schema's input and output are the same, and JSON Schema can describe it.
 */
export function becomes<T>(change: (value: T) => T | undefined): $ZodCheck<T> {
  return check<T>((payload) => {
    const value = change(payload.value);
    if (value === undefined) payload.issues.push({ code: 'custom', input: payload.value });
    else payload.value = value;
  });
}

/**
 * A kind of value, made for the field at `key`, relative to the list item or
 * document it is in: a text that is cut warns at its own path.
 */
export type Kind<S extends Schema> = (key: string) => S;

/** Non-blank text (see isBlank), cut to `max` UTF-16 code units on whole graphemes, with a warning. */
export const text =
  (max: number): Kind<ZodMiniString<string>> =>
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
  maxLength(MAX_SLUG),
  regex(SLUG_PATTERN),
);

/** A check that a number is from `min` to `max`. */
const range = (min: number, max: number): $ZodCheck<number>[] => [gte(min), lte(max)];

export const velocity = number('expected a number from 0 to 10', ...range(0, 10));

/** A whole number; JSON Schema says "integer" (see json-schema.ts). */
export const count = number('expected a whole number from 0 to 1000000000', ...range(0, 1e9), holds(Number.isInteger));

export const boolean = zodBoolean({ error: () => 'expected true or false' });

const URL_PROBLEM = 'expected an absolute http(s) URL without credentials';

/** A safe absolute URL (see safeUrl), given back as its normalised href. */
export const link = string(URL_PROBLEM, becomes(safeUrl));

/** A URL template with `{name}` placeholders, kept as written (see isUrlTemplate). */
export const urlTemplate = string(URL_PROBLEM, holds(isUrlTemplate));

export const version = literal(1, { error: () => 'expected version 1' });

/** What a derived document of the published form is: its `kind` field, which must say exactly `value`. */
export function kind<K extends string>(value: K): ZodMiniLiteral<K> {
  return literal(value, { error: () => `expected "${value}"` });
}

/** A page number or a count of pages: a whole number from 1 (json-schema.ts says "integer" where it is used). */
export const pageNumber = () => number('expected a whole number from 1 to 1000000000', ...range(1, 1e9), holds(Number.isInteger));

/** The shape of a BCP 47 tag, for JSON Schema; canonicalLanguage has the last word. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z\d]{1,8})*$/;

/** The language of a document's texts, in its canonical form (see canonicalLanguage). */
export const language = string(
  'expected a BCP 47 language tag, such as "en" or "pt-BR"',
  regex(LANGUAGE_TAG),
  becomes(canonicalLanguage),
);

/** `schema`, or nothing when the field is left out, with no warning. */
export function optional<S extends Schema>(schema: S): ZodMiniOptional<S> {
  return zodOptional(schema);
}

/** `schema`, or `value` when the field is left out, with no warning. */
export function withDefault<S extends Schema>(schema: S, value: output<S>): ZodMiniDefault<S> {
  return _default(schema, value as never);
}

/**
 * `kind` at `key`, or `fallback` when its value is bad, with a warning
 * naming the path. A missing value falls back too, with "(missing)": wrap the
 * kind in optional or withDefault where a document may leave it out.
 */
export function orElse<S extends Schema>(key: string, kind: S | Kind<S>, fallback: output<S>): ZodMiniCatch<S>;
/** As above, falling back to nothing: the field is typed optional. */
export function orElse<S extends Schema>(key: string, kind: S | Kind<S>): ZodMiniCatch<ZodMiniOptional<S>>;
export function orElse<S extends Schema>(key: string, kind: S | Kind<S>, fallback?: output<S>) {
  return fallBack(typeof kind === 'function' ? kind(key) : kind, (context) => {
    // toJSONSchema asks with no context, for a default to write. A fallback
    // is how a reader recovers, not a value a producer may leave out.
    if (!context) return undefined as never;
    warn(key, `${context.error.issues[0].message}${context.input === undefined ? ' (missing)' : ''}`);
    return structuredClone(fallback) as never;
  });
}

/** What a list gives for an item it leaves out, before it drops them. */
const LEFT_OUT = Symbol('left out');

/**
 * A zod array, so JSON Schema sees one, that leaves a bad item out with a
 * warning instead of failing whole, and reads at most `max` items. Each item
 * is read in its own scope (`key[3]`), so its fields' warnings name it; when
 * it is left out, they go with it, and one warning says why instead.
 *
 * zod reads an array's items in order, synchronously: the transform before
 * each item counts it, and the catch after it leaves it out.
 */
export function list<S extends Schema>(element: S, max: number, key: string): ZodMiniArray<S> {
  // The list being read: its scope, the next item's index, and how many warnings came before the item.
  let scope = '';
  let index = 0;
  let kept = 0;
  const item = pipe(
    transform((value: unknown) => {
      kept = enterScope(scope, `${key}[${index++}]`);
      return value;
    }),
    fallBack(element, (context) => {
      // toJSONSchema asks with no context, as for orElse.
      if (context) leaveOut(kept, context.error.issues[0]);
      return LEFT_OUT as never;
    }),
  );
  const items = array(item, { error: () => 'expected a list' }).check(
    overwrite((read) => {
      enterScope(scope, '');
      return read.filter((value) => value !== LEFT_OUT);
    }),
  );
  const first = transform((value: unknown) => {
    if (!Array.isArray(value)) return value;
    scope = currentScope();
    index = 0;
    if (value.length <= max) return value;
    warn(key, `has ${value.length} items; only the first ${max} are read`);
    return value.slice(0, max);
  });
  // The pipe's input is its transform, so JSON Schema describes the array.
  return pipe(first, items) as unknown as ZodMiniArray<S>;
}

/** An object whose unknown fields are ignored, so the contract can grow. */
export function object<S extends $ZodLooseShape>(shape: S): ZodMiniObject<S, $strip> {
  return zodObject(shape, { error: () => 'expected an object' }) as ZodMiniObject<S, $strip>;
}
