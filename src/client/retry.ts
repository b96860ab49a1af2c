import { FetchError } from './errors.js';

export interface RetryOptions {
  /** Tries per request, the first included. */
  tries: number;
  /** The first retry waits about this long (ms); each later one twice as long. */
  backoff: number;
  /** No retry starts after this many ms from the first try. */
  budget: number;
}

/** Failures the server may get over: 408, 429, 5xx, and no answer at all. */
function isTransient(error: Error): error is FetchError {
  if (!(error instanceof FetchError)) return false;
  if (error.problem === 'network') return true;
  const status = error.status ?? 0;
  return error.problem === 'http' && (status === 408 || status === 429 || status >= 500);
}

/**
 * How long to wait before try number `tries + 1`, or undefined to give up.
 * Timeouts are not retried: a server that did not answer in 10 s is left to
 * the reader's Retry button. Offline, nothing is retried until `online`.
 */
export function retryDelay(error: Error, tries: number, elapsed: number, options: RetryOptions): number | undefined {
  if (!isTransient(error) || tries >= options.tries || navigator.onLine === false) return undefined;
  const jittered = options.backoff * 2 ** (tries - 1) * (0.5 + Math.random());
  const delay = error.retryAfter ?? jittered;
  return elapsed + delay <= options.budget ? delay : undefined;
}

/** Resolves after `ms`, or rejects when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      if (signal.aborted) reject(signal.reason);
      else resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
