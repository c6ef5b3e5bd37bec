// Relations between annotations, the `relations:` list of a sidecar: who said a quote (speaker:
// QUOTE → PER/ORG), a person's role (role: PER → ROLE) and whose role it is (of: ROLE → LOC/ORG).
// A relation names its ends by annotation id, so it follows them through re-anchoring; it carries a
// status like an annotation, and the engine's suggestions are merged by the same rules (merge.ts):
//  * accepted, rejected and manual relations, and suggested ones a person wrote a note, comment or
//    extra key on, are kept exactly — also when an end became an orphan or is gone (`check` says so);
//  * other suggested relations are replaced by what the engine says now, when it ran on quotes at all;
//  * an engine relation is not suggested where a person decided: the same relation rejected, or
//    another one accepted or made by hand at its single end (a quote has one speaker; roles and
//    bodies have none: "министры … России и Казахстана Владимир Колокольцев и Ержан Саденов" is one
//    role of two people and two places), or an end the person rejected.
import { createHash } from 'node:crypto';
import type { Entity } from '../core/types';
import { Annotation, Status } from './types';

export type RelationType = 'speaker' | 'role' | 'of';
export const RELATION_TYPES: readonly RelationType[] = ['speaker', 'role', 'of'];

export interface Relation {
  /** Stable id: derived from type and ends when the relation is created, never recomputed. */
  id: string;
  type: RelationType;
  /** Annotation ids: speaker QUOTE → PER/ORG, role PER → ROLE, of ROLE → LOC/ORG. */
  from: string;
  to: string;
  status: Status;
  note?: string;
}

/** An engine relation between two of the suggestions given to merge (indices into that list). */
export interface EngineRelation {
  type: RelationType;
  from: number;
  to: number;
}

/** Relation types whose `from` has only one: a quote's one speaker. */
export type SingleRelationType = 'speaker';
export const SINGLE_END: Readonly<Partial<Record<RelationType, 'from'>>> = { speaker: 'from' };
const singleKey = (r: { type: RelationType; from: string }) => (SINGLE_END[r.type] ? `${r.type}\u0000${r.from}` : undefined);

