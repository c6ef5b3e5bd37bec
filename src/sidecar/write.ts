// The one way a sidecar reaches the disk: read it as bytes (remembering a digest and a BOM), and
// write it back atomically only if the file still holds what was read (compare-and-swap). Used by
// `annotate`, the editor's closed-file branch (both through annotateFile) and the editor's
// sidecar sync and its worker. A person's save or a `git pull` that lands while we work is never
// overwritten: the caller gets a WriteConflict and merges again against the new content.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeUtf8, Utf8Error } from '../core/utf8';
import { SidecarError } from './error';

/** A sidecar as read from disk. */
export interface OnDisk {
  /** The text, UTF-8 decoded, without a BOM. */
  text: string;
  /** The file started with a UTF-8 BOM: a rewrite puts it back (some Windows tools add and expect one). */
  bom: boolean;
  /** Digest of the raw bytes: what a compare-and-swap write checks the file against. */
  digest: string;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Sidecar bytes as text, strictly: a sidecar saved in another encoding would otherwise decode with
 * replacement characters, and the next rewrite would destroy the person's notes. `shown` is the
 * name used in the error (path:line: reason).
 */
export function decodeSidecar(bytes: Uint8Array, shown: string): string {
  try {
    return decodeUtf8(bytes);
  } catch (err) {
    if (!(err instanceof Utf8Error)) throw err;
    let line = 1;
    for (let i = 0; i < err.byteOffset; i++) if (bytes[i] === 0x0a) line++;
    throw new SidecarError(shown, `${err.message}; the sidecar must be UTF-8 (it was not modified)`, line);
  }
}

/**
 * The sidecar as it is on disk, or undefined when there is none. Throws SidecarError for bytes that
 * are not UTF-8 and for a path that is not a readable file (a folder, no permission), so callers
 * report `path: reason` and go on with other articles.
 */
export async function readSidecarFile(file: string, shown: string = file): Promise<OnDisk | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new SidecarError(shown, ioReason(err as NodeJS.ErrnoException));
  }
  return { text: decodeSidecar(bytes, shown), bom: hasBom(bytes), digest: digestOf(bytes) };
}

/** A file system error as a short reason a person can act on. */
export function ioReason(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a symbolic link that loops';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return err.code ? `cannot be read (${err.code})` : err.message;
  }
}

/** The file changed on disk after it was read: nothing was written. */
export class WriteConflict extends Error {
  constructor(readonly file: string) {
    super(`${file} changed on disk while it was being updated; it was not overwritten`);
    this.name = 'WriteConflict';
  }
}

export interface WriteOptions {
  /**
   * The digest of the bytes this write is based on (OnDisk.digest); null: based on no file, so the
   * file must still not exist. Absent: no check (a file nobody else writes, e.g. a test's).
   */
  expected?: string | null;
  /** Write a UTF-8 BOM first (the file had one). */
  bom?: boolean;
  /** How the file is named in errors. */
  shown?: string;
  /** Test seam: runs when the temporary file is complete, just before the comparison and the rename. */
  beforeSwap?: () => Promise<void> | void;
}

/** Our temporary files: `.NAME.PID-N.tmp` next to the target (see writeFileAtomic). */
const TEMP = /^\.(.+)\.(\d+)-\d+\.tmp$/;
/** A temporary file older than this is left over from a crash even if its pid is alive (reused). */
const STALE_TEMP_MS = 60_000;
const cleanedFolders = new Set<string>();

/**
 * Removes temporary files a crashed run of ours left in `folder` (our naming pattern only; from a
 * dead process, or older than a minute). Once per folder per process: a folder of thousands of
 * articles is listed once, not once per write.
 */
export async function cleanStaleTemps(folder: string, now = Date.now()): Promise<string[]> {
  const key = resolve(folder);
  if (cleanedFolders.has(key)) return [];
  cleanedFolders.add(key);
  let names: string[];
  try {
    names = await fs.readdir(key);
  } catch {
    return []; // an unreadable folder is reported by whoever reads it next
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m) continue;
    const path = join(key, name);
    try {
      const st = await fs.lstat(path);
      if (!st.isFile()) continue;
      const pid = Number(m[2]);
      const ours = pid === process.pid;
      if (now - st.mtimeMs < STALE_TEMP_MS && (ours || isAlive(pid))) continue;
      await fs.rm(path, { force: true });
      removed.push(path);
    } catch {
      // gone meanwhile, or not ours to remove: leave it
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

/** Where the bytes go: the file a symbolic link points to (so the link stays a link), else the path. */
async function targetOf(path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  // A link to a file that does not exist yet: create the file it names.
  try {
    const link = await fs.readlink(path);
    return resolve(dirname(path), link);
  } catch {
    return path;
  }
}

/**
 * Writes through a temporary file in the target's folder and renames it over the target, so a
 * reader (or a crash) sees either the old file or the new one, never half of one. A symbolic link
 * is followed (its target is rewritten); the file's permissions and owner are kept; a read-only
 * file is refused with a SidecarError. With `expected`, the file is compared with what the caller
 * read just before the rename, and WriteConflict is thrown if it changed.
 *
 * A window of microseconds between the comparison and the rename remains (POSIX has no
 * compare-and-rename); the seconds an engine run takes are closed.
 */
let writes = 0;
export async function writeFileAtomic(path: string, text: string, opts: WriteOptions = {}): Promise<void> {
  const shown = opts.shown ?? path;
  const target = await targetOf(path);
  let mode: number | undefined;
  let owner: { uid: number; gid: number } | undefined;
  try {
    const st = await fs.stat(target);
    if (!st.isFile())
      throw new SidecarError(shown, ioReason({ code: st.isDirectory() ? 'EISDIR' : 'EINVAL', message: 'not a regular file' } as NodeJS.ErrnoException));
    mode = st.mode & 0o7777;
    owner = { uid: st.uid, gid: st.gid };
  } catch (err) {
    if (err instanceof SidecarError) throw err;
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  // By the mode bits, not access(): root may write anything, but a person who made the file
  // read-only meant "do not change it".
  if (mode !== undefined && (mode & 0o222) === 0) {
    throw new SidecarError(shown, 'is read-only; it was not modified (make it writable to save annotations)');
  }
  await cleanStaleTemps(dirname(target));
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}-${++writes}.tmp`);
  try {
    const fh = await fs.open(tmp, 'wx', mode ?? 0o666);
    try {
      if (opts.bom) await fh.writeFile(UTF8_BOM);
      await fh.writeFile(text, 'utf8');
      if (mode !== undefined) await fh.chmod(mode); // open() applied the umask
      if (owner) await fh.chown(owner.uid, owner.gid).catch(() => undefined); // only root may give files away
      await fh.sync(); // the bytes are on disk before the name points at them
    } finally {
      await fh.close();
    }
    await opts.beforeSwap?.();
    if (opts.expected !== undefined) {
      const now = await currentDigest(target);
      if (now !== opts.expected) throw new WriteConflict(shown);
    }
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** Digest of the file's bytes now; null when it does not exist. */
async function currentDigest(file: string): Promise<string | null> {
  try {
    return digestOf(await fs.readFile(file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
