/// <reference types="node" />
// Where an endpoint's documents come from: a folder on disk or an http(s)
// base URL. Either way a document arrives as text or as a finding that says
// why it could not, so the checks never see a file system or network error.
//
// A folder may come from someone else (a checkout, a tarball), so a document
// is read only when its real path, every link resolved, stays inside the
// real path of the folder named: a link out of it (to ~/.ssh, to
// /proc/self/environ) is a finding, and what it points to is never read, so
// no message can echo it; whether it exists is not even looked at, so no
// message tells that either. A link that stays inside is followed.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync, type Stats } from 'node:fs';
import { lstat, open, readlink, realpath, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { MAX_BODY_BYTES, readCapped } from '../client/fetch-text.js';

/** Why a document could not be had; each is one kind of finding. */
export type SourceProblem = 'missing-document' | 'fetch' | 'too-large' | 'outside-folder';

export type Fetched = { text: string } | { problem: SourceProblem; message: string };

export interface ReadOptions {
  /**
   * The largest body read, in bytes; MAX_BODY_BYTES, the widgets' cap, unless
   * given. The producer's index.json is read with MAX_INPUT_BYTES: it is the
   * input of `sparkpulse build`, and on the published form no widget needs it.
   */
  maxBytes?: number;
}

/** The most an index.json read as the full form's input may hold: 256 MiB, some 2 million products. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export interface Source {
  /** The endpoint as the user named it, for messages. */
  readonly name: string;
  /** How many documents may be on their way at once. */
  readonly concurrency: number;
  /** Resolves when the endpoint can be read at all; else rejects with an EndpointError. */
  open(): Promise<void>;
  /** One document, named relative to the endpoint: `index.json`, `products/kafka.json`. */
  read(document: string, options?: ReadOptions): Promise<Fetched>;
  /**
   * The same, without waiting on the event loop, where the source can (a
   * folder): much cheaper per document, for commands that read thousands.
   */
  readSync?(document: string, options?: ReadOptions): Fetched;
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
const tooLarge = (size?: number, cap = MAX_BODY_BYTES): Fetched => ({
  problem: 'too-large',
  message:
    cap === MAX_BODY_BYTES
      ? `is ${size ? `${bytes(size)} bytes, ` : ''}over the ${bytes(cap)}-byte cap: the widgets refuse it`
      : `is ${size ? `${bytes(size)} bytes, ` : ''}over the ${bytes(cap)} bytes sparkpulse reads`,
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
  // The folder as named may be a link: the user chose it. Below it, real paths are compared with its real path.
  let realRoot: Promise<string> | undefined;
  let realRootSync: string | undefined;
  return {
    name: where,
    concurrency: FOLDER_CONCURRENCY,
    async open() {
      const info = await stat(root).catch(() => undefined);
      if (!info) throw new EndpointError(`there is no folder at ${where}`);
      if (!info.isDirectory()) throw new EndpointError(`${where} is a file; name the endpoint's folder, which holds index.json`);
    },
    async read(document, { maxBytes = MAX_BODY_BYTES } = {}) {
      try {
        realRoot ??= realpath(root);
        const path = resolve(root, document);
        if (!isWithin(root, path)) return outsideFolder;
        const real = await resolveInside(await realRoot, relative(root, path));
        return typeof real === 'string' ? await readRegularFile(real, maxBytes) : real;
      } catch (error) {
        return readFailed(error);
      }
    },
    readSync(document, { maxBytes = MAX_BODY_BYTES } = {}) {
      try {
        realRootSync ??= realpathSync(root);
        const path = resolve(root, document);
        if (!isWithin(root, path)) return outsideFolder;
        const real = resolveInsideSync(realRootSync, relative(root, path));
        return typeof real === 'string' ? readRegularFileSync(real, maxBytes) : real;
      } catch (error) {
        return readFailed(error);
      }
    },
  };
}

const outsideFolder: Fetched = { problem: 'outside-folder', message: "is outside the endpoint's folder: it is not read" };

function readFailed(error: unknown): Fetched {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'missing-document', message: 'does not exist' };
  return { problem: 'fetch', message: `could not be read (${code ?? (error as Error).message})` };
}

/** Says nothing of where the link leads, and nothing of what is there. */
const linkOutside: Fetched = {
  problem: 'outside-folder',
  message: "leads out of the endpoint's folder through a symbolic link: it is not read",
};

const missing: Fetched = { problem: 'missing-document', message: 'does not exist' };

/** Links followed on one path before giving up, as the system does (ELOOP). */
const MOST_LINKS = 40;

/** What resolving asks of the file system; see resolving(). */
type Ask = { lstat: string } | { readlink: string } | { realpath: string };

/**
 * The real path of `document` below `realRoot`, resolved one part at a time
 * so that nothing outside is ever looked at: a link whose target leaves the
 * folder is refused whether or not its target exists. A link that stays
 * inside is followed; what does not exist, or a link to nothing inside, is
 * missing.
 *
 * Written once as a generator that asks for each look at the file system,
 * and run by resolveInside (asynchronously) or resolveInsideSync, so both
 * follow exactly the same rules. An lstat answers undefined for nothing
 * there; a realpath answers undefined when it fails.
 */
function* resolving(realRoot: string, document: string): Generator<Ask, string | Fetched, unknown> {
  const todo = document.split(sep);
  let current = realRoot;
  let links = 0;
  while (todo.length > 0) {
    const part = todo.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      // `current` holds no link, so its parent is the real one.
      current = resolve(current, '..');
      if (!isWithin(realRoot, current)) return linkOutside;
      continue;
    }
    const next = resolve(current, part);
    const info = (yield { lstat: next }) as Stats | undefined;
    if (!info) return missing;
    if (!info.isSymbolicLink()) {
      current = next;
      continue;
    }
    if (++links > MOST_LINKS) return { problem: 'fetch', message: 'could not be read (ELOOP)' };
    let target = resolve(current, (yield { readlink: next }) as string);
    // An absolute link may name the folder by another way in (the path the user typed); that one resolves inside.
    if (!isWithin(realRoot, target)) {
      target = ((yield { realpath: target }) as string | undefined) ?? target;
      if (!isWithin(realRoot, target)) return linkOutside;
    }
    todo.unshift(...relative(realRoot, target).split(sep));
    current = realRoot;
  }
  return current;
}

