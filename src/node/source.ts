/// <reference types="node" />
// Where an endpoint's documents come from: a folder on disk or an http(s)
// base URL. Either way a document arrives as text or as a finding that says
// why it could not, so the checks never see a file system or network error.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MAX_BODY_BYTES, readCapped } from '../client/fetch-text.js';

/** Why a document could not be had; each is one kind of finding. */
export type SourceProblem = 'missing-document' | 'fetch' | 'too-large';

export type Fetched = { text: string } | { problem: SourceProblem; message: string };

export interface Source {
  /** The endpoint as the user named it, for messages. */
  readonly name: string;
  /** How many documents may be on their way at once. */
  readonly concurrency: number;
  /** Resolves when the endpoint can be read at all; else rejects with an EndpointError. */
  open(): Promise<void>;
  /** One document, named relative to the endpoint: `index.json`, `products/kafka.json`. */
  read(document: string): Promise<Fetched>;
}

/** The endpoint itself cannot be read (a folder that does not exist), or was named wrongly. */
export class EndpointError extends Error {
  override name = 'EndpointError';
  constructor(
    message: string,
    /** True when the argument itself is wrong (exit 2) rather than what it names (exit 1). */
    readonly usage = false,
  ) {
    super(message);
  }
}

/** The widgets' own timeout for one request, body included. */
export const DEFAULT_TIMEOUT_MS = 10_000;

const FOLDER_CONCURRENCY = 16;
// A CDN or a small server should not see a validator as an attack.
const URL_CONCURRENCY = 8;

const bytes = (n: number) => n.toLocaleString('en-US');

/** `size` when it is known before the body is read. */
const tooLarge = (size?: number): Fetched => ({
  problem: 'too-large',
  message: `is ${size ? `${bytes(size)} bytes, ` : ''}over the ${bytes(MAX_BODY_BYTES)}-byte cap: the widgets refuse it`,
});

/** A folder or an http(s) URL, told apart the way a shell user would expect. */
export function openSource(where: string, timeoutMs = DEFAULT_TIMEOUT_MS): Source {
  if (/^https?:\/\//i.test(where)) return urlSource(where, timeoutMs);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(where)) {
    throw new EndpointError(`${where} is neither a folder nor an http(s) URL`, true);
  }
  return folderSource(where);
}

function folderSource(where: string): Source {
  const root = resolve(where);
  return {
    name: where,
    concurrency: FOLDER_CONCURRENCY,
    async open() {
      const info = await stat(root).catch(() => undefined);
      if (!info) throw new EndpointError(`there is no folder at ${where}`);
      if (!info.isDirectory()) throw new EndpointError(`${where} is a file; name the endpoint's folder, which holds index.json`);
    },
    async read(document) {
      const path = resolve(root, document);
      try {
        const info = await stat(path);
        if (!info.isFile()) return { problem: 'missing-document', message: 'is not a file' };
        // Refused before reading, as the widgets refuse a body before parsing.
        if (info.size > MAX_BODY_BYTES) return tooLarge(info.size);
        // TextDecoder drops a byte order mark, as fetch's text() does for the widgets.
        return { text: new TextDecoder().decode(await readFile(path)) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'missing-document', message: 'does not exist' };
        return { problem: 'fetch', message: `could not be read (${code ?? (error as Error).message})` };
      }
    },
  };
}

function urlSource(where: string, timeoutMs: number): Source {
  let base: URL;
  try {
    base = new URL(where);
  } catch {
    throw new EndpointError(`${where} is not a valid URL`, true);
  }
  if (base.username || base.password) throw new EndpointError('the endpoint URL holds a user name or password, which the widgets refuse', true);
  // As the widgets read it: no query or fragment, and always a folder.
  base.search = '';
  base.hash = '';
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return {
    name: where,
    concurrency: URL_CONCURRENCY,
    async open() {},
    read: (document) => fetchDocument(new URL(document, base).href, timeoutMs),
  };
}

async function fetchDocument(url: string, timeoutMs: number): Promise<Fetched> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { signal, redirect: 'follow' });
    if (response.status === 404) {
      void response.body?.cancel();
      return { problem: 'missing-document', message: `does not exist (HTTP 404 from ${url})` };
    }
    if (!response.ok) {
      void response.body?.cancel();
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return { problem: 'fetch', message: `${url} answered HTTP ${status}` };
    }
    const body = await readCapped(response, tooLarge);
    return typeof body === 'string' ? { text: body } : body;
  } catch (error) {
    if (signal.aborted) return { problem: 'fetch', message: `${url} did not answer within ${timeoutMs / 1000} s` };
    // fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is its cause.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    return { problem: 'fetch', message: `${url} could not be reached (${reason})` };
  }
}
