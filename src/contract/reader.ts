import { config, util, type $ZodIssue, type $ZodType, type output, type ParsePayload } from 'zod/v4/core';

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

/**
 * `value` read with `schema`: the value, or the first issue, with its message.
 * Run the way zod's own containers run their parts: safeParse would build a
 * ZodError with every issue, and every page would download its class.
 */
function run<S extends $ZodType>(schema: S, value: unknown): { value: output<S> } | { issue: $ZodIssue } {
  // Synchronous: { async: false } makes an async part throw instead.
  const result = schema._zod.run({ value, issues: [] }, { async: false }) as ParsePayload<output<S>>;
  const [issue] = result.issues;
  return issue ? { issue: util.finalizeIssue(issue, {}, config()) } : { value: result.value };
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

/**
 * Reads one list item, e.g. `activity[3]`, with `schema`, onto the end of
 * `into`; or leaves it out. Its fields' warnings are named from `at`; when it
 * is left out, they go with it, and one warning says why instead.
 */
export function readItem<S extends $ZodType>(at: string, schema: S, value: unknown, into: output<S>[]): void {
  const outer = reading;
  const scope = outer?.scope ?? '';
  const item = within(scope, at);
  const kept = outer?.reader.warnings.length ?? 0;
  if (outer) outer.scope = item;
  try {
    const result = run(schema, value);
    if ('value' in result) into.push(result.value);
    else if (outer) {
      outer.reader.warnings.length = kept;
      outer.reader.warn(within(item, pathOf(result.issue.path)), `${result.issue.message}; ${item} is left out`);
    }
  } finally {
    if (outer) outer.scope = scope;
  }
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
      const result = run(schema, json);
      if ('value' in result) return result.value;
      throw new ContractError(this.document, pathOf(result.issue.path) || '(document)', result.issue.message);
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