const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

async function resolveInside(realRoot: string, document: string): Promise<string | Fetched> {
  const steps = resolving(realRoot, document);
  let step = steps.next();
  while (!step.done) {
    const ask = step.value;
    let answer: unknown;
    if ('lstat' in ask) {
      answer = await lstat(ask.lstat).catch((error: unknown) => {
        if (isMissing(error)) return undefined;
        throw error;
      });
    } else if ('readlink' in ask) answer = await readlink(ask.readlink);
    else answer = await realpath(ask.realpath).catch(() => undefined);
    step = steps.next(answer);
  }
  return step.value;
}

function resolveInsideSync(realRoot: string, document: string): string | Fetched {
  const steps = resolving(realRoot, document);
  let step = steps.next();
  while (!step.done) {
    const ask = step.value;
    let answer: unknown;
    if ('lstat' in ask) {
      try {
        answer = lstatSync(ask.lstat);
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    } else if ('readlink' in ask) answer = readlinkSync(ask.readlink);
    else {
      try {
        answer = realpathSync(ask.realpath);
      } catch {
        // Kept as it was: checked below.
      }
    }
    step = steps.next(answer);
  }
  return step.value;
}

/** True when `path` is `folder` or below it; both absolute. */
function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep));
}

/**
 * The file at `real`, a path with no link left in it. Opened without
 * following a link put there since, and without waiting on a pipe; only a
 * regular file is read, and only when it is within the cap.
 */
async function readRegularFile(real: string, maxBytes: number): Promise<Fetched> {
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { problem: 'missing-document', message: 'is not a file' };
    // Refused before reading, as the widgets refuse a body before parsing.
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    // TextDecoder drops a byte order mark, as fetch's text() does for the widgets.
    return { text: new TextDecoder().decode(await handle.readFile()) };
  } finally {
    await handle.close();
  }
}

/** readRegularFile, without waiting on the event loop: for `build`, which reads a whole catalogue. */
function readRegularFileSync(real: string, maxBytes: number): Fetched {
  const fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { problem: 'missing-document', message: 'is not a file' };
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    return { text: new TextDecoder().decode(readFileSync(fd)) };
  } finally {
    closeSync(fd);
  }
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
    read: (document, { maxBytes = MAX_BODY_BYTES } = {}) => fetchDocument(new URL(document, base).href, timeoutMs, maxBytes),
  };
}

async function fetchDocument(url: string, timeoutMs: number, maxBytes: number): Promise<Fetched> {
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
    const body = maxBytes === MAX_BODY_BYTES ? await readCapped(response, tooLarge) : await readUpTo(response, maxBytes);
    return typeof body === 'string' ? { text: body } : body;
  } catch (error) {
    if (signal.aborted) return { problem: 'fetch', message: `${url} did not answer within ${timeoutMs / 1000} s` };
    // fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is its cause.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    return { problem: 'fetch', message: `${url} could not be reached (${reason})` };
  }
}

/** The body as text, or too-large past `maxBytes`: readCapped, for a cap other than the widgets'. */
async function readUpTo(response: Response, maxBytes: number): Promise<string | Fetched> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    void response.body?.cancel();
    return tooLarge(declared, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.byteLength;
    if (size > maxBytes) {
      void reader!.cancel();
      return tooLarge(undefined, maxBytes);
    }
    chunks.push(part.value);
  }
  return new Blob(chunks as BlobPart[]).text();
}

/** Why `text`, which JSON.parse refused with `error`, is not a document: what a person would call it. */
export function notJson(text: string, error: Error): string {
  if (text.trim() === '') return 'is empty, not JSON';
  if (text.trimStart().startsWith('<')) return 'is HTML, not JSON';
  return `is not JSON (${error.message})`;
}
