/// <reference types="node" />
// Writing files into a folder the command was told to write into, and
// nowhere else, even when that folder came from someone else (a checkout, a
// tarball): below the folder, no symbolic link is ever followed, and a file
// is replaced by writing a temporary file beside it and renaming it over, so
// nothing is ever written through a link or into a file another name shares.
// A file whose content is already what would be written is left alone,
// content and modification time, so a publish step uploads only what changed.
//
// The folder named (`root`) is taken as the user gave it, even when it is a
// link or lies under one: that was their choice. Everything below it is not.
import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, realpath, rename, rm } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';

/** A path below the root was a symbolic link, or would have led out of the root: refused. */
export class RefusedPathError extends Error {
  override name = 'RefusedPathError';
  constructor(
    /** The refused path, as the root was spelled: `out/shields/kafka.json`. */
    readonly path: string,
    message: string,
    /** The files written before the refusal, as the root was spelled; none when the check before writing refused. */
    readonly written: readonly string[] = [],
  ) {
    super(message);
  }
}

/** The file system refused (no permission, a file where a folder must be, a full disk). */
export class WriteFailedError extends Error {
  override name = 'WriteFailedError';
  constructor(
    readonly path: string,
    /** The system's error code, `EACCES`, or its message when it has none. */
    readonly code: string,
    readonly written: readonly string[] = [],
  ) {
    super(`could not write ${path} (${code})`);
  }
}

export interface FileToWrite {
  /** Relative to the root, folders separated by `/`: `shields/kafka.json`. No `.`, `..` or empty part. */
  path: string;
  content: string | Uint8Array;
}

/** What happened to one file. */
export type Outcome = 'written' | 'unchanged';

export interface WriteOptions {
  /** Files written at once (default 16): enough to keep a disk busy without running out of file handles. */
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = 16;

const linkRefused = (path: string, written: readonly string[] = []) =>
  new RefusedPathError(path, `${path} is a symbolic link: sparkpulse writes nothing through a link`, written);

/**
 * Writes `content` to `relativePath` below `root`, creating the folders on
 * the way. Refuses (RefusedPathError) when any part of the path below `root`
 * is a symbolic link, and leaves the file untouched when it already holds
 * exactly `content`.
 */
export async function writeInside(root: string, relativePath: string, content: string | Uint8Array): Promise<Outcome> {
  const parts = partsOf(relativePath);
  const realRoot = await rootOf(root);
  const folder = await folderFor(root, realRoot, parts.slice(0, -1));
  return replaceFile(root, folder, parts, bytesOf(content));
}

/**
 * Checks, without writing, that no part of `relativePath` below `root` is a
 * symbolic link; parts that do not exist yet are fine. Throws RefusedPathError.
 */
export async function checkInside(root: string, relativePath: string): Promise<void> {
  const parts = partsOf(relativePath);
  let path = resolve(root);
  for (let i = 0; i < parts.length; i++) {
    path = join(path, parts[i]);
    const info = await lstatOrMissing(path, spelled(root, parts.slice(0, i + 1)));
    if (!info) return;
    if (info.isSymbolicLink()) throw linkRefused(spelled(root, parts.slice(0, i + 1)));
    if (!info.isDirectory()) return;
  }
}

/**
 * Writes every file, after checking every one of them first: a link
 * anywhere refuses the whole lot before anything is written. Resolves to
 * each file's outcome, in the order given. A failure while writing stops
 * the rest; the error's `written` lists what was written before it.
 */
export async function writeAllInside(root: string, files: readonly FileToWrite[], options: WriteOptions = {}): Promise<Outcome[]> {
  for (const { path } of files) await checkInside(root, path);
  const outcomes: Outcome[] = new Array(files.length);
  const written: string[] = [];
  let failure: unknown;
  let next = 0;
  const writer = async () => {
    while (failure === undefined && next < files.length) {
      const i = next++;
      try {
        outcomes[i] = await writeInside(root, files[i].path, files[i].content);
        if (outcomes[i] === 'written') written.push(spelled(root, partsOf(files[i].path)));
      } catch (error) {
        failure ??= error;
      }
    }
  };
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, writer));
  if (failure instanceof RefusedPathError) throw new RefusedPathError(failure.path, failure.message, written);
  if (failure instanceof WriteFailedError) throw new WriteFailedError(failure.path, failure.code, written);
  if (failure !== undefined) throw failure;
  return outcomes;
}

