// Quotes, speakers and roles as `extract --quotes` prints them: QUOTE and ROLE spans appended to the
// entity list, and relations between list indices — speaker (QUOTE → PER/ORG), role (PER → ROLE) and
// of (ROLE → the LOC/ORG it belongs to).
import type { Entity, Lang } from '../types';
import { findQuotes } from './quotes';
import { findRoles } from './roles';

export interface SpanOut {
  start: number;
  end: number;
  type: 'QUOTE' | 'ROLE';
  text: string;
  kind?: 'direct' | 'reported';
  norm?: string;
}

export interface Relation {
  type: 'speaker' | 'role' | 'of';
  from: number;
  to: number;
}

export function quotesAndRoles(text: string, entities: readonly Entity[], lang: Lang): { spans: SpanOut[]; relations: Relation[] } {
  const base = entities.length;
  const spans: SpanOut[] = [];
  const relations: Relation[] = [];
  for (const q of findQuotes(text, entities, lang)) {
    const at = base + spans.length;
    spans.push({ start: q.start, end: q.end, type: 'QUOTE', text: q.text, kind: q.kind });
    if (q.speaker !== undefined) relations.push({ type: 'speaker', from: at, to: q.speaker });
  }
  for (const r of findRoles(text, entities, lang)) {
    const at = base + spans.length;
    spans.push({ start: r.start, end: r.end, type: 'ROLE', text: r.text, norm: r.norm });
    relations.push({ type: 'role', from: r.person, to: at });
    if (r.of !== undefined) relations.push({ type: 'of', from: at, to: r.of });
  }
  return { spans, relations };
}

/**
 * The engine's entities with the QUOTE and ROLE spans after them, as sidecar suggestions (one
 * Entity shape; a quote's kind is not kept there), and the relations between them by index.
 */
export function withQuotes(text: string, entities: readonly Entity[], lang: Lang): { entities: Entity[]; relations: Relation[] } {
  const q = quotesAndRoles(text, entities, lang);
  const spans: Entity[] = q.spans.map((s) => ({ type: s.type, text: s.text, start: s.start, end: s.end, ...(s.norm !== undefined ? { norm: s.norm } : {}) }));
  return { entities: [...entities, ...spans], relations: q.relations };
}
