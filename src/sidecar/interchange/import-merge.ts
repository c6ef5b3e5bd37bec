// Brings spans from an annotation tool into an article's annotation list under the sidecar's rules:
// a decision already in the sidecar is never changed (the tool's copy may be older); an engine
// suggestion at the same span and type takes the imported decision; anything else is added as the
// person's own (manual, or the status the tool carried).
import { newAnnotationId } from '../hash';
import { sortAnnotations } from '../merge';
import type { Annotation, Status } from '../types';
import type { ImportedRelation, ImportedSpan } from './records';
import { Relation, relationId } from '../relations';

export interface ImportOutcome {
  annotations: Annotation[];
  added: number;
  /** Suggestions that took an imported decision. */
  decided: number;
  /** Spans whose annotation was already decided in the sidecar (left as it was). */
  kept: number;
  /** Spans that do not fit the article (out of range, empty), as messages. */
  problems: string[];
  /** The annotation id each imported span became or matched (undefined for a span skipped as a problem). */
  ids: (string | undefined)[];
}

export function importSpans(list: readonly Annotation[], text: string, spans: readonly ImportedSpan[], status: Status): ImportOutcome {
  const out = [...list];
  const at = new Map(out.map((a, i) => [`${a.type}:${a.start}:${a.end}`, i]));
  const taken = new Set(out.map((a) => a.id));
  const result: ImportOutcome = { annotations: out, added: 0, decided: 0, kept: 0, problems: [], ids: [] };
  for (const s of spans) {
    if (!(s.start >= 0 && s.end <= text.length && s.end > s.start)) {
      result.problems.push(`span ${s.start}-${s.end} (${s.type}) is outside the article (${text.length} characters)`);
      result.ids.push(undefined);
      continue;
    }
    const want = s.status ?? status;
    const i = at.get(`${s.type}:${s.start}:${s.end}`);
    if (i !== undefined && !out[i].orphan) {
      const a = out[i];
      result.ids.push(a.id);
      if (a.status !== 'suggested') {
        result.kept++;
        continue;
      }
      // An engine suggestion the person marked in the tool: accepted (manual is for their own spans).
      out[i] = { ...a, status: want === 'manual' ? 'accepted' : want, ...(s.note !== undefined && a.note === undefined ? { note: s.note } : {}) };
      result.decided++;
      continue;
    }
    const quote = text.slice(s.start, s.end);
    const id = newAnnotationId(s.type, quote, s.start, taken);
    taken.add(id);
    result.ids.push(id);
    at.set(`${s.type}:${s.start}:${s.end}`, out.length);
    out.push({
      id,
      type: s.type,
      text: quote,
      start: s.start,
      end: s.end,
      status: want === 'suggested' ? 'manual' : want,
      ...(s.note !== undefined ? { note: s.note } : {}),
    });
    result.added++;
  }
  result.annotations = sortAnnotations(out);
  return result;
}

/**
 * Relations from a tool, between imported spans (`ids` from importSpans), by the same rule: a decided
 * relation already in the sidecar stays as it is, a suggested one takes the imported decision, a new
 * one is added with the tool's status or `status`. Returns the new list and how many were added or decided.
 */
export function importRelations(
  list: readonly Relation[],
  ids: readonly (string | undefined)[],
  imported: readonly ImportedRelation[],
  status: Status,
): { relations: Relation[]; added: number; decided: number } {
  const out = [...list];
  let added = 0;
  let decided = 0;
  for (const r of imported) {
    const [from, to] = [ids[r.from], ids[r.to]];
    if (!from || !to) continue;
    const want = r.status ?? status;
    const i = out.findIndex((x) => x.type === r.type && x.from === from && x.to === to);
    if (i >= 0) {
      if (out[i].status === 'suggested' && want !== 'suggested') {
        out[i] = { ...out[i], status: want === 'manual' ? 'accepted' : want };
        decided++;
      }
      continue;
    }
    out.push({ id: relationId(r.type, from, to, new Set(out.map((x) => x.id))), type: r.type, from, to, status: want === 'suggested' ? 'manual' : want });
    added++;
  }
  return { relations: out, added, decided };
}
