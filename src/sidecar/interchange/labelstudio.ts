// Label Studio tasks (JSON array), for a labelling config such as
//   <View><Labels name="label" toName="text"><Label value="PER"/>…</Labels><Text name="text" value="$text"/></View>
// A person's decisions (accepted, manual, rejected when asked for) are the task's `annotations`; engine
// suggestions, when exported, are `predictions` (Label Studio shows them as pre-annotations). Notes go
// in the region's `meta.text`, which Label Studio shows as the region's meta info. Offsets are code
// points (Label Studio counts them so since its emoji fix).
import { OffsetMap } from './codepoints';
import { ExportRecord, ImportedArticle, ImportedSpan, typeOfLabel, valueAttributes } from './records';
import type { Annotation } from '../types';
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

export function labelStudioTask(record: ExportRecord, annotations: readonly Annotation[]): unknown {
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
  const decided = annotations.filter((a) => a.status !== 'suggested').map(region);
  const suggested = annotations.filter((a) => a.status === 'suggested').map(region);
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
    const annotations = Array.isArray(task.annotations) ? (task.annotations as { result?: Region[] }[]) : [];
    const spans: ImportedSpan[] = [];
    for (const r of annotations[0]?.result ?? []) {
      if (r?.type !== 'labels' || !r.value) continue;
      const type = typeOfLabel(r.value.labels?.[0]);
      if (!type) throw new Error(`task ${n + 1}: unknown label ${JSON.stringify(r.value.labels?.[0])}`);
      const span: ImportedSpan = { start: map.toUtf16(r.value.start), end: map.toUtf16(r.value.end), type };
      const status = r.newsmark?.status;
      if (status && STATUSES.includes(status)) span.status = status;
      const note = r.meta?.text?.join('\n');
      if (note) span.note = note;
      spans.push(span);
    }
    return { article: data.article, text: data.text, spans };
  });
}
