/// <reference types="node" />
// The `sparkpulse` command: finds the command named first, parses its
// options, and turns every outcome into an exit code and a message, never a
// stack trace. bin/sparkpulse.js calls main(); importing this does nothing.
import { parseArgs } from 'node:util';
import { VERSION } from '../version.js';
import { MissingPeerError } from '../node/peer.js';
import { EXIT, UsageError, type Command, type Io } from './command.js';
import { badgesCommand } from './badges-command.js';
import { buildCommand } from './build-command.js';
import { renderCommand } from './render-command.js';
import { validateCommand } from './validate-command.js';

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  badges: badgesCommand,
  render: renderCommand,
  build: buildCommand,
};

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

function usage(): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.synopsis.length));
  const list = Object.values(COMMANDS).map((c) => `  ${c.synopsis.padEnd(width)}  ${c.summary}`);
  return `Usage: sparkpulse <command> [options]

Commands:
${list.join('\n')}

Options:
  -h, --help   show this help (after a command: that command's)
  --version    print the version (${VERSION})
`;
}

/** Runs the command line `argv` (without `node` and the script) and resolves to the exit code. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) return usageError(io, 'name a command', usage());
  if (name === '-h' || name === '--help' || name === 'help') {
    const about = rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
    io.stdout.write(about ? about.usage : usage());
    return EXIT.ok;
  }
  if (name === '--version') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command ${JSON.stringify(name)}`;
    return usageError(io, what, usage());
  }

  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: { ...command.options, ...HELP }, allowPositionals: true, strict: true });
    } catch (error) {
      if (!String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw error;
      throw new UsageError(optionProblem(error as Error & { code: string }));
    }
    if (parsed.values.help) {
      io.stdout.write(command.usage);
      return EXIT.ok;
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message, command.usage, name);
    if (error instanceof MissingPeerError) {
      io.stderr.write(`sparkpulse ${name}: ${error.message}\n`);
      return EXIT.failed;
    }
    // A bug, not the endpoint's fault: one line; the trace only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`sparkpulse ${name}: unexpected error: ${message}\n`);
    if (process.env.SPARKPULSE_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return EXIT.failed;
  }
}

/** The problem, then the whole usage at the top level, or a command's usage line and where its help is. */
function usageError(io: Io, problem: string, text: string, command?: string): number {
  const rest = command ? `${text.split('\n')[0]}\nRun "sparkpulse ${command} --help" for more.\n` : `\n${text}`;
  io.stderr.write(`sparkpulse${command ? ` ${command}` : ''}: ${problem}\n${rest}`);
  return EXIT.usage;
}

/** parseArgs explains how to pass a value that starts with "-"; a person mistyped an option. */
function optionProblem(error: Error & { code: string }): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${option.split(' ')[0]} ${/argument missing/.test(error.message) ? 'needs a value' : 'takes no value'}`;
    default:
      return error.message;
  }
}