/** 'rel-1f3a9c0b' from type and ends (the same relation gets the same id on any machine); -2, -3… on collision. */
export function relationId(type: RelationType, from: string, to: string, taken: ReadonlySet<string> = new Set()): string {
  const base = `rel-${createHash('sha1').update(`${type}\u0000${from}\u0000${to}`, 'utf8').digest('hex').slice(0, 8)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

const triple = (r: { type: string; from: string; to: string }) => `${r.type}\u0000${r.from}\u0000${r.to}`;
const spanKey = (a: { type: string; start: number; end: number }) => `${a.type}:${a.start}:${a.end}`;

/**
 * The relation list after `annotate`. `annotations` is the merged annotation list (mergeSuggestions);
 * `engine` the engine's relations between `suggestions`, or undefined when quotes did not run (then
 * the relations already there stay, less untouched suggestions whose end is gone).
 */
export function mergeRelations(
  previous: readonly Relation[],
  annotations: readonly Annotation[],
  suggestions: readonly Entity[],
  engine: readonly EngineRelation[] | undefined,
  handWritten: ReadonlySet<string> = new Set(),
): Relation[] {
  const live = new Map(annotations.filter((a) => !a.orphan).map((a) => [a.id, a]));
  const isKept = (r: Relation) => r.status !== 'suggested' || r.note !== undefined || handWritten.has(r.id);
  if (!engine) return previous.filter((r) => isKept(r) || (live.has(r.from) && live.has(r.to)));

  const kept = previous.filter(isKept);
  const decided = new Set(kept.map(triple));
  // The single end of each relation a person accepted or made: the engine proposes no other there.
  const claimed = new Set(kept.filter((r) => r.status === 'accepted' || r.status === 'manual').map(singleKey));
  const bySpan = new Map<string, Annotation>();
  for (const a of live.values()) if (!bySpan.has(spanKey(a))) bySpan.set(spanKey(a), a);
  const idOf = (i: number): string | undefined => {
    const a = suggestions[i] && bySpan.get(spanKey(suggestions[i]));
    return a && a.status !== 'rejected' ? a.id : undefined;
  };

  const out = [...kept];
  const taken = new Set(previous.map((r) => r.id));
  const old = new Map(previous.filter((r) => !isKept(r)).map((r) => [triple(r), r.id]));
  const seen = new Set<string>();
  for (const e of engine) {
    const from = idOf(e.from);
    const to = idOf(e.to);
    if (!from || !to) continue;
    const r = { type: e.type, from, to };
    const key = triple(r);
    const single = singleKey(r);
    if (seen.has(key) || decided.has(key) || (single !== undefined && claimed.has(single))) continue;
    seen.add(key);
    const id = old.get(key) ?? relationId(r.type, from, to, taken);
    taken.add(id);
    out.push({ id, ...r, status: 'suggested' });
  }
  return out;
}

/** A relation whose end is an orphan or no annotation at all (for `check`, `annotate` and the editor). */
export interface LooseEnd {
  relation: Relation;
  end: 'from' | 'to';
  /** The end's id, and the orphan annotation when it is one. */
  id: string;
  orphan?: Annotation;
}

/** "relation speaker quote-… → per-… (accepted): its to end per-… is an orphan" — for `check` and `annotate`. */
export function looseEndMessage(l: LooseEnd): string {
  const r = l.relation;
  const what = l.orphan ? `is an orphan (${l.orphan.type} "${l.orphan.text}" is no longer in the article)` : 'names no annotation in this file';
  return `loose relation: ${r.type} ${r.from} → ${r.to} (${r.status}): its ${l.end} end ${l.id} ${what}`;
}

export function looseEnds(relations: readonly Relation[], annotations: readonly Annotation[], orphans: readonly Annotation[]): LooseEnd[] {
  const live = new Set(annotations.map((a) => a.id));
  const lost = new Map(orphans.map((a) => [a.id, a]));
  const out: LooseEnd[] = [];
  for (const relation of relations) {
    for (const end of ['from', 'to'] as const) {
      const id = relation[end];
      if (!live.has(id)) out.push({ relation, end, id, ...(lost.has(id) ? { orphan: lost.get(id) } : {}) });
    }
  }
  return out;
}

/** Sets a relation's status (accept, reject, back to suggested). */
export function setRelationStatus(list: readonly Relation[], id: string, status: Status): Relation[] {
  if (!list.some((r) => r.id === id)) throw new Error(`no relation with id '${id}'`);
  return list.map((r) => (r.id === id ? { ...r, status } : r));
}

/**
 * A person names the speaker of a quote: the relation they chose is `manual` (or accepted, when it
 * was the engine's suggestion), and the quote's other speakers are rejected if the engine suggested
 * them (so they are not suggested again) or removed if a person made them.
 */
export function setRelation(list: readonly Relation[], type: SingleRelationType, from: string, to: string): { relations: Relation[]; id: string } {
  const out: Relation[] = [];
  let id: string | undefined;
  for (const r of list) {
    if (r.type === type && r.from === from && r.to === to) {
      id = r.id;
      out.push({ ...r, status: r.status === 'manual' ? 'manual' : 'accepted' });
    } else if (r.type === type && r.from === from) {
      if (r.status !== 'manual') out.push({ ...r, status: 'rejected' });
    } else out.push(r);
  }
  if (!id) {
    id = relationId(type, from, to, new Set(list.map((r) => r.id)));
    out.push({ id, type, from, to, status: 'manual' });
  }
  return { relations: out, id };
}

/** Clears a quote's speaker (Clear Speaker): engine relations rejected, a person's removed. */
export function clearRelation(list: readonly Relation[], type: SingleRelationType, from: string): Relation[] {
  return list.flatMap((r) => (r.type === type && r.from === from ? (r.status === 'manual' ? [] : [{ ...r, status: 'rejected' as Status }]) : [r]));
}

/**
 * A person's relation changes in the editor (`base` → `ours`) replayed onto the file as it is now
 * (`theirs`), after someone else wrote it meanwhile: what the person added, changed or removed
 * follows the person, every other relation is the file's — so a speaker set on one quote never
 * wipes out relations written on disk for another. Where both sides decided the same quote's
 * speaker, the person's later choice in the editor wins and the file's other speakers of that quote
 * are left out (a quote has one speaker).
 */
export function rebaseRelations(base: readonly Relation[], ours: readonly Relation[], theirs: readonly Relation[]): Relation[] {
  const same = (a: Relation, b: Relation) => a.type === b.type && a.from === b.from && a.to === b.to && a.status === b.status && a.note === b.note;
  const before = new Map(base.map((r) => [r.id, r]));
  const kept = new Set(ours.map((r) => r.id));
  const changed = ours.filter((r) => !before.has(r.id) || !same(before.get(r.id)!, r));
  const removed = new Set(base.filter((r) => !kept.has(r.id)).map((r) => r.id));
  const decidedHere = new Set(changed.map(singleKey).filter((k): k is string => k !== undefined));
  const byId = new Map(changed.map((r) => [r.id, r]));
  const out: Relation[] = [];
  for (const r of theirs) {
    if (removed.has(r.id)) continue;
    const mine = byId.get(r.id);
    if (mine) {
      out.push(mine);
      byId.delete(r.id);
    } else if (!decidedHere.has(singleKey(r) ?? '') || kept.has(r.id)) out.push(r);
  }
  return [...out, ...byId.values()];
}
