// Bench hook for `npm run bench`: time from an edit to updated decorations on large documents,
// measured on the pure part of the editor pipeline (no vscode), the same functions the extension
// runs. For each document size, one keystroke in the middle of the text, then:
//   typing  — offsets of every annotation move with the edit; on documents with fewer than
//             LARGE_DOCUMENT_ANNOTATIONS annotations the decorations are re-planned and mapped to
//             line/column too (on larger ones the editor moves its decorations by itself);
//   refresh — after the typing pause: the edited line goes through the engine, is merged by the
//             sidecar rules, and the visible range (~4 KB) is re-planned and mapped: the time from
//             the debounce firing to updated decorations on screen;
//   repaint — the rest of a large document's decorations, one event-loop turn later;
//   quotes  — Annotate Document's quote step on the whole document (withQuotes: quotes, roles and
//             their relations from the engine's entities), on the extension host's thread;
//   open    — opening the document with its sidecar: the first screen (previewHead: the file's first
//             HEAD_ENTRIES entries), the sidecar worker's fast first reading, which the highlights come
//             from (sidecar/preview.ts), and the full `yaml` parse that follows it
//             (parseSidecar), once each, on the sidecar written for the engine's suggestions, and on
//             that sidecar cut to its first 10,000 entries (issue 11's case: a 10k-entry sidecar);
//   confirm — the full parse arriving as new objects after the fast first reading: the shown objects
//             are kept where the parse gives the same entry (keepSame, field by field) and the store
//             finds the same list (sameObjects), so no highlight is planned or sent again (before
//             Dec. 6: a full repaint, at least the full repaint row); median of 5;
//   paint turn — the longest event-loop turn of painting that first reading whole (the list by style,
//             then slots of up to PAINT_TURN ranges per turn, decorations/highlights.ts): what a
//             keystroke may wait for while an article opens (before: the full repaint row); median of 5;
//   accept  — the sidecar worker's check after the parse (a full print of the parse, compared with
//             the text read: when equal, the first decision is patched too, session.adoptRead); one
//             decision written as a full print (serializeSidecar: what a first decision costs when the
//             file read is not what a print gives, e.g. hand-edited) and as the patch of the text read
//             (sidecar/patch.ts: the first decision after opening and every one after it), one run each.
// Run alone: npx tsx scripts/bench-editor.ts [sample.txt]
import type { Engine } from '../src/core/engine';
import {
  keepSame,
  mergeSuggestions,
  parseSidecar,
  previewHead,
  previewSidecar,
  sameObjects,
  serializeSidecar,
  setStatus,
  type Annotation,
  type Sidecar,
} from '../src/sidecar';
import { HEAD_ENTRIES } from '../src/extension/sidecar-sync/worker';
import { patchSidecar, type Printed } from '../src/sidecar/patch';
import { ENTITY_TYPES } from '../src/core/types';
import { documentContext } from '../src/core/document-context';
import { withQuotes } from '../src/core/quotes/relations';
import { changedSlots, LARGE_DOCUMENT_ANNOTATIONS, PAINT_TURN, planDecorations, slotsOf, type SlotKey, type SlotSet } from '../src/extension/decorations/plan';
import { shiftAnnotations, Tracked } from '../src/extension/model/shift';
import { extractChunked } from '../src/extension/tracking/chunks';
import { addChanges, toLines } from '../src/extension/tracking/dirty';
import { extractRegions, mergeRegions } from '../src/extension/tracking/incremental';
import { median } from './median.mjs';

export interface EditorBenchRow {
  label: string;
  bytes: number;
  annotations: number;
  /** Median ms from a keystroke to moved annotations (and re-planned decorations when not large). */
  typingMs: number;
  /** Median ms from the debounce firing to the visible range's new decorations. */
  refreshMs: number;
  /** Median ms to re-plan and map all decorations (large documents do it a turn after the visible range). */
  repaintMs: number;
  /** Median ms of withQuotes over the whole document (it keeps no cache: every run is a first pass). */
  quotesMs: number;
  /** UTF-8 bytes of the sidecar the open figures read. */
  sidecarBytes: number;
  /** ms of the first screen of that sidecar (its first HEAD_ENTRIES entries, anchored), one run. */
  openHeadMs: number;
  /** ms of the first reading of that sidecar (the highlights on open), one run. */
  openPreviewMs: number;
  /** ms of the full parse of that sidecar (parseSidecar: yaml, checks, anchoring), one run. */
  openParseMs: number;
  /** ms of the worker's check after the parse: the parse printed whole and compared with the text read, one run. */
  openCheckMs: number;
  /** ms of writing one decision into that sidecar: the whole file printed again, one run. */
  acceptWholeMs: number;
  /** ms of the first decision as a patch of the text read (adopted by the check), one run. */
  acceptPatchedMs: number;
  /** ms of the full parse's list replacing the first reading's: keepSame + sameObjects, nothing repainted. */
  confirmMs: number;
  /** ms of the longest turn of painting the first reading whole (plan, then slots of PAINT_TURN ranges). */
  paintTurnMs: number;
  /** The same two figures for a sidecar of the first OPEN_ENTRIES suggestions, when there are more. */
  open10k?: { sidecarBytes: number; headMs: number; previewMs: number; parseMs: number };
}

