import { safeParse } from 'zod/mini';
import type { $ZodIssue, $ZodType, output } from 'zod/v4/core';

/** Thrown when a document does not match the endpoint contract where it matters. */
export class ContractError extends Error {
  override name = 'ContractError';
  constructor(
    readonly document: string,
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${document} does not match the contract at ${path}: ${problem}`);
  }
}

/** `['activity', 3, 'title']` → `activity[3].title`. */
export function pathOf(segments: readonly PropertyKey[]): string {
  return segments.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

/** `key` within `scope`: `activity[3]` and `url` → `activity[3].url`. */
function within(scope: string, key: string): string {
  return scope && key && !key.startsWith('[') ? `${scope}.${key}` : scope + key;
}

/**
 * The read in progress. Schemas are parsed synchronously, so the fallbacks,
 * cuts and lists inside them reach their reader here rather than through
 * zod, whose issues are failures only.
 */
let reading: { reader: Reader; scope: string } | undefined;

/** Warns the reader in progress about the field at `key`, relative to the list item being read. */
export function warn(key: string, problem: string): void {
  reading?.reader.warn(within(reading.scope, key), problem);
}

/** The scope being read, e.g. `activity[3]`: where a list starts. */
export function currentScope(): string {
  return reading?.scope ?? '';
}

/**
 * Reads on at `key` within `scope`, e.g. a list's item `activity[3]`; gives
 * how many warnings came before, for leaveOut.
 */
export function enterScope(scope: string, key: string): number {
  if (reading) reading.scope = within(scope, key);
  return reading?.reader.warnings.length ?? 0;
}

/**
 * Leaves the item being read out, for `issue`: its fields' warnings, those
 * after the first `kept`, go with it, and one warning says why instead.
 */
export function leaveOut(kept: number, issue: $ZodIssue): void {
  if (!reading) return;
  const { reader, scope } = reading;
  reader.warnings.length = kept;
  reader.warn(within(scope, pathOf(issue.path)), `${issue.message}; ${scope} is left out`);
}

/**
 * Reads untrusted JSON with a document's schema. A bad optional value falls
 * back with a warning; a bad list item is left out with a warning; a bad
 * core value refuses the whole document. Warnings name the field path.
 */
export class Reader {
  readonly warnings: string[] = [];

  constructor(readonly document: string) {}

  warn(path: string, problem: string): void {
    this.warnings.push(`${this.document} ${path}: ${problem}`);
  }

  /** `json` read with `schema`, or a ContractError naming the first broken core field. */
  parse<S extends $ZodType>(schema: S, json: unknown): output<S> {
    const outer = reading;
    reading = { reader: this, scope: '' };
    try {
      // Synchronous: safeParse throws when a part of the schema is async.
      const result = safeParse(schema, json);
      if (result.success) return result.data;
      const [issue] = result.error.issues;
      throw new ContractError(this.document, pathOf(issue.path) || '(document)', issue.message);
    } finally {
      reading = outer;
    }
  }

  /** Reads a whole document with `read`, e.g. readIndex: its value and warnings, or a ContractError. */
  static read<T>(document: string, json: unknown, read: (r: Reader, json: unknown) => T): [T, string[]] {
    const reader = new Reader(document);
    return [read(reader, json), reader.warnings];
  }
}
