import { ContractError, Reader } from '../contract/reader.js';
import { pageSetting } from './endpoint.js';
import { FetchError } from './errors.js';
import { fetchText, parseJson } from './fetch-text.js';
import { retryDelay, sleep, type RetryOptions } from './retry.js';
import { pageShared } from '../page/shared.js';

/** The persistent cache's code, fetched only on pages that opt in. */
const persistence = () => import('./persist.js');

/** Marks a document the endpoint does not have (HTTP 404). */
export const NOT_FOUND = null;

/** The page-level switch for the persistent cache. Off unless the page opts in. */
export const CACHE_META = 'sparkpulse:cache';

/** True when the page asked for the persistent cache with `<meta name="sparkpulse:cache" content="session">`. */
function pageWantsSessionCache(): boolean {
  return pageSetting(CACHE_META) === 'session';
}

/** Most warnings printed for one document; the rest are counted. */
const MAX_WARNINGS = 20;

export interface ClientOptions extends RetryOptions {
  /** Milliseconds before one try gives up, body included. Timeouts are not retried. */
  timeout: number;
  /**
   * `session` keeps each good document in sessionStorage, shows it at once on
   * the next page of the visit, and refreshes it in the background. Off
   * (`none`) unless the page has `<meta name="sparkpulse:cache" content="session">`.
   */
  cache: 'none' | 'session';
  /**
   * How a document is fetched: the browser's `fetch` unless given, e.g. by
   * the server renderer, which reads an endpoint folder.
   */
  fetch?: typeof fetch;
}

/** Reads one kind of document from its JSON, e.g. `readIndex`. */
export type ReadDocument<T> = (reader: Reader, json: unknown) => T;

/** One document on its way or in memory, and how many callers wait for it. */
interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

/**
 * Fetches, reads and remembers endpoint documents. Each URL is requested at
 * most once per page load; a failed request is forgotten so Retry can try
 * again. Callers pass their own AbortSignal to stop waiting; the request
 * itself is aborted only when no caller waits for it any more.
 */
export class DataClient {
  readonly options: ClientOptions;
  #entries = new Map<string, Entry>();
  #primed = new Map<string, Promise<unknown>>();
  #listeners = new Set<(url: string) => void>();

