import { FetchError } from './errors.js';

/** Bodies above this are refused before parsing. */
export const MAX_BODY_BYTES = 1_048_576;

/**
 * `Retry-After` as milliseconds: delay-seconds or an HTTP date. Nothing when
 * it asks for no wait at all (0, negative, a past date): a retry at once from
 * every client would hit the server together, so the jittered backoff applies.
 */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return ms > 0 ? ms : undefined;
}

/**
 * One request for `url`: the body as text, `null` for a 404, or a FetchError.
 * Cookies are never sent, and a body over MAX_BODY_BYTES is refused.
 */
export async function fetchText(url: string, signal: AbortSignal, fetcher: typeof fetch = fetch): Promise<string | null> {
  const response = await fetcher(url, { credentials: 'omit', signal });
  if (response.status === 404) return null;
  if (!response.ok) {
    const wait = retryAfterMs(response.headers.get('retry-after'));
    throw new FetchError('http', url, `${url} answered HTTP ${response.status}`, response.status, wait);
  }
  return readCapped(response, () => {
    throw new FetchError('too-large', url, `${url} sent more than ${MAX_BODY_BYTES} bytes`);
  });
}

/**
 * The body as text, counted as it arrives, so a huge or endless one is cut
 * off rather than held in memory: past MAX_BODY_BYTES, what `over` gives
 * instead, with the size its Content-Length declared when it did. The
 * command-line tools read endpoints through it too.
 */
export async function readCapped<T>(response: Response, over: (declared?: number) => T): Promise<string | T> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BODY_BYTES) {
    void response.body?.cancel();
    return over(declared);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      void reader!.cancel();
      return over();
    }
    chunks.push(part.value);
  }
  return new Blob(chunks as BlobPart[]).text();
}

/** The body as JSON, or a FetchError that says what came instead. */
export function parseJson(body: string, url: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    const what = body.trim() === '' ? 'an empty body' : body.trimStart().startsWith('<') ? 'HTML' : 'invalid JSON';
    throw new FetchError('not-json', url, `${url} sent ${what} instead of JSON`);
  }
}
