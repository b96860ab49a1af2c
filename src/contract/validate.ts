import type * as z from 'zod/mini';

/** Formats a zod issue path the way a reader writes it: `products[2].velocity`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(document)';
}

/** Thrown when a document does not match the endpoint contract. */
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

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_format':
      return `expected ${issue.format}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'invalid_value':
      return `expected ${issue.values.map(String).join(' or ')}`;
    default:
      return issue.code;
  }
}

/** Parses `data` with `schema`, or throws a ContractError naming the first bad field. */
export function parseDocument<T>(schema: z.ZodMiniType<T>, data: unknown, document: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ContractError(document, formatPath(issue.path), describeIssue(issue));
}
