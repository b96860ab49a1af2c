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
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
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

/**
 * A folder to write many files into, and delete stale ones from, by the
 * rules of writeInside, for `sparkpulse build`, which writes hundreds of
 * thousands of files: the root is resolved once, each folder below it is
 * checked (and made) once, when first used, instead of once per file, and
 * every call is synchronous, which costs a few times less per file than
 * the promise API when the work is one file after another anyway.
 */
export class OutputFolder {
  #realRoot: string | undefined;
  readonly #folders = new Map<string, string>();

  constructor(readonly root: string) {}

  /** As writeInside. */
  write(relativePath: string, content: string | Uint8Array): Outcome {
    const parts = partsOf(relativePath);
    return replaceFileSync(this.root, this.#folder(parts.slice(0, -1)), parts, bytesOf(content));
  }

  /**
   * Deletes the file at `relativePath`; false when there was none. Refuses
   * (RefusedPathError) a link on the way or at the file itself, as a write does.
   */
  remove(relativePath: string): boolean {
    const parts = partsOf(relativePath);
    const target = join(this.#folder(parts.slice(0, -1)), parts[parts.length - 1]);
    const shown = spelled(this.root, parts);
    const info = lstatOrMissingSync(target, shown);
    if (!info) return false;
    if (info.isSymbolicLink()) throw linkRefused(shown);
    try {
      unlinkSync(target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw new WriteFailedError(shown, codeOf(error));
    }
    return true;
  }

  /** Deletes the folder at `relativePath` when it is empty; false when it is not, or is not there. */
  removeFolderIfEmpty(relativePath: string): boolean {
    const parts = partsOf(relativePath);
    const shown = spelled(this.root, parts);
    const info = lstatOrMissingSync(join(this.#realRootPath(), ...parts), shown);
    if (!info) return false;
    const folder = this.#folder(parts);
    try {
      rmdirSync(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOENT') return false;
      throw new WriteFailedError(shown, codeOf(error));
    }
    this.#folders.delete(parts.join('/'));
    return true;
  }

  #realRootPath(): string {
    return (this.#realRoot ??= rootOfSync(this.root));
  }

  /** The real path of the folder `parts` names, checked and made on first use. */
  #folder(parts: string[]): string {
    const key = parts.join('/');
    let folder = this.#folders.get(key);
    if (folder === undefined) {
      folder = folderForSync(this.root, this.#realRootPath(), parts);
      this.#folders.set(key, folder);
    }
    return folder;
  }
}

/**
 * Calls `visit` with every file below the folder `relativeFolder` names in
 * `root`, by its path relative to the root (`activity/kafka/1.json`), folder
 * by folder in name order; returns how many there were. The walk follows no
 * link: a link anywhere there, or at the folder itself, refuses it whole
 * (RefusedPathError). None when the folder does not exist. What is neither
 * a file, a folder nor a link (a pipe, a socket) is not visited.
 */
export function eachFileInside(root: string, relativeFolder: string, visit: (relativePath: string) => void): number {
  const parts = partsOf(relativeFolder);
  let path = resolve(root);
  for (let i = 0; i < parts.length; i++) {
    path = join(path, parts[i]);
    const info = lstatOrMissingSync(path, spelled(root, parts.slice(0, i + 1)));
    if (!info) return 0;
    if (info.isSymbolicLink()) throw linkRefused(spelled(root, parts.slice(0, i + 1)));
    if (!info.isDirectory()) return 0;
  }
  let files = 0;
  const walk = (folder: string[]) => {
    let entries;
    try {
      entries = readdirSync(join(resolve(root), ...folder), { withFileTypes: true });
    } catch (error) {
      throw new WriteFailedError(spelled(root, folder), codeOf(error));
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const inside = [...folder, entry.name];
      if (entry.isSymbolicLink()) throw linkRefused(spelled(root, inside));
      if (entry.isDirectory()) walk(inside);
      else if (entry.isFile()) {
        files++;
        visit(inside.join('/'));
      }
    }
  };
  walk(parts);
  return files;
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

// The same steps without the promise API, for OutputFolder and eachFileInside.

/** Temporary names: random once per run, then counted, since random bytes for each of a million files add up. */
const RUN = randomBytes(4).toString('hex');
let temps = 0;

function rootOfSync(root: string): string {
  try {
    mkdirSync(root, { recursive: true });
    return realpathSync(root);
  } catch (error) {
    throw new WriteFailedError(root, codeOf(error));
  }
}

function lstatOrMissingSync(path: string, shown: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new WriteFailedError(shown, codeOf(error));
  }
}

/** As folderFor. */
function folderForSync(root: string, realRoot: string, parts: string[]): string {
  let path = realRoot;
  for (let i = 0; i < parts.length; i++) {
    path = join(path, parts[i]);
    const shown = spelled(root, parts.slice(0, i + 1));
    let info = lstatOrMissingSync(path, shown);
    if (!info) {
      try {
        mkdirSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new WriteFailedError(shown, codeOf(error));
      }
      info = lstatOrMissingSync(path, shown);
    }
    if (info?.isSymbolicLink()) throw linkRefused(shown);
    if (!info?.isDirectory()) throw new WriteFailedError(shown, info ? 'ENOTDIR' : 'ENOENT');
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    throw new WriteFailedError(spelled(root, parts), codeOf(error));
  }
  if (!isWithin(realRoot, real)) {
    throw new RefusedPathError(spelled(root, parts), `${spelled(root, parts)} leads out of ${root}: sparkpulse writes nothing there`);
  }
  return real;
}

/** As replaceFile. */
function replaceFileSync(root: string, folder: string, parts: string[], data: Buffer): Outcome {
  const name = parts[parts.length - 1];
  const target = join(folder, name);
  const shown = spelled(root, parts);
  const info = lstatOrMissingSync(target, shown);
  if (info?.isSymbolicLink()) throw linkRefused(shown);
  if (info?.isFile() && info.size === data.byteLength && holdsSync(target, data)) return 'unchanged';

  const temp = join(folder, `.${basename(name)}.${process.pid}.${RUN}.${++temps}.tmp`);
  try {
    // 'wx' is O_CREAT | O_EXCL: it fails on anything already there, a link included, and never follows one.
    const fd = openSync(temp, 'wx');
    try {
      writeFileSync(fd, data);
    } finally {
      closeSync(fd);
    }
    // rename replaces the name itself: a link or a hard link at the target is not written through.
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new WriteFailedError(shown, codeOf(error));
  }
  return 'written';
}

/** As holds. */
function holdsSync(path: string, data: Buffer): boolean {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return false;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size !== data.byteLength) return false;
    const held = Buffer.allocUnsafe(data.byteLength + 1);
    // One byte more than expected: a file that grew meanwhile reads longer, and differs.
    let read = 0;
    for (let got = -1; got !== 0 && read < held.byteLength; read += got) got = readSync(fd, held, read, held.byteLength - read, read);
    return read === data.byteLength && data.equals(held.subarray(0, read));
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}
