// The cross-article entity index: which people, organizations and places appear in which articles of a
// workspace, how often, when (the first and last dateline date), and what people decided about them.
// One entity across articles is one type and normal form ("Колокольцевым" in one article and
// "Колокольцев" in another are one row), with abbreviations joined to their full names
// (abbreviations.ts). Pure: the CLI and the editor's index worker feed it what indexArticle() reads
// from each article and its annotations (from the sidecar, or the engine for articles without one).
import type { EntityType } from '../types';
import type { Decision } from '../lexicon/learn';
import { LEXICON_TYPES } from '../lexicon/lexicon';
import { findDateline } from '../figures/dateline';
import { resolveRefDate } from '../refdate';
import { AbbreviationDefinition, definedAbbreviations, joinAbbreviations, nameKey } from './abbreviations';

/** One annotation as the index sees it: the same shape the lexicon learns from. */
export type IndexedMention = Decision;

export interface IndexedArticle {
  path: string;
  mentions: readonly IndexedMention[];
  /** The article's dateline date (YYYY-MM-DD, the year from the text when the dateline has none). */
  date?: string;
  /** Abbreviations the article defines ("Министерство внутренних дел (МВД)"). */
  defines?: readonly AbbreviationDefinition[];
}

export interface IndexEntry {
  type: EntityType;
  norm: string;
  /** Other normal forms joined to this one: abbreviations of the name (sorted). */
  aliases: string[];
  /** Articles in path order, with their mentions of this entity in text order. */
  articles: { path: string; date?: string; mentions: { start: number; end: number; text: string; status: IndexedMention['status'] }[] }[];
  mentions: number;
  accepted: number;
  rejected: number;
  /** Earliest and latest dateline date among its articles that have one. */
  firstDate?: string;
  lastDate?: string;
}

/** What the index needs from one article: its entity mentions, its dateline date, its defined abbreviations. */
export function indexArticle(path: string, text: string, mentions: readonly IndexedMention[], types: readonly EntityType[] = LEXICON_TYPES): IndexedArticle {
  const kept = mentions.filter((m) => types.includes(m.type) && !m.orphan);
  const date = resolveRefDate(text, undefined, findDateline(text));
  const defines = definedAbbreviations(text, kept);
  return { path, mentions: kept, ...(date ? { date } : {}), ...(defines.length ? { defines } : {}) };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildEntityIndex(articles: readonly IndexedArticle[], types: readonly EntityType[] = LEXICON_TYPES): IndexEntry[] {
  const sorted = [...articles].sort((a, b) => cmp(a.path, b.path));
  // Which rows the abbreviations join: decided over every name first, so the order of articles never matters.
  const names = new Map<string, { type: EntityType; norm: string }>();
  const keyed = sorted.map((article) =>
    article.mentions
      .filter((m) => types.includes(m.type))
      .sort((a, b) => a.start - b.start)
      .map((m) => {
        const norm = normOf(m);
        const own = nameKey({ type: m.type, norm });
        if (!names.has(own)) names.set(own, { type: m.type, norm });
        return { m, norm, own };
      }),
  );
  const joins = joinAbbreviations(
    [...names.values()],
    sorted.flatMap((a) => a.defines ?? []),
  );

  const entries = new Map<string, IndexEntry>();
  sorted.forEach((article, i) => {
    for (const { m, norm, own } of keyed[i]) {
      const key = joins.get(own) ?? own;
      let e = entries.get(key);
      if (!e)
        entries.set(
          key,
          (e = {
            type: m.type,
            norm: names.get(key)?.norm ?? key.slice(key.indexOf('\u0000') + 1),
            aliases: [],
            articles: [],
            mentions: 0,
            accepted: 0,
            rejected: 0,
          }),
        );
      if (key !== own && !e.aliases.includes(norm)) e.aliases.push(norm);
      let a = e.articles[e.articles.length - 1];
      if (!a || a.path !== article.path) e.articles.push((a = { path: article.path, ...(article.date ? { date: article.date } : {}), mentions: [] }));
      a.mentions.push({ start: m.start, end: m.end, text: m.text, status: m.status });
      e.mentions++;
      if (m.status === 'accepted' || m.status === 'manual') e.accepted++;
      if (m.status === 'rejected') e.rejected++;
    }
  });
  for (const e of entries.values()) {
    e.aliases.sort(cmp);
    const dates = e.articles
      .map((a) => a.date)
      .filter((d): d is string => d !== undefined)
      .sort(cmp);
    if (dates.length) {
      e.firstDate = dates[0];
      e.lastDate = dates[dates.length - 1];
    }
  }
  // Most widespread first; ties by mentions, then type and name, so the order never depends on input order.
  return [...entries.values()].sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || cmp(a.type, b.type) || cmp(a.norm, b.norm));
}

function normOf(m: IndexedMention): string {
  return (m.norm ?? m.text).trim();
}

/** The row an annotation belongs to (its own name, or the full name its abbreviation joins): for "Find in Other Articles". */
export function entryFor<E extends Pick<IndexEntry, 'type' | 'norm' | 'aliases'>>(
  index: readonly E[],
  m: { type: EntityType; text: string; norm?: string },
): E | undefined {
  const norm = (m.norm ?? m.text).trim();
  return index.find((e) => e.type === m.type && (e.norm === norm || e.aliases.includes(norm)));
}
