// The merge conflicts of one document as a person meets them: each entry the git merge driver marked
// `conflict:` — an annotation or a relation — with the place in the article it belongs to, what it
// is in words, and both sides. The Problems panel, its quick fixes and Resolve Merge Conflict all read
// this one list. Pure (no vscode), so the words and places are unit-tested.
import type { Annotation, Relation, UnresolvedConflict } from '../../sidecar';

export type Side = 'ours' | 'theirs';

export interface ConflictEntry {
  id: string;
  kind: 'annotation' | 'relation';
  /** Where it shows in the article: the annotation, or a relation's `from` end (the quote of a
   *  speaker, the person of a role, the role of an "of"); undefined for an orphan or a missing end. */
  at?: { start: number; end: number };
  /** What the person reads it as: “Колокольцев”, the speaker of “…”. Text from the file: shown as plain text only. */
  what: string;
  ours: string;
  theirs: string;
  /** 1-based line of the entry in the sidecar. */
  line: number;
}

const SHORT = 40;
const short = (s: string) => (s.length > SHORT ? `${s.slice(0, SHORT - 1)}…` : s);

/** `field: value` for each field the two sides disagree on; `—` where a side has none. */
export function sideSummary(ours: Annotation | Relation, c: UnresolvedConflict, side: Side): string {
  const show = (v: unknown) => (v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
  return Object.keys(c.theirs)
    .map((f) => `${f}: ${show(side === 'theirs' ? c.theirs[f] : (ours as unknown as Record<string, unknown>)[f])}`)
    .join(' · ');
}

/** Words for a relation, named by its `from` end (which is where it shows). */
function relationWords(r: Relation, from: Annotation | undefined): string {
  const end = from ? `“${short(from.text)}”` : r.from;
  return r.type === 'speaker' ? `the speaker of ${end}` : r.type === 'role' ? `the role of ${end}` : `whose role ${end} is`;
}

/** Conflicted annotations in document order, then conflicted relations in the sidecar's order. */
export function conflictEntries(
  annotations: readonly Annotation[],
  relations: readonly Relation[],
  conflicts: ReadonlyMap<string, UnresolvedConflict>,
): ConflictEntry[] {
  if (conflicts.size === 0) return [];
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const place = (a: Annotation | undefined) => (a && !a.orphan ? { at: { start: a.start, end: a.end } } : {});
  const out: ConflictEntry[] = [];
  for (const a of annotations) {
    const c = conflicts.get(a.id);
    if (c)
      out.push({
        id: a.id,
        kind: 'annotation',
        ...place(a),
        what: `“${a.text}”`,
        ours: sideSummary(a, c, 'ours'),
        theirs: sideSummary(a, c, 'theirs'),
        line: c.line,
      });
  }
  for (const r of relations) {
    const c = conflicts.get(r.id);
    if (!c) continue;
    const from = byId.get(r.from);
    out.push({
      id: r.id,
      kind: 'relation',
      ...place(from),
      what: relationWords(r, from),
      ours: sideSummary(r, c, 'ours'),
      theirs: sideSummary(r, c, 'theirs'),
      line: c.line,
    });
  }
  return out;
}

/** The Problems panel's sentence for an entry (plain text: no links are rendered there). */
export function conflictMessage(e: ConflictEntry): string {
  const subject = e.kind === 'relation' ? e.what.charAt(0).toUpperCase() + e.what.slice(1) : e.what;
  return `${subject} was decided differently on two branches — ours ${e.ours}, theirs ${e.theirs} (sidecar line ${e.line}). Resolve: Ctrl+. or Newsmark: Resolve Merge Conflict.`;
}

/**
 * The entry a command acts on: the one named by id, else the innermost at `offset` (an annotation
 * before a relation shown on the same word), else the first in the article, else the first.
 */
export function conflictTarget(entries: readonly ConflictEntry[], id?: string, offset?: number): ConflictEntry | undefined {
  if (id !== undefined) return entries.find((e) => e.id === id);
  const size = (e: ConflictEntry) => (e.at ? e.at.end - e.at.start : Infinity);
  const here =
    offset === undefined
      ? undefined
      : entries
          .filter((e) => e.at && e.at.start <= offset && offset <= e.at.end)
          .reduce<ConflictEntry | undefined>((best, e) => (!best || size(e) < size(best) ? e : best), undefined);
  return here ?? entries.find((e) => e.at) ?? entries[0];
}
