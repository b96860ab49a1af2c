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
import { constants } from 'node:fs';
import { lstat, open, readlink, realpath, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { MAX_BODY_BYTES, readCapped } from '../client/fetch-text.js';

/** Why a document could not be had; each is one kind of finding. */
export type SourceProblem = 'missing-document' | 'fetch' | 'too-large' | 'outside-folder';

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
  // The folder as named may be a link: the user chose it. Below it, real paths are compared with its real path.
  let realRoot: Promise<string> | undefined;
  return {
    name: where,
    concurrency: FOLDER_CONCURRENCY,
    async open() {
      const info = await stat(root).catch(() => undefined);
      if (!info) throw new EndpointError(`there is no folder at ${where}`);
      if (!info.isDirectory()) throw new EndpointError(`${where} is a file; name the endpoint's folder, which holds index.json`);
    },
    async read(document) {
      try {
        realRoot ??= realpath(root);
        const path = resolve(root, document);
        if (!isWithin(root, path)) return { problem: 'outside-folder', message: "is outside the endpoint's folder: it is not read" };
        const real = await resolveInside(await realRoot, relative(root, path));
        return typeof real === 'string' ? await readRegularFile(real) : real;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'missing-document', message: 'does not exist' };
        return { problem: 'fetch', message: `could not be read (${code ?? (error as Error).message})` };
      }
    },
  };
}

/** Says nothing of where the link leads, and nothing of what is there. */
const linkOutside: Fetched = {
  problem: 'outside-folder',
  message: "leads out of the endpoint's folder through a symbolic link: it is not read",
};

const missing: Fetched = { problem: 'missing-document', message: 'does not exist' };

/** Links followed on one path before giving up, as the system does (ELOOP). */
const MOST_LINKS = 40;

/**
 * The real path of `document` below `realRoot`, resolved one part at a time
 * so that nothing outside is ever looked at: a link whose target leaves the
 * folder is refused whether or not its target exists. A link that stays
 * inside is followed; what does not exist, or a link to nothing inside, is
 * missing.
 */
async function resolveInside(realRoot: string, document: string): Promise<string | Fetched> {
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
    const info = await lstat(next).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw error;
    });
    if (!info) return missing;
    if (!info.isSymbolicLink()) {
      current = next;
      continue;
    }
    if (++links > MOST_LINKS) return { problem: 'fetch', message: 'could not be read (ELOOP)' };
    let target = resolve(current, await readlink(next));
    // An absolute link may name the folder by another way in (the path the user typed); that one resolves inside.
    if (!isWithin(realRoot, target)) {
      target = await realpath(target).catch(() => target);
      if (!isWithin(realRoot, target)) return linkOutside;
    }
    todo.unshift(...relative(realRoot, target).split(sep));
    current = realRoot;
  }
  return current;
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
async function readRegularFile(real: string): Promise<Fetched> {
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { problem: 'missing-document', message: 'is not a file' };
    // Refused before reading, as the widgets refuse a body before parsing.
    if (info.size > MAX_BODY_BYTES) return tooLarge(info.size);
    // TextDecoder drops a byte order mark, as fetch's text() does for the widgets.
    return { text: new TextDecoder().decode(await handle.readFile()) };
  } finally {
    await handle.close();
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

/** Why `text`, which JSON.parse refused with `error`, is not a document: what a person would call it. */
export function notJson(text: string, error: Error): string {
  if (text.trim() === '') return 'is empty, not JSON';
  if (text.trimStart().startsWith('<')) return 'is HTML, not JSON';
  return `is not JSON (${error.message})`;
}
