// JSON Lines, one article per line, in the shape spaCy (via Prodigy's or its own converters), Prodigy
// and doccano read:
//   {"text", "meta": {"article"}, "spans": [{"start", "end", "label", "text", "id", "status", "note"?, "attrs"?}],
//    "label": [[start, end, "LABEL"], ...], "relations"?: [{"type", "from", "to", "id", "status"}]}
// Relations (speaker, role, of) name their ends by index into `spans`, as `extract --quotes` does
// into `entities`; the key is there only when some relation is exported.
// spaCy/Prodigy use text + spans (start, end, label) and keep meta; doccano's sequence-labelling
// import reads text + label ([start, end, label] lists). Offsets are code points (Python's indices).
import { OffsetMap } from './codepoints';
import { ExportRecord, ImportedArticle, ImportedRelation, ImportedSpan, relationTypeOf, typeOfLabel, valueAttributes } from './records';
import type { Annotation } from '../types';
import type { Relation } from '../relations';
import { STATUSES, Status } from '../types';

export function jsonlLine(record: ExportRecord, annotations: readonly Annotation[], relations: readonly Relation[] = []): string {
  const map = new OffsetMap(record.text);
  const spans = annotations.map((a) => {
    const attrs = valueAttributes(a);
    return {
      start: map.toCodePoint(a.start),
      end: map.toCodePoint(a.end),
      label: a.type,
      text: a.text,
      id: a.id,
      status: a.status,
      ...(a.note !== undefined ? { note: a.note } : {}),
      ...(Object.keys(attrs).length ? { attrs } : {}),
    };
  });
  const index = new Map(annotations.map((a, i) => [a.id, i]));
  const rels = relations
    .filter((r) => index.has(r.from) && index.has(r.to))
    .map((r) => ({ type: r.type, from: index.get(r.from)!, to: index.get(r.to)!, id: r.id, status: r.status }));
  return JSON.stringify({
    text: record.text,
    meta: { article: record.article },
    spans,
    label: spans.map((s) => [s.start, s.end, s.label]),
    ...(rels.length ? { relations: rels } : {}),
  });
}

/** One line back; throws Error with a reason for a line that is not an article record. */
export function readJsonlLine(line: string): ImportedArticle {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`);
  }
  if (!o || typeof o !== 'object') throw new Error('a line must be a JSON object');
  const rec = o as { text?: unknown; meta?: { article?: unknown }; spans?: unknown; label?: unknown; relations?: unknown };
  if (typeof rec.text !== 'string') throw new Error('no "text"');
  const article = rec.meta && typeof rec.meta.article === 'string' ? rec.meta.article : undefined;
  if (!article) throw new Error('no "meta": {"article": …} naming the article file');
  const map = new OffsetMap(rec.text);
  const spans: ImportedSpan[] = [];
  const add = (start: unknown, end: unknown, label: unknown, status?: unknown, note?: unknown) => {
    const type = typeOfLabel(label);
    if (!type) throw new Error(`unknown label ${JSON.stringify(label)}`);
    if (!Number.isInteger(start) || !Number.isInteger(end)) throw new Error(`span offsets must be whole numbers, got ${JSON.stringify([start, end])}`);
    const s: ImportedSpan = { start: map.toUtf16(start as number), end: map.toUtf16(end as number), type };
    if (typeof status === 'string' && STATUSES.includes(status as Status)) s.status = status as Status;
    if (typeof note === 'string') s.note = note;
    spans.push(s);
  };
  if (Array.isArray(rec.spans)) {
    for (const s of rec.spans as Record<string, unknown>[]) add(s?.start, s?.end, s?.label, s?.status, s?.note);
  } else if (Array.isArray(rec.label)) {
    for (const l of rec.label as unknown[][]) add(l?.[0], l?.[1], l?.[2]);
  }
  const relations: ImportedRelation[] = [];
  for (const r of Array.isArray(rec.relations) ? (rec.relations as Record<string, unknown>[]) : []) {
    const type = relationTypeOf(r?.type);
    if (!type) throw new Error(`unknown relation type ${JSON.stringify(r?.type)}`);
    const ok = (i: unknown) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < spans.length;
    if (!ok(r.from) || !ok(r.to)) throw new Error(`a relation's from/to must be indices into "spans", got ${JSON.stringify([r.from, r.to])}`);
    const rel: ImportedRelation = { type, from: r.from as number, to: r.to as number };
    if (typeof r.status === 'string' && STATUSES.includes(r.status as Status)) rel.status = r.status as Status;
    relations.push(rel);
  }
  return { article, text: rec.text, spans, ...(relations.length ? { relations } : {}) };
}
