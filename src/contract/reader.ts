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

/** A required value was bad: the item, or the document, cannot be used. */
class Refused {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {}
}

/** How to read one value: what it must be, and how to get it from raw JSON. */
export interface Rule<T> {
  expected: string;
  /** The value, or undefined when it is unusable. May warn (e.g. when cutting). */
  read(value: unknown, path: string, reader: Reader): T | undefined;
}

/**
 * Reads untrusted JSON field by field. A bad optional value falls back with a
 * warning; a bad required value refuses the enclosing list item, or at the
 * top level the whole document. Warnings name the field path.
 */
export class Reader {
  readonly warnings: string[] = [];

  constructor(readonly document: string) {}

  warn(path: string, problem: string): void {
    this.warnings.push(`${this.document} ${path}: ${problem}`);
  }

  /** Falls back when the value is bad; a missing value warns unless `absentOk`. */
  opt<T, F>(rule: Rule<T>, value: unknown, path: string, fallback: F, absentOk = false): T | F {
    if (value === undefined && absentOk) return fallback;
    const read = rule.read(value, path, this);
    if (read !== undefined) return read;
    this.warn(path, `expected ${rule.expected}${value === undefined ? ' (missing)' : ''}`);
    return fallback;
  }

  req<T>(rule: Rule<T>, value: unknown, path: string): T {
    const read = rule.read(value, path, this);
    if (read === undefined) throw new Refused(path, `expected ${rule.expected}`);
    return read;
  }

  /** Reads a whole document with `read`, or throws a ContractError. */
  static read<T>(document: string, json: unknown, read: (r: Reader, json: unknown) => T): [T, string[]] {
    const reader = new Reader(document);
    try {
      return [read(reader, json), reader.warnings];
    } catch (error) {
      if (error instanceof Refused) throw new ContractError(document, error.path || '(document)', error.problem);
      throw error;
    }
  }
}

/** A list whose bad items are left out, each with a warning; at most `max` are read. */
export function list<T>(item: Rule<T>, max: number): Rule<T[]> {
  return {
    expected: 'a list',
    read(value, path, r) {
      if (!Array.isArray(value)) return undefined;
      if (value.length > max) r.warn(path, `has ${value.length} items; only the first ${max} are read`);
      const out: T[] = [];
      for (let i = 0; i < Math.min(value.length, max); i++) {
        const at = `${path}[${i}]`;
        try {
          const read = item.read(value[i], at, r);
          if (read === undefined) r.warn(at, `expected ${item.expected}; the item is left out`);
          else out.push(read);
        } catch (error) {
          if (!(error instanceof Refused)) throw error;
          r.warn(error.path, `${error.problem}; ${at} is left out`);
        }
      }
      return out;
    },
  };
}