/** `shields/kafka.json` → ['shields', 'kafka.json'], refusing what could climb out or name the root itself. */
function partsOf(relativePath: string): string[] {
  const parts = relativePath.split('/');
  if (relativePath.startsWith('/') || parts.some((part) => part === '' || part === '.' || part === '..' || part.includes(sep) || part.includes('\0'))) {
    throw new RefusedPathError(relativePath, `${JSON.stringify(relativePath)} is not a path inside the output folder`);
  }
  return parts;
}

/** `root` joined with `parts`, as the user spelled the root: for messages. */
const spelled = (root: string, parts: string[]) => join(root, ...parts);

const bytesOf = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content));

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** The root's real path, after creating it when it does not exist yet. */
async function rootOf(root: string): Promise<string> {
  try {
    await mkdir(root, { recursive: true });
    return await realpath(root);
  } catch (error) {
    throw new WriteFailedError(root, codeOf(error));
  }
}

async function lstatOrMissing(path: string, shown: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new WriteFailedError(shown, codeOf(error));
  }
}

/**
 * The real path of the folder `parts` names below the root, each part
 * checked with lstat and created when missing. mkdir never follows a link
 * in its last part, so a link made in between is an EEXIST, looked at again.
 */
async function folderFor(root: string, realRoot: string, parts: string[]): Promise<string> {
  let path = realRoot;
  for (let i = 0; i < parts.length; i++) {
    path = join(path, parts[i]);
    const shown = spelled(root, parts.slice(0, i + 1));
    let info = await lstatOrMissing(path, shown);
    if (!info) {
      try {
        await mkdir(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new WriteFailedError(shown, codeOf(error));
      }
      info = await lstatOrMissing(path, shown);
    }
    if (info?.isSymbolicLink()) throw linkRefused(shown);
    if (!info?.isDirectory()) throw new WriteFailedError(shown, info ? 'ENOTDIR' : 'ENOENT');
  }
  // Every part was checked, so this is the path built; a link swapped in meanwhile shows here.
  const real = await realpath(path).catch((error: unknown) => {
    throw new WriteFailedError(spelled(root, parts), codeOf(error));
  });
  if (!isWithin(realRoot, real)) {
    throw new RefusedPathError(spelled(root, parts), `${spelled(root, parts)} leads out of ${root}: sparkpulse writes nothing there`);
  }
  return real;
}

function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

/** Replaces `folder/name` with `data` through a temporary file and a rename, unless it already holds `data`. */
async function replaceFile(root: string, folder: string, parts: string[], data: Buffer): Promise<Outcome> {
  const name = parts[parts.length - 1];
  const target = join(folder, name);
  const shown = spelled(root, parts);
  const info = await lstatOrMissing(target, shown);
  if (info?.isSymbolicLink()) throw linkRefused(shown);
  if (info?.isFile() && info.size === data.byteLength && (await holds(target, data))) return 'unchanged';

  const temp = join(folder, `.${basename(name)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx' is O_CREAT | O_EXCL: it fails on anything already there, a link included, and never follows one.
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    // rename replaces the name itself: a link or a hard link at the target is not written through.
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new WriteFailedError(shown, codeOf(error));
  }
  return 'written';
}

/** True when the regular file at `path` holds exactly `data`; read without following a link or waiting on a pipe. */
async function holds(path: string, data: Buffer): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return false;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size !== data.byteLength) return false;
    return data.equals(await handle.readFile());
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}
