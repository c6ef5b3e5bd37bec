// File access for the sidecar layer (the CLI uses it; the editor reads documents itself).
import { promises as fs } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { parseSidecar, Sidecar } from './parse';
import { articleNameOf, DEFAULT_SUFFIX, sidecarPathFor } from './paths';
import { decodeUtf8, InputError, Utf8Error } from '../core/utf8';
import { SidecarError } from './error';

/**
 * Articles above this size are refused rather than half-processed: a news article is kilobytes, and a
 * file of tens of megabytes in a news folder is almost always a dump or a mistake.
 */
export const MAX_ARTICLE_BYTES = 32 * 1024 * 1024;

/**
 * The article text as an editor shows it: UTF-8, without a byte order mark, line endings untouched.
 * Binary files (a NUL byte), files that are not UTF-8 and oversized files throw InputError (the caller
 * names the file), so `annotate` reports them and never writes a sidecar of garbage offsets.
 */
export async function readArticle(path: string, maxBytes: number = MAX_ARTICLE_BYTES): Promise<string> {
  const { size } = await fs.stat(path);
  if (size > maxBytes) {
    throw new InputError(`${(size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(maxBytes < 1048576 ? 2 : 0)} MB limit for an article; skipped`);
  }
  const bytes = await fs.readFile(path);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`looks binary (a NUL byte at byte offset ${nul}); skipped`);
  try {
    return decodeUtf8(bytes);
  } catch (err) {
    throw new InputError(`${(err as Error).message}; skipped`);
  }
}

/** Reads and parses the article's sidecar; undefined when there is none. Throws SidecarError. */
export async function loadSidecar(articlePath: string, articleText: string, suffix: string = DEFAULT_SUFFIX): Promise<Sidecar | undefined> {
  const file = sidecarPathFor(articlePath, suffix);
  const yamlText = await readSidecarText(file);
  if (yamlText === undefined) return undefined;
  return parseSidecar(yamlText, articleText, file, articleNameOf(articlePath));
}

/**
 * Writes through a temporary file in the same folder and renames it over the target, so a reader
 * (or a crash) sees either the old file or the new one, never half of one.
 * The temp name (pid + a counter) only keeps concurrent writers, in this process or another, apart;
 * it never reaches the content.
 */
let writes = 0;
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-${++writes}.tmp`);
  try {
    const fh = await fs.open(tmp, 'w');
    try {
      await fh.writeFile(text, 'utf8');
      await fh.sync(); // the bytes are on disk before the name points at them
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, path);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
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

/** The sidecar's text, or undefined when there is none. Throws SidecarError for non-UTF-8 bytes. */
export async function readSidecarText(file: string, shown: string = file): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return decodeSidecar(bytes, shown);
}
