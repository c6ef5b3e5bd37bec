// Large documents are read by the engine in paragraph-aligned chunks, the visible part first, with
// a yield between chunks: the extension host stays free to answer hovers and apply edits while a
// 1 MB article is being read, and a new keystroke cancels the rest. Pure (no vscode).
import type { Engine } from '../../core/engine';
import type { Entity, Lang } from '../../core/types';

/** Below this, one extract() call is cheaper than any bookkeeping (a few ms at engine speed). */
export const WHOLE_DOCUMENT_LIMIT = 64 * 1024;
/** ~8 KB keeps each engine call (and so each stall of the extension host) to a few tens of ms. */
const CHUNK = 8 * 1024;

/**
 * Chunks covering `text`, the one holding [focusStart, focusEnd) first, then outwards in document
 * order. Every boundary sits after a line break, so no entity is cut (entities do not cross
 * paragraphs in news text; a single line longer than a chunk is cut at a space).
 */
export function chunkOrder(text: string, focusStart = 0, focusEnd = focusStart, size = CHUNK): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let s = 0;
  while (s < text.length) {
    const e = boundaryNear(text, Math.min(text.length, s + size), s);
    bounds.push([s, e]);
    s = e;
  }
  const first = bounds.findIndex(([a, b]) => b > focusStart && a <= Math.max(focusStart, focusEnd - 1));
  if (first <= 0) return bounds;
  // Visible chunks first (a screen may straddle two), then the rest in order.
  const visible = bounds.filter(([a, b]) => b > focusStart && a < Math.max(focusEnd, focusStart + 1));
  return [...visible, ...bounds.filter((c) => !visible.includes(c))];
}

function boundaryNear(text: string, target: number, min: number): number {
  if (target >= text.length) return text.length;
  const nl = text.lastIndexOf('\n', target - 1);
  if (nl > min) return nl + 1;
  const sp = text.lastIndexOf(' ', target - 1);
  return sp > min ? sp + 1 : target;
}

export interface ChunkedRun {
  /** Called after each chunk with the entities found so far in the chunks done so far. */
  onProgress?(done: ReadonlyArray<[number, number]>, entities: readonly Entity[]): void;
  /** Checked between chunks; true stops the run (it then resolves undefined). */
  isCancelled(): boolean;
  /** Gives the event loop a turn (setImmediate in the extension, a no-op in the bench). */
  yieldTurn(): Promise<void>;
}

/**
 * Runs the engine over `text`: in one call when small — the very call the CLI makes, so the editor
 * and `newsmark annotate` agree — else chunk by chunk in `chunkOrder`, with the language and
 * reference date of the whole document (`wholeDocument`) fixed so every chunk reads it the same way.
 */
export async function extractChunked(
  engine: Engine,
  text: string,
  opts: { focusStart?: number; focusEnd?: number; wholeDocument: () => { lang: Lang; refDate?: string } },
  run: ChunkedRun,
): Promise<{ lang: Lang; entities: Entity[] } | undefined> {
  if (text.length <= WHOLE_DOCUMENT_LIMIT) {
    const r = engine.extract(text, { lang: 'auto' });
    run.onProgress?.([[0, text.length]], r.entities);
    return r;
  }
  const { lang, refDate } = opts.wholeDocument();
  const done: Array<[number, number]> = [];
  const found: Entity[] = [];
  for (const [s, e] of chunkOrder(text, opts.focusStart, opts.focusEnd)) {
    if (run.isCancelled()) return undefined;
    // A chunk after the first is the middle of the document: its first line is no headline.
    const part = engine.extract(text.slice(s, e), { lang, refDate, midDocument: s > 0 }).entities;
    for (const ent of part) found.push({ ...ent, start: ent.start + s, end: ent.end + s });
    done.push([s, e]);
    run.onProgress?.(done, found);
    await run.yieldTurn();
  }
  if (run.isCancelled()) return undefined;
  return { lang, entities: found.sort((a, b) => a.start - b.start || a.end - b.end) };
}