/** Issue 11's case: a 1 MB article with a 10k-entry sidecar. */
const OPEN_ENTRIES = 10000;

/** ms of the first screen, the first reading and the full parse of `sidecar`, one run each (a first pass), as the worker runs them. */
function timeOpen(sidecar: string, doc: string): { headMs: number; previewMs: number; parseMs: number; parsed: Sidecar } {
  let t = performance.now();
  if (!previewHead(sidecar, doc, 'article.txt', HEAD_ENTRIES)) throw new Error('bench: no first screen');
  const headMs = performance.now() - t;
  t = performance.now();
  previewSidecar(sidecar, doc, 'article.txt');
  const previewMs = performance.now() - t;
  t = performance.now();
  const parsed = parseSidecar(sidecar, doc, 'article.txt.annotations.yaml', 'article.txt');
  return { headMs, previewMs, parseMs: performance.now() - t, parsed };
}

/**
 * ms of the worker's check of the text read (a full print of the parse, which must equal it), of one
 * Accept printed whole, and of the same first Accept as a patch of the text read (checked equal to its
 * full print).
 */
function timeAccept(previous: Sidecar, doc: string, read: string): { openCheckMs: number; acceptWholeMs: number; acceptPatchedMs: number } {
  const list = [...previous.annotations, ...previous.orphans];
  let t = performance.now();
  const adopted = serializeSidecar(previous, 'article.txt', doc, list, previous.relations) === read;
  const openCheckMs = performance.now() - t;
  if (!adopted) throw new Error('bench: the sidecar newsmark wrote does not print back the same');
  const first = setStatus(list, list[Math.floor(list.length / 3)].id, 'accepted');
  t = performance.now();
  const whole = serializeSidecar(previous, 'article.txt', doc, first);
  const acceptWholeMs = performance.now() - t;
  const base: Printed = { previous, articleName: 'article.txt', articleText: doc, annotations: list, relations: previous.relations, text: read };
  t = performance.now();
  const patched = patchSidecar(base, previous, 'article.txt', doc, first, previous.relations);
  const acceptPatchedMs = performance.now() - t;
  if (patched !== whole) throw new Error('bench: the patched sidecar differs from the full print');
  return { openCheckMs, acceptWholeMs, acceptPatchedMs };
}

/**
 * The full parse confirming the first reading (`confirmMs`: keepSame and the store's sameObjects; no
 * slot changes, checked), and the longest turn of painting the first reading whole (`paintTurnMs`),
 * as decorations/highlights.ts turns them: the plan in one, then slots up to PAINT_TURN ranges each.
 */
function timeConfirm(doc: string, sidecar: string, parsed: Sidecar): { confirmMs: number; paintTurnMs: number } {
  const first = previewSidecar(sidecar, doc, 'article.txt');
  if (!first) throw new Error('bench: no first reading');
  const shown = [...first.annotations, ...first.orphans].sort((a, b) => a.start - b.start || a.end - b.end);
  const filter = { types: new Set(ENTITY_TYPES), showRejected: true };
  const pos = lineIndex(doc);
  const turns: number[] = [];
  const confirms: number[] = [];
  // Five times each, the median: the paint's code is otherwise timed cold (first use in this process).
  for (let run = 0; run < 5; run++) {
    let t = performance.now();
    const plan = planDecorations(shown, filter);
    let longest = performance.now() - t;
    t = performance.now();
    const slots = slotsOf(plan);
    const todo = changedSlots(new Map(), slots, 1);
    const set = new Map<SlotKey, SlotSet>();
    const ranges: unknown[] = [];
    for (let i = 0; i < todo.length;) {
      let budget = PAINT_TURN;
      do {
        const list = slots.get(todo[i]) ?? [];
        budget -= Math.max(1, list.length);
        // Positions of both ends, as the manager builds a Range for each (its setDecorations is not timed).
        set.set(todo[i++], { list, version: 1 });
        ranges.push(list.map((a) => [pos(a.start), pos(a.end)]));
      } while (i < todo.length && budget > 0);
      longest = Math.max(longest, performance.now() - t);
      t = performance.now();
    }
    turns.push(longest);
    // The parse's entries are new objects here, as when the worker sends the parse whole (it differs
    // somewhere): every entry is compared field by field. When it equals the first reading the worker
    // sends none and the objects are the shown ones (the first check of each).
    const copies = [...parsed.annotations, ...parsed.orphans].map((a) => ({ ...a }));
    t = performance.now();
    const kept = keepSame(shown, copies);
    if (!sameObjects(shown, kept)) throw new Error('bench: the full parse is not the first reading');
    confirms.push(performance.now() - t);
    if (changedSlots(set, slotsOf(planDecorations(kept, filter)), 1).length) throw new Error('bench: a confirmed list would send slots');
  }
  return { confirmMs: median(confirms), paintTurnMs: median(turns) };
}

