// Turns `FILE... | DIR` arguments into the articles to annotate or check. A folder is walked
// recursively (dot folders and node_modules skipped, names sorted so output order is stable).
import { Dirent, promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { articlePathFor, DEFAULT_SUFFIX, isSidecarPath } from './paths';
import { ioReason } from './write';

/** What counts as an article inside a folder; a file named on the command line always counts. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.news'];

export interface Discovered {
  /** Article paths (as the user would write them: relative args stay relative), in argument order. */
  articles: string[];
  /** Sidecars found in a folder or named directly whose article does not exist. */
  strays: string[];
  /** Folders that could not be listed (`path: reason`); the walk went on without them. */
  unreadable: { path: string; reason: string }[];
}

function listFolder(path: string): Promise<Dirent[]> {
  return fs.readdir(path, { withFileTypes: true });
}

async function kind(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const st = await fs.stat(path);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Throws Error('no such file or folder: X') for an argument that does not exist. `readdir` is the
 * file system's (tests pass one that fails, as an unreadable folder does for anyone but root).
 */
export async function discoverArticles(
  args: readonly string[],
  cwd: string,
  suffix: string = DEFAULT_SUFFIX,
  readdir: typeof listFolder = listFolder,
): Promise<Discovered> {
  const articles: string[] = [];
  const strays: string[] = [];
  const unreadable: Discovered['unreadable'] = [];
  const seen = new Set<string>();
  const addArticle = (p: string) => {
    const key = resolve(cwd, p);
    if (!seen.has(key)) {
      seen.add(key);
      articles.push(p);
    }
  };
  const addSidecar = async (p: string) => {
    const article = articlePathFor(p, suffix)!;
    if ((await kind(resolve(cwd, article))) === 'file') addArticle(article);
    else strays.push(p);
  };

  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(resolve(cwd, dir));
    } catch (err) {
      // One unreadable subfolder must not hide the rest of the tree.
      unreadable.push({ path: dir, reason: ioReason(err as NodeJS.ErrnoException) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (!e.isFile()) continue;
      else if (isSidecarPath(p, suffix)) await addSidecar(p);
      else if (ARTICLE_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) addArticle(p);
    }
  };

  for (const arg of args) {
    const k = await kind(resolve(cwd, arg));
    if (k === 'dir') await walk(arg);
    else if (k === 'file') {
      if (isSidecarPath(arg, suffix)) await addSidecar(arg);
      else addArticle(arg);
    } else throw new Error(`no such file or folder: ${arg}`);
  }
  return { articles, strays, unreadable };
}
