/** Why a document could not be loaded. */
export type FetchProblem = 'endpoint' | 'timeout' | 'network' | 'http' | 'not-json' | 'too-large';

/** A document that could not be fetched or read; `problem` says which step failed. */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly problem: FetchProblem,
    readonly url: string,
    message: string,
    readonly status?: number,
    /** Milliseconds the server asked us to wait (`Retry-After`), if it did. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** True for the rejection a caller's own AbortSignal causes. */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true && error === signal.reason;
}