  constructor(options: Partial<ClientOptions> = {}) {
    this.options = {
      timeout: 10_000,
      tries: 3,
      backoff: 500,
      budget: 20_000,
      cache: pageWantsSessionCache() ? 'session' : 'none',
      ...options,
    };
    // Back online, whatever failed may load now: one listener for the page.
    // (There is no window to listen to when the server renders.)
    globalThis.addEventListener?.('online', () => this.#listeners.forEach((listener) => listener('')));
  }

  /**
   * Calls `listener` when documents may have changed: with a document's URL
   * when a background refresh changed it, with '' when the browser came back
   * online. Returns the unsubscribe.
   */
  onUpdate(listener: (url: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Answers `url` with `body` instead of the network: the parsed JSON of the
   * document, or a promise of it. It is still read and checked; `null`
   * answers as a 404 would (NOT_FOUND), so the server renderer can tell the
   * page that a document is not there. Useful to embed data in the page, and
   * for stories and tests (a promise that never settles shows the loading state).
   */
  prime(url: string, body: unknown): void {
    this.#primed.set(url, Promise.resolve(body));
    this.#entries.delete(url);
  }

  /**
   * The document at `url`, read with `read` (`name` is how warnings call it),
   * or NOT_FOUND for a 404. `signal` lets this caller stop waiting.
   */
  get<T>(url: string, name: string, read: ReadDocument<T>, signal?: AbortSignal): Promise<T | null> {
    const entry = this.#entries.get(url) ?? this.#start(url, name, read);
    return this.#wait(entry, url, signal) as Promise<T | null>;
  }

  #start<T>(url: string, name: string, read: ReadDocument<T>): Entry {
    const controller = new AbortController();
    const entry: Entry = { controller, waiters: 0, settled: false, promise: Promise.resolve() };
    entry.promise = this.#restoreOrRequest(url, name, read, controller.signal);
    entry.promise.then(
      () => (entry.settled = true),
      () => {
        entry.settled = true;
        this.forget(url, entry);
      },
    );
    this.#entries.set(url, entry);
    return entry;
  }

  /** The last good copy from the persistent cache, refreshed behind the scenes, else the network's. */
  async #restoreOrRequest<T>(url: string, name: string, read: ReadDocument<T>, signal: AbortSignal) {
    if (this.options.cache === 'session' && !this.#primed.has(url)) {
      const stored = (await persistence()).restore(url, name, read);
      if (stored) {
        void this.#revalidate(url, name, read, stored[1]);
        return stored[0];
      }
    }
    return this.#request(url, name, read, signal);
  }

  /** Forgets `url` (only `entry` of it, if given), so the next request asks the server again. */
  forget(url: string, entry = this.#entries.get(url)): void {
    if (this.#entries.get(url) === entry) this.#entries.delete(url);
  }

  /** The entry's result for one caller, who may stop waiting through `signal`. */
  #wait(entry: Entry, url: string, signal?: AbortSignal): Promise<unknown> {
    if (!signal) {
      entry.waiters = Infinity;
      return entry.promise;
    }
    if (signal.aborted) return Promise.reject(signal.reason);
    entry.waiters++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        reject(signal.reason);
        if (--entry.waiters === 0 && !entry.settled) {
          entry.controller.abort();
          this.forget(url, entry);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  async #request<T>(url: string, name: string, read: ReadDocument<T>, signal: AbortSignal): Promise<T | null> {
    const primed = this.#primed.get(url);
    if (primed) {
      const body = await primed;
      return body === null ? NOT_FOUND : this.#decode(url, name, body, read);
    }
    const started = Date.now();
    for (let tries = 1; ; tries++) {
      try {
        const body = await fetchText(url, AbortSignal.any([signal, AbortSignal.timeout(this.options.timeout)]), this.options.fetch);
        if (body === null) return NOT_FOUND;
        const value = this.#decode(url, name, parseJson(body, url), read);
        if (this.options.cache === 'session') void persistence().then((p) => p.save(url, body));
        return value;
      } catch (caught) {
        if (signal.aborted) throw signal.reason;
        const error = asLoadError(caught, url, this.options.timeout / 1000);
        const delay = retryDelay(error, tries, Date.now() - started, this.options);
        if (delay === undefined) throw error;
        await sleep(delay, signal);
      }
    }
  }

  /** Fetches a document shown from the cache; when it changed, widgets hear of it. */
  async #revalidate<T>(url: string, name: string, read: ReadDocument<T>, stale: string): Promise<void> {
    try {
      await (await persistence()).refresh(url, stale, this.options.timeout, (body) => {
        const value = body === null ? NOT_FOUND : this.#decode(url, name, parseJson(body, url), read);
        this.#entries.set(url, { promise: Promise.resolve(value), controller: new AbortController(), waiters: 0, settled: true });
        for (const listener of this.#listeners) listener(url);
      });
    } catch {
      // The cached copy stays on screen; the next page of the visit tries again.
    }
  }

  /** Reads a document, printing its warnings once, here, rather than on every render. */
  #decode<T>(url: string, name: string, json: unknown, read: ReadDocument<T>): T {
    const [value, warnings] = Reader.read(name, json, read);
    const more = warnings.length - MAX_WARNINGS;
    for (const warning of warnings.slice(0, MAX_WARNINGS)) console.warn(`[sparkpulse] ${warning}`);
    if (more > 0) console.warn(`[sparkpulse] ${name}: ${more} more problems (${url})`);
    return value;
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

/**
 * The one client every widget on the page uses, whichever copy of the library
 * defined it: two script tags, or a script tag beside an npm bundle, share
 * one, so each document is still requested once. Its key names the client's
 * interface version; a copy whose client differs uses another key.
 */
export function sharedClient(): DataClient {
  return pageShared(SHARED_CLIENT_KEY, () => new DataClient());
}

/**
 * Where the page's shared client lives: `globalThis[Symbol.for(SHARED_CLIENT_KEY)]`.
 * v2: a primed `null` is a 404, which a v1 client would read as a broken document.
 */
export const SHARED_CLIENT_KEY = 'sparkpulse.client.v2';
