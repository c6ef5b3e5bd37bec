// What moves in and out of the annotation tools: an article's text and the annotations a person stands
// behind. Each format (jsonl, conll, brat, labelstudio) is one file beside this one, with a writer and,
// where the format can carry it back, a reader. Offsets here are newsmark's (UTF-16, end exclusive);
// the formats convert to code points themselves (codepoints.ts).
import type { EntityType } from '../../core/types';
import { ENTITY_TYPES } from '../../core/types';
import type { Annotation, Status } from '../types';
import { Relation, RELATION_TYPES, RelationType } from '../relations';

export interface ExportRecord {
  /** The article's path relative to the folder exported (forward slashes), e.g. "2024/a.txt". */
  article: string;
  text: string;
  annotations: Annotation[];
  relations?: Relation[];
}

/** A span read back from a tool: where, what type, and what the person said about it. */
export interface ImportedSpan {
  start: number;
  end: number;
  type: EntityType;
  status?: Status;
  note?: string;
}

/** A relation read back from a tool, between two of the article's imported spans (indices into `spans`). */
export interface ImportedRelation {
  type: RelationType;
  from: number;
  to: number;
  status?: Status;
}

export interface ImportedArticle {
  article: string;
  /** The text the tool holds, when the format carries it (checked against the article on import). */
  text?: string;
  spans: ImportedSpan[];
  relations?: ImportedRelation[];
}

/** A relation label from a tool as a newsmark relation type, or undefined. */
export function relationTypeOf(label: unknown): RelationType | undefined {
  const t = typeof label === 'string' ? label.trim().toLowerCase() : '';
  return (RELATION_TYPES as readonly string[]).includes(t) ? (t as RelationType) : undefined;
}

/** The relations an export includes: a chosen status, both ends among the exported annotations. */
export function exportedRelations(record: ExportRecord, statuses: readonly Status[], annotations: readonly Annotation[]): Relation[] {
  const ids = new Set(annotations.map((a) => a.id));
  return (record.relations ?? []).filter((r) => statuses.includes(r.status) && ids.has(r.from) && ids.has(r.to));
}

/** By default only what a person decided for: accepted and manual annotations. */
export const DEFAULT_EXPORT_STATUSES: readonly Status[] = ['accepted', 'manual'];

/** The annotations of a record that the export includes: anchored ones with a chosen status. */
export function exported(record: ExportRecord, statuses: readonly Status[]): Annotation[] {
  return record.annotations.filter((a) => !a.orphan && statuses.includes(a.status));
}

/** A label from a tool as a newsmark type, or undefined for labels newsmark has no type for. */
export function typeOfLabel(label: unknown): EntityType | undefined {
  if (typeof label !== 'string') return undefined;
  const up = label.trim().toUpperCase();
  const alias: Record<string, EntityType> = {
    PERSON: 'PER',
    ORGANIZATION: 'ORG',
    ORGANISATION: 'ORG',
    LOCATION: 'LOC',
    GPE: 'LOC',
    CARDINAL: 'NUMBER',
    QUANTITY: 'NUMBER',
  };
  const t = (alias[up] ?? up) as EntityType;
  return ENTITY_TYPES.includes(t) ? t : undefined;
}

/** Figure values as attributes: only the keys that are set, in a fixed order. */
export function valueAttributes(a: Annotation): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const k of ['norm', 'value', 'unit', 'qualifier', 'currency', 'from', 'to'] as const) {
    const v = a[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}
