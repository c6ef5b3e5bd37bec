// Reading articles and sidecars for the sidecar layer (the CLI uses it; the editor reads documents
// itself). Writing lives in write.ts.
import { promises as fs } from 'node:fs';
import { parseSidecar, Sidecar } from './parse';
import { articleNameOf, DEFAULT_SUFFIX, sidecarPathFor } from './paths';
import { decodeUtf8, InputError } from '../core/utf8';
import { readSidecarFile } from './write';
import { previewSidecar } from './preview';
import type { Annotation } from './types';

/**
 * Articles above this size are refused rather than half-processed: a news article is kilobytes, and a
 * file of tens of megabytes in a news folder is almost always a dump or a mistake.
 */
export const MAX_ARTICLE_BYTES = 32 * 1024 * 1024;

/** Byte order marks of UTF-16 (Windows Notepad's "Unicode"), checked before the NUL-byte test. */
const UTF16_BOMS: readonly { lead: readonly number[]; encoding: 'utf-16le' | 'utf-16be'; name: string }[] = [
  { lead: [0xff, 0xfe], encoding: 'utf-16le', name: 'UTF-16 LE' },
  { lead: [0xfe, 0xff], encoding: 'utf-16be', name: 'UTF-16 BE' },
];

/**
 * The article text as an editor shows it: without a byte order mark, line endings untouched. UTF-8,
 * or UTF-16 with a BOM (VS Code opens those too, so offsets agree). Binary files (a NUL byte), files
 * that are not UTF-8 and oversized files throw InputError (the caller names the file), so `annotate`
 * reports them and never writes a sidecar of garbage offsets.
 */
export async function readArticle(path: string, maxBytes: number = MAX_ARTICLE_BYTES): Promise<string> {
  const { size } = await fs.stat(path);
  if (size > maxBytes) {
    throw new InputError(
      `${(size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(maxBytes < 1048576 ? 2 : 0)} MB limit for an article; skipped`,
    );
  }
  const bytes = await fs.readFile(path);
  const utf16 = UTF16_BOMS.find((b) => b.lead.every((x, i) => bytes[i] === x));
  if (utf16) {
    try {
      // fatal: an unpaired surrogate or an odd byte count is an error, not a replacement character.
      return new TextDecoder(utf16.encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new InputError(`${utf16.name} (by its byte order mark) but not valid ${utf16.name}; skipped`);
    }
  }
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
  const disk = await readSidecarFile(file);
  if (disk === undefined) return undefined;
  return parseSidecar(disk.text, articleText, file, articleNameOf(articlePath));
}

/**
 * The anchored annotations of the article's sidecar, for a reader that needs nothing else (the
 * workspace index): the fast reading (preview.ts) where it can tell — ~5× less CPU on a large sidecar,
 * which matters on a machine where the editor's own parse of the same file runs meanwhile — else
 * parseSidecar, which throws SidecarError for a file it cannot read. Undefined when there is none.
 */
export async function loadSidecarAnnotations(articlePath: string, articleText: string, suffix: string = DEFAULT_SUFFIX): Promise<Annotation[] | undefined> {
  const file = sidecarPathFor(articlePath, suffix);
  const disk = await readSidecarFile(file);
  if (disk === undefined) return undefined;
  const name = articleNameOf(articlePath);
  return (previewSidecar(disk.text, articleText, name) ?? parseSidecar(disk.text, articleText, file, name)).annotations;
}