/** Repeats `article` (paragraph-separated) until it reaches `bytes` UTF-16 code units. */
export function syntheticDocument(article: string, bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    parts.push(article);
    n += article.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

/** Offsets → line/column, as TextDocument.positionAt does (binary search over line starts). */
function lineIndex(text: string): (offset: number) => { line: number; character: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  };
}

export async function benchEditor(
  engine: Engine,
  article: string,
  sizes: Array<[string, number]> = [
    ['50 KB', 50 * 1024],
    ['1 MB', 1024 * 1024],
  ],
): Promise<EditorBenchRow[]> {
  return benchEditorDocs(
    engine,
    sizes.map(([label, size]) => ({ label, text: syntheticDocument(article, size) })),
  );
}

/** The hook scripts/bench.mjs calls: rows of [label, median ms] for its own documents. */
export async function benchEditorHook(engine: Engine, docs: Array<{ label: string; text: string }>): Promise<Array<[string, number]>> {
  const rows = await benchEditorDocs(engine, docs);
  return rows.flatMap((r): Array<[string, number]> => [
    [
      `${r.label} (${r.annotations} annotations), keystroke → offsets moved${r.annotations > LARGE_DOCUMENT_ANNOTATIONS ? '' : ' and decorations re-planned'}`,
      r.typingMs,
    ],
    [`${r.label}, refresh after the pause → visible decorations (edited line re-read, merged, planned)`, r.refreshMs],
    [`${r.label}, full repaint of all decorations`, r.repaintMs],
    [`${r.label}, Annotate Document's quotes, roles and relations (withQuotes, whole document)`, r.quotesMs],
    [`${r.label}, open with its sidecar (${(r.sidecarBytes / 1e6).toFixed(1)} MB): the first screen (previewHead, ${HEAD_ENTRIES} entries)`, r.openHeadMs],
    [`${r.label}, open with its sidecar: first reading, the highlights (sidecar/preview.ts)`, r.openPreviewMs],
    [`${r.label}, open with its sidecar: full parse (parseSidecar, yaml)`, r.openParseMs],
    [`${r.label}, open: the full parse (new objects) confirming the first reading (keepSame + sameObjects; nothing repainted)`, r.confirmMs],
    [`${r.label}, open: the longest event-loop turn of painting the first reading (plan, then slots of ${PAINT_TURN} ranges)`, r.paintTurnMs],
    [`${r.label}, open: the worker's check after the parse (full print = text read; off the host thread)`, r.openCheckMs],
    [`${r.label}, Accept into that sidecar, the whole file printed (a first decision when the check fails)`, r.acceptWholeMs],
    [`${r.label}, Accept, the first decision after opening: its entry's line patched (sidecar/patch.ts)`, r.acceptPatchedMs],
    ...(r.open10k
      ? ([
          [`${r.label}, open with a ${OPEN_ENTRIES}-entry sidecar (${(r.open10k.sidecarBytes / 1e6).toFixed(1)} MB): the first screen`, r.open10k.headMs],
          [`${r.label}, open with a ${OPEN_ENTRIES}-entry sidecar: first reading, the highlights`, r.open10k.previewMs],
          [`${r.label}, open with a ${OPEN_ENTRIES}-entry sidecar: full parse`, r.open10k.parseMs],
        ] as Array<[string, number]>)
      : []),
  ]);
}

