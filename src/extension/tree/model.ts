// The Entities view's content as plain data: type → entity → mentions, with counts, and a group
// for orphans; a person or organization also lists the quotes attributed to them (speaker
// relations). Pure (no vscode), so the view, the status bar and the tests share one reading.
import { ENTITY_TYPES, EntityType } from '../../core/types';
import type { Annotation, Relation } from '../../sidecar';
import { describeValue, TYPE_NAMES } from '../hover/describe';

export interface EntityGroup {
  key: string;
  label: string;
  /** Mentions in document order; rejected ones are listed but not counted. */
  mentions: Annotation[];
  count: number;
  /** Quotes whose speaker (not rejected) is one of the mentions, in document order. */
  quotes: Annotation[];
}

export interface TypeGroup {
  type: EntityType;
  label: string;
  entities: EntityGroup[];
  /** Mentions of this type that are not rejected. */
  count: number;
  /** Entities with at least one mention that is not rejected: the ones `count` is spread over. */
  entityCount: number;
  /** Rejected mentions, listed in the view but counted apart so the numbers add up. */
  rejected: number;
}

export interface TreeModel {
  types: TypeGroup[];
  orphans: Annotation[];
}

export function buildTree(
  annotations: readonly Annotation[],
  groupOf: (a: Annotation) => string | undefined,
  types: ReadonlySet<EntityType>,
  relations: readonly Relation[] = [],
): TreeModel {
  // Speaker → its quotes, by annotation id; a rejected relation or quote attributes nothing.
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const quotesOf = new Map<string, Annotation[]>();
  for (const r of relations) {
    const q = r.type === 'speaker' && r.status !== 'rejected' ? byId.get(r.from) : undefined;
    if (!q || q.status === 'rejected') continue;
    const list = quotesOf.get(r.to) ?? [];
    quotesOf.set(r.to, [...list, q]);
  }
  const byType = new Map<EntityType, Map<string, Annotation[]>>();
  const orphans: Annotation[] = [];
  for (const a of annotations) {
    if (a.orphan) {
      orphans.push(a);
      continue;
    }
    if (!types.has(a.type)) continue;
    const key = groupOf(a) ?? `${a.type}:${a.text}`;
    let m = byType.get(a.type);
    if (!m) byType.set(a.type, (m = new Map()));
    let list = m.get(key);
    if (!list) m.set(key, (list = []));
    list.push(a);
  }
  const out: TypeGroup[] = [];
  for (const type of ENTITY_TYPES) {
    const m = byType.get(type);
    if (!m) continue;
    const entities = [...m].map(([key, mentions]) => ({
      key,
      label: labelOf(mentions),
      mentions,
      count: mentions.filter((a) => a.status !== 'rejected').length,
      quotes: [...new Set(mentions.flatMap((a) => quotesOf.get(a.id) ?? []))].sort((x, y) => x.start - y.start),
    }));
    // Most mentioned first: the article's main actors lead; ties keep document order.
    entities.sort((x, y) => y.count - x.count || x.mentions[0].start - y.mentions[0].start);
    const count = entities.reduce((n, e) => n + e.count, 0);
    const listed = entities.reduce((n, e) => n + e.mentions.length, 0);
    out.push({ type, label: TYPE_NAMES[type], entities, count, entityCount: entities.filter((e) => e.count > 0).length, rejected: listed - count });
  }
  return { types: out, orphans };
}

/** "6 mentions · 6 entities · 1 rejected": each number counts what its word says. */
export function typeSummary(g: TypeGroup): string {
  const parts = [plural(g.count, 'mention'), plural(g.entityCount, 'entity', 'entities')];
  if (g.rejected > 0) parts.push(`${g.rejected} rejected`);
  return parts.join(' · ');
}

/** "1 mention", "2 mentions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The fullest name among the mentions ("Владимир Колокольцев" over "Колокольцев"), or the value in words. */
function labelOf(mentions: Annotation[]): string {
  const value = describeValue(mentions[0]);
  if (value !== undefined) return value;
  let best = mentions[0].norm ?? mentions[0].text;
  for (const a of mentions) {
    const name = a.norm ?? a.text;
    if (name.length > best.length) best = name;
  }
  return best;
}
