// Label Studio tasks (JSON array), for a labelling config such as
//   <View><Labels name="label" toName="text"><Label value="PER"/>…</Labels><Text name="text" value="$text"/></View>
// A person's decisions (accepted, manual, rejected when asked for) are the task's `annotations`; engine
// suggestions, when exported, are `predictions` (Label Studio shows them as pre-annotations). Notes go
// in the region's `meta.text`, which Label Studio shows as the region's meta info. Offsets are code
// points (Label Studio counts them so since its emoji fix). A relation (speaker, role, of) is a result
// `{type: "relation", from_id, to_id, direction: "right", labels: [type]}` in the list that holds both
// of its regions (a config needs `<Relations><Relation value="speaker"/>…</Relations>` to show labels);
// one whose ends are split between annotations and predictions is left out.
import { OffsetMap } from './codepoints';
import { ExportRecord, ImportedArticle, ImportedRelation, ImportedSpan, relationTypeOf, typeOfLabel, valueAttributes } from './records';
import type { Annotation } from '../types';
import type { Relation } from '../relations';
import { STATUSES, Status } from '../types';

interface Region {
  id: string;
  from_name: 'label';
  to_name: 'text';
  type: 'labels';
  value: { start: number; end: number; text: string; labels: string[] };
  meta?: { text: string[] };
  newsmark?: { status: Status; attrs?: Record<string, string | number> };
}

interface RelationResult {
  type: 'relation';
  from_id: string;
  to_id: string;
  direction: 'right';
  labels: string[];
  newsmark?: { status: Status };
}

export function labelStudioTask(record: ExportRecord, annotations: readonly Annotation[], relations: readonly Relation[] = []): unknown {
  const map = new OffsetMap(record.text);
  const region = (a: Annotation): Region => {
    const attrs = valueAttributes(a);
    return {
      id: a.id,
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      value: { start: map.toCodePoint(a.start), end: map.toCodePoint(a.end), text: a.text, labels: [a.type] },
      ...(a.note !== undefined ? { meta: { text: [a.note] } } : {}),
      newsmark: { status: a.status, ...(Object.keys(attrs).length ? { attrs } : {}) },
    };
  };
  const link = (r: Relation): RelationResult => ({
    type: 'relation',
    from_id: r.from,
    to_id: r.to,
    direction: 'right',
    labels: [r.type],
    newsmark: { status: r.status },
  });
  const within = (list: Region[]) => {
    const ids = new Set(list.map((x) => x.id));
    return relations.filter((r) => ids.has(r.from) && ids.has(r.to));
  };
  const decidedRegions = annotations.filter((a) => a.status !== 'suggested').map(region);
  const suggestedRegions = annotations.filter((a) => a.status === 'suggested').map(region);
  const decided: (Region | RelationResult)[] = [...decidedRegions, ...within(decidedRegions).map(link)];
  const suggested: (Region | RelationResult)[] = [...suggestedRegions, ...within(suggestedRegions).map(link)];
  return {
    data: { text: record.text, article: record.article },
    ...(decided.length ? { annotations: [{ result: decided }] } : { annotations: [] }),
    ...(suggested.length ? { predictions: [{ model_version: 'newsmark', result: suggested }] } : {}),
  };
}

/** Tasks back: the first annotation of each task (a person's), not predictions. */
export function readLabelStudio(json: string): ImportedArticle[] {
  let tasks: unknown;
  try {
    tasks = JSON.parse(json);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(tasks)) tasks = [tasks];
  return (tasks as Record<string, unknown>[]).map((task, n) => {
    const data = (task?.data ?? {}) as { text?: unknown; article?: unknown };
    if (typeof data.text !== 'string') throw new Error(`task ${n + 1}: no data.text`);
    if (typeof data.article !== 'string') throw new Error(`task ${n + 1}: no data.article naming the article file`);
    const map = new OffsetMap(data.text);
    const annotations = Array.isArray(task.annotations) ? (task.annotations as { result?: (Region | RelationResult)[] }[]) : [];
    const spans: ImportedSpan[] = [];
    const regionIds: string[] = [];
    const links: RelationResult[] = [];
    for (const r of annotations[0]?.result ?? []) {
      if (r?.type === 'relation') {
        links.push(r);
        continue;
      }
      if (r?.type !== 'labels' || !r.value) continue;
      const type = typeOfLabel(r.value.labels?.[0]);
      if (!type) throw new Error(`task ${n + 1}: unknown label ${JSON.stringify(r.value.labels?.[0])}`);
      const span: ImportedSpan = { start: map.toUtf16(r.value.start), end: map.toUtf16(r.value.end), type };
      const status = r.newsmark?.status;
      if (status && STATUSES.includes(status)) span.status = status;
      const note = r.meta?.text?.join('\n');
      if (note) span.note = note;
      spans.push(span);
      regionIds.push(String(r.id));
    }
    const relations: ImportedRelation[] = [];
    for (const l of links) {
      const type = relationTypeOf(l.labels?.[0]);
      const [from, to] = [regionIds.indexOf(String(l.from_id)), regionIds.indexOf(String(l.to_id))];
      if (!type || from < 0 || to < 0) continue; // a relation label or region newsmark does not know
      const rel: ImportedRelation = { type, from, to };
      const status = l.newsmark?.status;
      if (status && STATUSES.includes(status)) rel.status = status;
      relations.push(rel);
    }
    return { article: data.article, text: data.text, spans, ...(relations.length ? { relations } : {}) };
  });
}
