// Runs the engine for one document: loads it lazily (never during activation), reads large
// documents in chunks with the visible part first, and gives up as soon as the document changes or
// a newer run starts. The result is merged into the document's annotations by the sidecar's rules.
import * as vscode from 'vscode';
import { Engine, loadEngine } from '../../core/engine';
import { loadOnce } from '../../core/load-once';
import type { Entity, Lang } from '../../core/types';
import type { Annotation } from '../../sidecar';
import { extractChunked } from './chunks';
import { documentContext, type DocumentContext } from '../../core/document-context';
import { log } from '../util/errors';

export interface ExtractOutcome {
  lang: Lang;
  entities: Entity[];
  context: DocumentContext;
}

let loadMs: number | undefined;

/** The engine, loaded on first use; the load time goes to the log once. A failed load is retried by the next request. */
export const engine: () => Promise<Engine> = loadOnce(async () => {
  const t0 = performance.now();
  const e = await loadEngine();
  loadMs = performance.now() - t0;
  log(`engine loaded in ${loadMs.toFixed(0)} ms`);
  return e;
});

export function engineLoadMs(): number | undefined {
  return loadMs;
}

/**
 * Entities of `doc` as of its current version, or undefined when the run was cancelled or the
 * document changed meanwhile. `onVisible` gets the entities of the visible chunk of a large
 * document early, so highlights appear there before the whole document is read.
 */
export async function extractDocument(
  doc: vscode.TextDocument,
  token: vscode.CancellationToken,
  onVisible?: (entities: readonly Entity[], covered: ReadonlyArray<[number, number]>) => void,
): Promise<ExtractOutcome | undefined> {
  const e = await engine();
  const version = doc.version;
  if (token.isCancellationRequested || doc.isClosed) return undefined;
  const text = doc.getText();
  const vis = vscode.window.visibleTextEditors.find((ed) => ed.document === doc)?.visibleRanges[0];
  let first = true;
  let whole: DocumentContext | undefined;
  const result = await extractChunked(
    e,
    text,
    {
      focusStart: vis ? doc.offsetAt(vis.start) : 0,
      focusEnd: vis ? doc.offsetAt(vis.end) : 0,
      wholeDocument: () => (whole = documentContext(text)),
    },
    {
      isCancelled: () => token.isCancellationRequested || doc.isClosed || doc.version !== version,
      yieldTurn: () => new Promise((r) => setImmediate(r)),
      onProgress: (done, found) => {
        if (first && onVisible && done.length === 1 && done[0][1] - done[0][0] < text.length) onVisible(found, done);
        first = false;
      },
    },
  );
  if (!result || token.isCancellationRequested || doc.version !== version) return undefined;
  // Small documents went through the engine's own 'auto' path; record the same context for later
  // line-by-line refreshes (large ones were read with exactly this context already).
  return { ...result, context: whole ?? documentContext(text) };
}

/**
 * Engine entities for the chunks read so far plus the previous suggestions elsewhere, so an early
 * partial result does not blank the rest of a large document.
 */
export function partialSuggestions(previous: readonly Annotation[], found: readonly Entity[], covered: ReadonlyArray<[number, number]>): Entity[] {
  const inside = (a: { start: number; end: number }) => covered.some(([s, e]) => a.start >= s && a.end <= e);
  return [...found, ...previous.filter((a) => a.status === 'suggested' && !a.orphan && !inside(a))];
}
