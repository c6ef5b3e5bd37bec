// Worker thread of the Newsmark Workspace view (bundled to dist/index-worker.js): reads articles and
// their sidecars and builds the cross-article index off the extension host's thread, so 10,000
// articles never stall typing or hovers. It keeps what it read per article, so a changed sidecar
// costs one file, not the workspace, and it keeps the index: the extension gets one small row per
// entity, and an entity's articles and mentions (with line and a line of context) only when a person
// expands it — a 10,000-article index never crosses to the extension host's thread whole (receiving
// it cost the host hundreds of milliseconds per change). The reading is the CLI's (src/sidecar
// loadSidecarAnnotations, the core's indexArticle). No vscode import; the in-process fallback calls handle().
import { parentPort } from 'node:worker_threads';
import { basename } from 'node:path';
import { buildEntityIndex, indexArticle, IndexedArticle, IndexEntry } from '../../core/workspace/entity-index';
import { nameKey } from '../../core/workspace/abbreviations';
import { loadSidecarAnnotations, readArticle, SidecarError } from '../../sidecar';
import { snippet } from '../tree/snippet';

/** A mention as the view shows it: where (line, 0-based) and the words around it. */
export interface ShownMention {
  start: number;
  end: number;
  text: string;
  status: IndexEntry['articles'][number]['mentions'][number]['status'];
  line: number;
  context: string;
}

export interface WorkspaceEntry extends Omit<IndexEntry, 'articles'> {
  articles: { path: string; date?: string; mentions: ShownMention[] }[];
}

/** One entity as the view's top rows need it: counts, dates, and the forms the filter matches. */
export interface WorkspaceRow extends Omit<IndexEntry, 'articles'> {
  /** nameKey of the row (type and normal form): what `entity` requests name. */
  key: string;
  articles: number;
  /** Distinct quotes of its mentions ("Колокольцевым", "МВД"). */
  forms: string[];
}

export type IndexRequest =
  /** (Re)reads these articles (absolute paths), forgets `drop`, and answers with the rows. */
  | { id: number; op: 'update'; read: string[]; drop: string[]; suffix: string }
  /** One entity's articles and mentions. */
  | { id: number; op: 'entity'; key: string };

export interface IndexReply {
  id: number;
  rows: WorkspaceRow[];
  /** Articles indexed (those with a readable sidecar). */
  articles: number;
  /** `file: reason` for sidecars that could not be read (left out of the index, never touched). */
  problems: string[];
  ms: number;
}

interface Read {
  article: IndexedArticle;
  where: Map<string, { line: number; context: string }>;
}

const known = new Map<string, Read>();
const problems = new Map<string, string>();
let built = new Map<string, IndexEntry>();

async function readOne(path: string, suffix: string): Promise<void> {
  known.delete(path);
  problems.delete(path);
  let text: string;
  try {
    text = await readArticle(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') problems.set(path, `${basename(path)}: ${(e as Error).message}`);
    return;
  }
  try {
    const annotations = await loadSidecarAnnotations(path, text, suffix);
    if (!annotations) return; // an article without a sidecar: nothing decided or suggested yet
    const article = indexArticle(path, text, annotations);
    const where = new Map<string, { line: number; context: string }>();
    if (article.mentions.length) {
      // Line starts once per article; each mention's line by binary search.
      const starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      for (const m of article.mentions) {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid] <= m.start) lo = mid;
          else hi = mid - 1;
        }
        const lineEnd = lo + 1 < starts.length ? starts[lo + 1] - 1 : text.length;
        const line = text.slice(starts[lo], lineEnd).replace(/\r$/, '');
        where.set(`${m.start}:${m.end}`, { line: lo, context: snippet(line, m.start - starts[lo], Math.min(m.end - starts[lo], line.length)) });
      }
    }
    known.set(path, { article, where });
  } catch (e) {
    problems.set(path, e instanceof SidecarError ? e.message : `${basename(path)}: ${(e as Error).message}`);
  }
}

export async function handle(req: Extract<IndexRequest, { op: 'update' }>): Promise<IndexReply> {
  const t0 = performance.now();
  for (const p of req.drop) {
    known.delete(p);
    problems.delete(p);
  }
  // A few files at a time: the disk works while the YAML of the last one is parsed.
  const queue = [...new Set(req.read)];
  await Promise.all(
    Array.from({ length: Math.min(8, queue.length) }, async () => {
      for (let p = queue.shift(); p !== undefined; p = queue.shift()) await readOne(p, req.suffix);
    }),
  );
  const index = buildEntityIndex([...known.values()].map((r) => r.article));
  built = new Map(index.map((e) => [nameKey(e), e]));
  const rows: WorkspaceRow[] = index.map((e) => ({
    ...e,
    key: nameKey(e),
    articles: e.articles.length,
    forms: [...new Set(e.articles.flatMap((a) => a.mentions.map((m) => m.text)))],
  }));
  return { id: req.id, rows, articles: known.size, problems: [...problems.values()].sort(), ms: performance.now() - t0 };
}

/** An entity's articles, each mention with its line and context; undefined when the index has no such row. */
export function entityDetail(key: string): WorkspaceEntry | undefined {
  const e = built.get(key);
  if (!e) return undefined;
  return {
    ...e,
    articles: e.articles.map((a) => {
      const where = known.get(a.path)?.where;
      return { ...a, mentions: a.mentions.map((m) => ({ ...m, ...(where?.get(`${m.start}:${m.end}`) ?? { line: 0, context: m.text }) })) };
    }),
  };
}

// One request at a time, in order: a later request sees what an earlier one read.
let chain = Promise.resolve();
parentPort?.on('message', (req: IndexRequest) => {
  chain = chain.then(async () => {
    try {
      parentPort?.postMessage(req.op === 'entity' ? { id: req.id, entry: entityDetail(req.key) } : await handle(req));
    } catch (e) {
      parentPort?.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) });
    }
  });
});