export async function benchEditorDocs(engine: Engine, docs: Array<{ label: string; text: string }>): Promise<EditorBenchRow[]> {
  const rows: EditorBenchRow[] = [];
  const filter = { types: new Set(ENTITY_TYPES), showRejected: true };
  for (const { label, text } of docs) {
    let doc = text;
    const ctx = documentContext(doc);
    const whole = await extractChunked(engine, doc, { wholeDocument: () => ctx }, { isCancelled: () => false, yieldTurn: async () => {} });
    const quotes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      withQuotes(doc, whole?.entities ?? [], ctx.lang);
      quotes.push(performance.now() - t0);
    }
    const suggested = mergeSuggestions(undefined, whole?.entities ?? []);
    const sidecar = serializeSidecar(undefined, 'article.txt', doc, suggested);
    const { headMs: openHeadMs, previewMs: openPreviewMs, parseMs: openParseMs, parsed } = timeOpen(sidecar, doc);
    const { confirmMs, paintTurnMs } = timeConfirm(doc, sidecar, parsed);
    const { openCheckMs, acceptWholeMs, acceptPatchedMs } = timeAccept(parsed, doc, sidecar);
    let open10k: EditorBenchRow['open10k'];
    if (suggested.length > OPEN_ENTRIES) {
      const cut = serializeSidecar(undefined, 'article.txt', doc, suggested.slice(0, OPEN_ENTRIES));
      const { headMs, previewMs, parseMs } = timeOpen(cut, doc);
      open10k = { sidecarBytes: Buffer.byteLength(cut), headMs, previewMs, parseMs };
    }
    let items: Tracked[] = suggested.map((ann) => ({ ann }));
    const large = items.length > LARGE_DOCUMENT_ANNOTATIONS;
    const typing: number[] = [];
    const refresh: number[] = [];
    const repaint: number[] = [];
    for (let i = 0; i < 15; i++) {
      // A keystroke inside a word in the middle of the document.
      const at = Math.floor(doc.length / 2) + i * 7;
      const change = { offset: at, deleteLength: 0, insertText: 'x' };
      let t0 = performance.now();
      doc = doc.slice(0, at) + 'x' + doc.slice(at);
      items = shiftAnnotations(items, [change], (s, e) => doc.slice(s, e));
      items.sort((a, b) => a.ann.start - b.ann.start || a.ann.end - b.ann.end);
      if (!large)
        mapAll(
          doc,
          planDecorations(
            items.map((t) => t.ann),
            filter,
          ),
        );
      typing.push(performance.now() - t0);

      t0 = performance.now();
      const regions = toLines(doc, addChanges([], [change]));
      const current = items.map((t) => t.ann);
      const merged = mergeRegions(current, regions, extractRegions(engine, doc, regions, ctx)) ?? current;
      merged.sort((a, b) => a.start - b.start || a.end - b.end);
      const from = Math.max(0, at - 2048);
      mapAll(doc, planDecorations(merged, { ...filter, from, to: from + 4096 }));
      refresh.push(performance.now() - t0);
      items = merged.map((ann) => ({ ann }));

      t0 = performance.now();
      mapAll(doc, planDecorations(merged, filter));
      repaint.push(performance.now() - t0);
    }
    rows.push({
      label,
      bytes: doc.length,
      annotations: items.length,
      typingMs: median(typing),
      refreshMs: median(refresh),
      repaintMs: median(repaint),
      quotesMs: median(quotes),
      sidecarBytes: Buffer.byteLength(sidecar),
      openHeadMs,
      openPreviewMs,
      openParseMs,
      openCheckMs,
      acceptWholeMs,
      acceptPatchedMs,
      confirmMs,
      paintTurnMs,
      open10k,
    });
  }
  return rows;
}

/** Offsets → positions for every planned annotation, as the decoration manager does. */
function mapAll(text: string, plan: Map<string, Annotation[]>): number {
  const pos = lineIndex(text);
  let n = 0;
  for (const list of plan.values()) for (const a of list) n += pos(a.start).line + pos(a.end).character;
  return n;
}

export function formatEditorBench(rows: EditorBenchRow[]): string {
  const lines = [
    'editor: keystroke → updated decorations (pure pipeline, medians of 15 edits)',
    '| document | annotations | typing (ms) | refresh after pause, visible range (ms) | full repaint (ms) |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const r of rows) lines.push(`| ${r.label} | ${r.annotations} | ${r.typingMs.toFixed(2)} | ${r.refreshMs.toFixed(2)} | ${r.repaintMs.toFixed(1)} |`);
  lines.push(
    '',
    'sidecar: open and Accept (one run each, first pass)',
    '| document | sidecar MB | first screen (ms) | first reading (ms) | longest paint turn (ms) | full parse (ms) | parse confirms the reading (ms) | check after the parse (ms) | Accept, whole print (ms) | Accept, patched (ms) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of rows)
    lines.push(
      `| ${r.label} | ${(r.sidecarBytes / 1e6).toFixed(1)} | ${r.openHeadMs.toFixed(0)} | ${r.openPreviewMs.toFixed(0)} | ${r.paintTurnMs.toFixed(1)} | ${r.openParseMs.toFixed(0)} | ${r.confirmMs.toFixed(1)} | ${r.openCheckMs.toFixed(0)} | ${r.acceptWholeMs.toFixed(0)} | ${r.acceptPatchedMs.toFixed(1)} |`,
    );
  return lines.join('\n');
}

if (require.main === module) {
  void (async () => {
    const { readFileSync } = await import('node:fs');
    const { loadEngine } = await import('../src/core/engine');
    const file = process.argv[2] ?? 'samples/ru-mvd-kazakhstan-russia.txt';
    console.log(formatEditorBench(await benchEditor(await loadEngine(), readFileSync(file, 'utf8'))));
  })().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
