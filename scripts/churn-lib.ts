// Measures sidecar churn: how many lines of a sidecar change when a person edits the article, against
// how many annotations really changed. Shared by `scripts/churn.ts` (the table over samples and dev
// articles) and test/unit/sidecar/churn.test.ts (the same edit kinds as a table-driven test).
//
// One measurement: annotate the article (engine + merge + serialize, as `newsmark annotate` does), make a
// few decisions as a reviewer would, apply one edit to the article, annotate again, and compare the two
// sidecar texts line by line.
import type { Entity } from '../src/core/types';
import { Annotation, mergeSuggestions, parseSidecar, serializeSidecar, setNote, setStatus } from '../src/sidecar';
import { contextAfter, contextBefore } from '../src/sidecar/context';

export type EditKind = 'insert-top' | 'insert-middle' | 'insert-end' | 'typo-in-name' | 'delete-paragraph' | 'swap-paragraphs';
export const EDIT_KINDS: readonly EditKind[] = ['insert-top', 'insert-middle', 'insert-end', 'typo-in-name', 'delete-paragraph', 'swap-paragraphs'];

/** A neutral sentence (no entity in it), in the article's language. */
const SENTENCE = { ru: 'Встреча длилась три часа.', en: 'The meeting lasted three hours.' };

/** Paragraphs: blocks between blank lines, or lines when the text has no blank line (one sentence per line). */
function splitParagraphs(text: string): { parts: string[]; sep: string } {
  const sep = /\n\s*\n/.test(text) ? '\n\n' : '\n';
  return { parts: text.split(sep), sep };
}

/** The paragraph indexes an edit may touch: non-empty ones after the first (the headline). */
function bodyParagraphs(parts: string[]): number[] {
  const idx = parts.map((p, i) => (i > 0 && p.trim() ? i : -1)).filter((i) => i >= 0);
  return idx.length ? idx : [0];
}

/** Applies one edit kind; undefined when the article is too short for it (e.g. one paragraph to swap). */
export function applyEdit(kind: EditKind, text: string, entities: readonly Entity[], lang: 'ru' | 'en'): string | undefined {
  const sentence = SENTENCE[lang];
  const { parts, sep } = splitParagraphs(text);
  const body = bodyParagraphs(parts);
  const mid = body[Math.floor(body.length / 2)];
  switch (kind) {
    case 'insert-top': {
      // A new paragraph before the first body paragraph (the example).
      const p = [...parts];
      p.splice(body[0], 0, sentence);
      return p.join(sep);
    }
    case 'insert-middle': {
      // A sentence inside the middle paragraph, after its first sentence end.
      const p = [...parts];
      const m = /[.!?»"](?= )/.exec(p[mid]);
      if (!m) return undefined;
      p[mid] = `${p[mid].slice(0, m.index + 1)} ${sentence}${p[mid].slice(m.index + 1)}`;
      return p.join(sep);
    }
    case 'insert-end': {
      const trail = /\s*$/.exec(text)![0];
      return `${text.slice(0, text.length - trail.length)} ${sentence}${trail}`;
    }
    case 'typo-in-name': {
      // One letter of a name changes (a typo made or fixed): the middle PER, else the middle entity.
      const names = entities.filter((e) => e.type === 'PER' && e.text.length >= 5);
      const pool = names.length ? names : entities.filter((e) => e.text.length >= 5 && /\p{L}{5}/u.test(e.text));
      if (!pool.length) return undefined;
      const e = pool[Math.floor(pool.length / 2)];
      const word = /\p{L}{4,}/u.exec(e.text);
      if (!word) return undefined;
      const at = e.start + word.index + 2;
      const a = text[at];
      const b = text[at + 1];
      if (a === b) return text.slice(0, at) + (a === 'o' || a === 'о' ? 'a' : 'o') + text.slice(at + 1);
      return text.slice(0, at) + b + a + text.slice(at + 2);
    }
    case 'delete-paragraph': {
      if (body.length < 2) return undefined;
      const p = [...parts];
      p.splice(mid, 1);
      return p.join(sep);
    }
    case 'swap-paragraphs': {
      if (body.length < 3) return undefined;
      const i = body.indexOf(mid);
      const [x, y] = i + 1 < body.length ? [mid, body[i + 1]] : [body[i - 1], mid];
      const p = [...parts];
      [p[x], p[y]] = [p[y], p[x]];
      return p.join(sep);
    }
  }
}

/** `newsmark annotate` in memory: parse the previous sidecar against the text, merge, serialize. */
export function annotateText(
  previous: string | undefined,
  name: string,
  text: string,
  extract: (t: string) => Entity[],
): { out: string; annotations: Annotation[] } {
  const sc = previous === undefined ? undefined : parseSidecar(previous, text, `${name}.annotations.yaml`, name);
  const annotations = mergeSuggestions(sc, extract(text));
  return { out: serializeSidecar(sc, name, text, annotations), annotations };
}

/** A reviewer's pass: every 4th annotation accepted, every 7th rejected, a note on the second. */
export function review(name: string, text: string, sidecar: string): string {
  const sc = parseSidecar(sidecar, text, `${name}.annotations.yaml`, name);
  let list = [...sc.annotations];
  list.forEach((a, i) => {
    if (i % 4 === 0) list = setStatus(list, a.id, 'accepted');
    else if (i % 7 === 3) list = setStatus(list, a.id, 'rejected');
  });
  if (list[1]) list = setNote(list, list[1].id, 'checked against the agency wire');
  return serializeSidecar(sc, name, text, list);
}

/** Changed lines of a line diff (longest common subsequence of lines, as git shows it): a rewritten
 *  line counts once, i.e. per run of removed and added lines the larger of the two counts. */
export function changedLines(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  // lcs[i][j]: length of the LCS of x[i..] and y[j..]; sidecars are a few hundred lines.
  const lcs = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  let total = 0;
  let del = 0;
  let ins = 0;
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      total += Math.max(del, ins);
      del = ins = 0;
      i++;
      j++;
    } else if (j < y.length && (i === x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      ins++;
      j++;
    } else {
      del++;
      i++;
    }
  }
  return total + Math.max(del, ins);
}

