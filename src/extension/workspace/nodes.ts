// The Newsmark Workspace view's rows as plain data: type → entity → article → mention, the filter
// that narrows the entities as a person types, and stable keys (so a rebuild keeps what is expanded).
// Pure (no vscode): the unit tests read it directly.
import { ENTITY_TYPES, EntityType } from '../../core/types';
import type { ShownMention, WorkspaceEntry, WorkspaceRow } from './index-worker';

/** Entities listed per type before a "type to filter" row: a long tail is found by filtering, not scrolling. */
export const MAX_ENTITIES_PER_TYPE = 500;

export type WsNode =
  | { kind: 'type'; key: string; type: EntityType; entries: WorkspaceRow[]; hidden: number }
  | { kind: 'more'; key: string; type: EntityType; count: number }
  | { kind: 'entity'; key: string; entry: WorkspaceRow }
  | { kind: 'article'; key: string; entry: WorkspaceEntry; article: WorkspaceEntry['articles'][number] }
  | { kind: 'mention'; key: string; entry: WorkspaceEntry; article: WorkspaceEntry['articles'][number]; mention: ShownMention };

const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

/** An entity matches when every word typed is in its name, an alias or a mention's quote (any case, ё = е). */
export function matchesFilter(entry: WorkspaceRow, filter: string): boolean {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = fold([entry.norm, ...entry.aliases, ...entry.forms].join('\n'));
  return words.every((w) => hay.includes(w));
}

export const entityKey = (e: { type: EntityType; norm: string }) => `ws:entity:${e.type}:${e.norm}`;

/** The type rows (types present after filtering, in the usual type order). */
export function typeNodes(index: readonly WorkspaceRow[], filter: string, types: ReadonlySet<EntityType>): WsNode[] {
  const by = new Map<EntityType, WorkspaceRow[]>();
  for (const e of index) if (types.has(e.type) && matchesFilter(e, filter)) by.set(e.type, [...(by.get(e.type) ?? []), e]);
  return ENTITY_TYPES.filter((t) => by.has(t)).map((t) => {
    const entries = by.get(t)!;
    return { kind: 'type', key: `ws:type:${t}`, type: t, entries, hidden: Math.max(0, entries.length - MAX_ENTITIES_PER_TYPE) };
  });
}

/** A row's children; an entity's need its detail (articles and mentions), which the worker gives on request. */
export function childrenOf(node: WsNode, detail?: WorkspaceEntry): WsNode[] {
  switch (node.kind) {
    case 'type': {
      const rows: WsNode[] = node.entries.slice(0, MAX_ENTITIES_PER_TYPE).map((entry) => ({ kind: 'entity', key: entityKey(entry), entry }));
      if (node.hidden) rows.push({ kind: 'more', key: `ws:more:${node.type}`, type: node.type, count: node.hidden });
      return rows;
    }
    case 'entity':
      return (detail?.articles ?? []).map((article) => ({ kind: 'article', key: `${node.key}\u0000${article.path}`, entry: detail!, article }));
    case 'article':
      return node.article.mentions.map((mention) => ({
        kind: 'mention',
        key: `${node.key}\u0000${mention.start}`,
        entry: node.entry,
        article: node.article,
        mention,
      }));
    default:
      return [];
  }
}

/** "2 articles · 3 mentions · 2024-03-05 – 2025-07-22" */
export function entityDescription(e: WorkspaceRow): string {
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const dates = e.firstDate ? (e.firstDate === e.lastDate ? e.firstDate : `${e.firstDate} – ${e.lastDate}`) : '';
  return [e.aliases.length ? `(${e.aliases.join(', ')})` : '', n(e.articles, 'article'), n(e.mentions, 'mention'), dates].filter(Boolean).join(' · ');
}
