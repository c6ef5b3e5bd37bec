// File access for the sidecar layer (the CLI uses it; the editor reads documents itself).
import { promises as fs } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { parseSidecar, Sidecar } from './parse';
import { articleNameOf, DEFAULT_SUFFIX, sidecarPathFor } from './paths';

/** The article text as an editor shows it: UTF-8, without a byte order mark, line endings untouched. */
export async function readArticle(path: string): Promise<string> {
  const text = await fs.readFile(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads and parses the article's sidecar; undefined when there is none. Throws SidecarError. */
export async function loadSidecar(articlePath: string, articleText: string, suffix: string = DEFAULT_SUFFIX): Promise<Sidecar | undefined> {
  const file = sidecarPathFor(articlePath, suffix);
  let yamlText: string;
  try {
    yamlText = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
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
