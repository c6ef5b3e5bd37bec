// The cross-article entity index: which people, organizations and places appear in which articles of a
// workspace, how often, and what people decided about them. One entity across articles is one type and
// normal form ("Колокольцевым" in one article and "Колокольцев" in another are one row). Pure: the
// CLI and the editor feed it annotations from sidecars (or the engine, for articles without one).
import type { EntityType } from '../types';
import type { Decision } from '../lexicon/learn';
import { LEXICON_TYPES } from '../lexicon/lexicon';

/** One annotation as the index sees it: the same shape the lexicon learns from. */
export type IndexedMention = Decision;

export interface IndexedArticle {
  path: string;
  mentions: readonly IndexedMention[];
}

export interface IndexEntry {
  type: EntityType;
  norm: string;
  /** Articles in path order, with their mentions of this entity in text order. */
  articles: { path: string; mentions: { start: number; end: number; text: string; status: IndexedMention['status'] }[] }[];
  mentions: number;
  accepted: number;
  rejected: number;
}

export function buildEntityIndex(articles: readonly IndexedArticle[], types: readonly EntityType[] = LEXICON_TYPES): IndexEntry[] {
  const entries = new Map<string, IndexEntry>();
  for (const article of [...articles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    for (const m of [...article.mentions].sort((a, b) => a.start - b.start)) {
      if (!types.includes(m.type)) continue;
      const norm = (m.norm ?? m.text).trim();
      const key = `${m.type}\u0000${norm}`;
      let e = entries.get(key);
      if (!e) entries.set(key, (e = { type: m.type, norm, articles: [], mentions: 0, accepted: 0, rejected: 0 }));
      let a = e.articles[e.articles.length - 1];
      if (!a || a.path !== article.path) e.articles.push((a = { path: article.path, mentions: [] }));
      a.mentions.push({ start: m.start, end: m.end, text: m.text, status: m.status });
      e.mentions++;
      if (m.status === 'accepted' || m.status === 'manual') e.accepted++;
      if (m.status === 'rejected') e.rejected++;
    }
  }
  // Most widespread first; ties by mentions, then type and name, so the order never depends on input order.
  return [...entries.values()].sort(
    (a, b) =>
      b.articles.length - a.articles.length ||
      b.mentions - a.mentions ||
      (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
      (a.norm < b.norm ? -1 : a.norm > b.norm ? 1 : 0),
  );
}
