import type * as z from 'zod/mini';
import { IndexSchema, ProductSchema, type Index, type Product } from '../contract/schema.js';
import { ContractError, parseDocument } from '../contract/validate.js';
import { indexUrl, isSlug, productUrl } from './endpoint.js';
import { FetchError } from './errors.js';

/** Marks a document the endpoint does not have (HTTP 404). */
export const NOT_FOUND = null;

export interface ClientOptions {
  /** Milliseconds before a request gives up, body included. */
  timeout: number;
}

/**
 * Fetches, validates and remembers endpoint documents. Each URL is requested
 * at most once per page load; a failed request is forgotten so Retry can try
 * again. Callers pass their own AbortSignal to stop waiting without cancelling
 * the request for others.
 */
export class DataClient {
  readonly options: ClientOptions;
  private readonly documents = new Map<string, Promise<unknown>>();
  private readonly primed = new Map<string, Promise<unknown>>();

  constructor(options: Partial<ClientOptions> = {}) {
    this.options = { timeout: 10_000, ...options };
  }

  /** `{endpoint}index.json`. A missing index is an error, not an empty state. */
  async index(endpoint: string, signal?: AbortSignal): Promise<Index> {
    const url = indexUrl(endpoint);
    const index = await this.load(url, 'index.json', IndexSchema, signal);
    if (index === NOT_FOUND) throw new FetchError('http', url, `No index at ${url} (404)`, 404);
    return index;
  }

  /** `{endpoint}products/{slug}.json`, or NOT_FOUND when it is not tracked. */
  async product(endpoint: string, slug: string, signal?: AbortSignal): Promise<Product | null> {
    if (!isSlug(slug)) return NOT_FOUND;
    return this.load(productUrl(endpoint, slug), `products/${slug}.json`, ProductSchema, signal);
  }

  /**
   * Answers `url` with `body` instead of the network: the parsed JSON of the
   * document, or a promise of it. It is still validated. Useful to embed data
   * in the page, and for stories and tests (a promise that never settles
   * shows the loading state).
   */
  prime(url: string, body: unknown): void {
    this.primed.set(url, Promise.resolve(body));
    this.documents.delete(url);
  }

  /** Forgets every document and priming, so the next request goes to the network. */
  clear(): void {
    this.documents.clear();
    this.primed.clear();
  }

  private load<T>(
    url: string,
    name: string,
    schema: z.ZodMiniType<T>,
    signal?: AbortSignal,
  ): Promise<T | null> {
    let pending = this.documents.get(url) as Promise<T | null> | undefined;
    if (!pending) {
      pending = this.request(url, name, schema);
      this.documents.set(url, pending);
      pending.catch(() => this.documents.delete(url));
    }
    return untilAborted(pending, signal);
  }

  private async request<T>(url: string, name: string, schema: z.ZodMiniType<T>): Promise<T | null> {
    const seconds = this.options.timeout / 1000;
    try {
      const primed = this.primed.get(url);
      if (primed) return parseDocument(schema, await primed, name);
      const response = await fetch(url, {
        credentials: 'omit',
        signal: AbortSignal.timeout(this.options.timeout),
      });
      if (response.status === 404) return NOT_FOUND;
      if (!response.ok) {
        throw new FetchError('http', url, `${url} answered HTTP ${response.status}`, response.status);
      }
      const body = await response.text();
      return parseDocument(schema, parseJson(body, url), name);
    } catch (error) {
      throw asLoadError(error, url, seconds);
    }
  }
}

function parseJson(body: string, url: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    const what = body.trim() === '' ? 'an empty body' : body.trimStart().startsWith('<') ? 'HTML' : 'invalid JSON';
    throw new FetchError('not-json', url, `${url} sent ${what} instead of JSON`);
  }
}

/** Any failure as a FetchError or ContractError, the latter warned about once here. */
function asLoadError(error: unknown, url: string, seconds: number): Error {
  if (error instanceof FetchError) return error;
  if (error instanceof ContractError) {
    console.warn(`[sparkpulse] ${error.message}`);
    return error;
  }
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new FetchError('timeout', url, `${url} did not answer within ${seconds} s`);
  }
  return new FetchError('network', url, `${url} could not be reached`);
}

/** Resolves with `promise`, or rejects as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

let shared: DataClient | undefined;

/** The one client every widget on the page uses. */
export function sharedClient(): DataClient {
  return (shared ??= new DataClient());
}