/** What a reviewer must read about one annotation: everything but its absolute offsets (and the
 *  engine-claim fingerprint, which only merge reads: the in-memory list may not carry it). */
function visible(a: Annotation, text: string): string {
  const { start, end, sig: _sig, ...rest } = a;
  const ctx = a.orphan ? {} : { before: contextBefore(text, start), after: contextAfter(text, end) };
  const all: Record<string, unknown> = { ...rest, ...ctx };
  return JSON.stringify(
    Object.keys(all)
      .sort()
      .map((k) => [k, all[k]]),
  );
}

/** Annotations that really changed: added, removed, or a changed field, quote or context (not offsets). */
export function changedAnnotations(before: readonly Annotation[], textBefore: string, after: readonly Annotation[], textAfter: string): number {
  const old = new Map(before.map((a) => [a.id, visible(a, textBefore)]));
  let n = 0;
  const seen = new Set<string>();
  for (const a of after) {
    seen.add(a.id);
    if (old.get(a.id) !== visible(a, textAfter)) n++;
  }
  for (const id of old.keys()) if (!seen.has(id)) n++;
  return n;
}

export interface ChurnRow {
  kind: EditKind;
  annotations: number;
  changedAnnotations: number;
  changedLines: number;
}

/** One article through every edit kind (kinds the article is too short for are left out). */
export function measureArticle(name: string, text: string, lang: 'ru' | 'en', extract: (t: string) => Entity[]): ChurnRow[] {
  const first = annotateText(undefined, name, text, extract).out;
  const reviewed = review(name, text, first);
  const base = parseSidecar(reviewed, text, `${name}.annotations.yaml`, name);
  const baseList = [...base.annotations, ...base.orphans];
  const rows: ChurnRow[] = [];
  for (const kind of EDIT_KINDS) {
    const edited = applyEdit(kind, text, extract(text), lang);
    if (edited === undefined || edited === text) continue;
    const { out, annotations } = annotateText(reviewed, name, edited, extract);
    rows.push({
      kind,
      annotations: baseList.length,
      changedAnnotations: changedAnnotations(baseList, text, annotations, edited),
      changedLines: changedLines(reviewed, out),
    });
  }
  return rows;
}
