// Options more than one command takes.
import { UsageError } from './command.js';
import { DEFAULT_TIMEOUT_MS } from '../node/source.js';

const MAX_TIMEOUT_S = 600;

/** `--timeout <seconds>` in milliseconds: how long one request may take, body included. */
export function timeoutOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || seconds <= 0 || seconds > MAX_TIMEOUT_S) {
    throw new UsageError(`--timeout takes a number of seconds above 0, at most ${MAX_TIMEOUT_S}; not ${JSON.stringify(value)}`);
  }
  return seconds * 1000;
}
