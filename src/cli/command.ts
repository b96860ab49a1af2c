// What every `sparkpulse` command is, so main.ts can dispatch to one without
// knowing it, and a new command (badges, render) is one more module.

export interface Stream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Io {
  stdout: Stream;
  stderr: Stream;
}

export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
}

export interface Parsed {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export interface Command {
  /** One line in `sparkpulse --help`: the arguments, then what it does. */
  synopsis: string;
  summary: string;
  /** The command's own help text. */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Resolves to the exit code; throws UsageError when the arguments are wrong. */
  run(parsed: Parsed, io: Io): Promise<number>;
}

/** The command was used wrongly: exit 2, with the command's usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The one endpoint a command was given; `missing` is what to say when it was given none. */
export function oneEndpoint(positionals: readonly string[], missing: string): string {
  if (positionals.length === 0) throw new UsageError(missing);
  if (positionals.length > 1) throw new UsageError(`one endpoint at a time; also given: ${positionals.slice(1).join(' ')}`);
  return positionals[0];
}
