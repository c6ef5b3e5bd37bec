// Moving an article and its sidecar together, so a rename never orphans a person's decisions:
// `newsmark mv OLD NEW` and the editor's rename handler both call moveSidecar; strays() finds a
// sidecar left behind by a rename done without us (same article hash as an article without one).
import { constants, promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readArticle } from './io';
import { articleHash } from './hash';
import { parseSidecar } from './parse';
import { articleNameOf, articlePathFor, DEFAULT_SUFFIX, isSidecarPath, sidecarPathFor } from './paths';
import { serializeSidecar } from './serialize';
import { SidecarError } from './error';
import { readSidecarFile, writeFileAtomic } from './write';

async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves the sidecar of `oldArticle` to `newArticle`'s sidecar path, its `article:` key set to the new
 * name (and, like any rewrite, its hash and offsets brought up to date with the article's text at
 * `textFrom`). Refuses, writing nothing, when the target sidecar exists or the sidecar cannot be read.
 * Returns false when there was no sidecar to move.
 */
export async function moveSidecar(oldArticle: string, newArticle: string, opts: { suffix?: string; textFrom?: string } = {}): Promise<boolean> {
  const suffix = opts.suffix ?? DEFAULT_SUFFIX;
  const from = sidecarPathFor(oldArticle, suffix);
  const to = sidecarPathFor(newArticle, suffix);
  const disk = await readSidecarFile(from);
  if (!disk) return false;
  if (await exists(to)) throw new SidecarError(to, 'already exists; nothing was moved (move or delete it first)');
  const text = await readArticle(opts.textFrom ?? newArticle);
  const sc = parseSidecar(disk.text, text, from, articleNameOf(oldArticle));
  const out = serializeSidecar(sc, articleNameOf(newArticle), text, [...sc.annotations, ...sc.orphans]);
  await writeFileAtomic(to, out, { expected: null, bom: disk.bom, shown: to });
  await fs.rm(from);
  return true;
}

/**
 * Moves an article (never over an existing file) and its sidecar. When OLD is already gone but its
 * sidecar is still there (renamed without us), only the sidecar moves to NEW.
 */
export async function moveArticle(oldArticle: string, newArticle: string, suffix: string = DEFAULT_SUFFIX): Promise<{ article: boolean; sidecar: boolean }> {
  const articleThere = await exists(oldArticle);
  const sidecarThere = await exists(sidecarPathFor(oldArticle, suffix));
  if (!articleThere && !sidecarThere) throw new Error(`${oldArticle}: no such article (and no sidecar of it)`);
  if (articleThere && (await exists(newArticle))) throw new Error(`${newArticle} already exists; nothing was moved`);
  if (!articleThere && !(await exists(newArticle))) throw new Error(`${newArticle}: no such article to give the sidecar of ${oldArticle} to`);
  if (await exists(sidecarPathFor(newArticle, suffix))) throw new Error(`${sidecarPathFor(newArticle, suffix)} already exists; nothing was moved`);
  // The sidecar first: if it cannot be moved (broken, read-only folder), the article stays too.
  const sidecar = sidecarThere ? await moveSidecar(oldArticle, newArticle, { suffix, textFrom: articleThere ? oldArticle : newArticle }) : false;
  if (articleThere) {
    try {
      await moveNoClobber(oldArticle, newArticle);
    } catch (err) {
      if (sidecar) await moveSidecar(newArticle, oldArticle, { suffix, textFrom: oldArticle }); // put it back
      throw err;
    }
  }
  return { article: articleThere, sidecar };
}

/** rename() would replace an existing target silently; a hard link fails instead (EEXIST). */
async function moveNoClobber(from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new Error(`${to} already exists; nothing was moved`);
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw err;
    await fs.copyFile(from, to, constants.COPYFILE_EXCL); // another file system
  }
  await fs.rm(from);
}

/**
 * The stray sidecars of folders (a sidecar whose article is gone), by recorded hash, each folder read
 * once. A run over a folder of many articles shares one index: scanning the folder again for every
 * article made such a run quadratic (10,000 articles: tens of millions of lstat calls). It is valid
 * for one run: the run itself writes sidecars only next to articles that exist, so none of its own
 * becomes a stray; a long-lived process (the editor) makes a new one per run.
 */
export class StrayIndex {
  private readonly folders = new Map<string, Promise<ReadonlyMap<string, readonly string[]>>>();
  constructor(private readonly suffix: string = DEFAULT_SUFFIX) {}

  /** The stray sidecar whose recorded hash is this article's text, other than its own; undefined when there is none. */
  async find(article: string, text: string): Promise<string | undefined> {
    const folder = dirname(article);
    let strays = this.folders.get(folder);
    if (!strays) this.folders.set(folder, (strays = this.read(folder)));
    const own = basename(sidecarPathFor(article, this.suffix));
    return (await strays).get(articleHash(text))?.find((path) => basename(path) !== own);
  }

  private async read(folder: string): Promise<ReadonlyMap<string, readonly string[]>> {
    const byHash = new Map<string, string[]>();
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch {
      return byHash;
    }
    // The listing answers "is its article there" for every sidecar at once (no stat per name).
    const present = new Set(names);
    for (const name of names.sort()) {
      if (!isSidecarPath(name, this.suffix) || present.has(articlePathFor(name, this.suffix)!)) continue;
      const path = join(folder, name);
      let yaml: string | undefined;
      try {
        yaml = (await readSidecarFile(path))?.text;
      } catch {
        continue; // an unreadable stray is reported where it is found, not here
      }
      // The recorded hash alone; the file need not parse against this article to be recognised.
      const recorded = /^hash:\s*["']?(sha256:[0-9a-f]{64})/m.exec(yaml ?? '')?.[1];
      if (recorded) byHash.set(recorded, [...(byHash.get(recorded) ?? []), path]);
    }
    return byHash;
  }
}

/**
 * A sidecar in the article's folder whose article is gone and whose recorded hash is this article's
 * text: the article was renamed without its sidecar. Undefined when there is none. Pass the run's
 * index when checking many articles; without one the folder is read for this call.
 */
export async function strayFor(article: string, text: string, suffix: string = DEFAULT_SUFFIX, index?: StrayIndex): Promise<string | undefined> {
  return (index ?? new StrayIndex(suffix)).find(article, text);
}
