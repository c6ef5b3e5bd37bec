// Abbreviations joined to their full names across articles, so "МВД" in one story and "Министерство
// внутренних дел" in another are one row of the workspace index. Two general rules of news writing,
// no list of names:
//   1. defined: an article writes the full name, then the abbreviation in parentheses —
//      "Министерство внутренних дел (МВД)", "the World Health Organization (WHO)";
//   2. initials: the abbreviation spells the initials of the full name's content words ("МВД" ↔
//      "Министерство внутренних дел"; "МВД России" ↔ "Министерство внутренних дел России": the words
//      after the abbreviation must be the full name's last words), and exactly one full name of that
//      type in the workspace fits — two that fit stay apart unless an article defined which one.
// The within-one-article grouping of the NER (ner/group.ts) uses the same initials and shape tests.
import type { EntityType } from '../types';
import { initialsOf, isAbbreviation } from '../ner/group';

export interface NamedEntity {
  type: EntityType;
  norm: string;
}

/** An abbreviation an article defines: `abbr` written in parentheses right after a mention of `full`. */
export interface AbbreviationDefinition {
  type: EntityType;
  full: string;
  abbr: string;
}

/** "(МВД)" right after a name: up to 10 letters, dots or digits; isAbbreviation decides the shape. */
const PARENTHESIZED = /^[ \u00a0]*\(([\p{L}\p{N}.&-]{2,10})\)/u;

const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
const wordsOf = (s: string) => fold(s).split(' ').filter(Boolean);

/** Definitions in one article: each name mention (two words or more) followed by "(ABBR)". */
export function definedAbbreviations(
  text: string,
  mentions: readonly { type: EntityType; text: string; norm?: string; end: number }[],
): AbbreviationDefinition[] {
  const out: AbbreviationDefinition[] = [];
  for (const m of mentions) {
    const full = (m.norm ?? m.text).trim();
    if (wordsOf(full).length < 2 || isAbbreviation(m.text)) continue;
    const hit = PARENTHESIZED.exec(text.slice(m.end, m.end + 16));
    if (hit && isAbbreviation(hit[1])) out.push({ type: m.type, full, abbr: hit[1] });
  }
  return out;
}

/** The key of a name in the index: type and normal form. */
export const nameKey = (e: NamedEntity) => `${e.type}\u0000${e.norm}`;

/**
 * For each abbreviation among `names`, the full name it joins (both as nameKey). Definitions win
 * over initials; a definition naming a full name that is not in the index is still followed when
 * the abbreviation is (the full name then being a row of its own is the caller's business).
 */
export function joinAbbreviations(names: readonly NamedEntity[], defined: readonly AbbreviationDefinition[]): Map<string, string> {
  const joins = new Map<string, string>();
  // 1. Definitions: the first definition of an abbreviation (in the caller's order) decides.
  const byFolded = new Map<string, NamedEntity>();
  for (const n of names) if (!byFolded.has(`${n.type}\u0000${fold(n.norm)}`)) byFolded.set(`${n.type}\u0000${fold(n.norm)}`, n);
  for (const d of defined) {
    const abbrKey = byFolded.get(`${d.type}\u0000${fold(d.abbr)}`);
    const fullKey = nameKey({ type: d.type, norm: d.full });
    if (abbrKey && !joins.has(nameKey(abbrKey)) && nameKey(abbrKey) !== fullKey) joins.set(nameKey(abbrKey), fullKey);
  }
  // 2. Initials, when exactly one full name of the type fits.
  const fulls = names.map((n) => ({ n, w: wordsOf(n.norm) })).filter(({ n, w }) => w.length >= 2 && !isAbbreviation(n.norm.split(/\s+/)[0]));
  for (const n of names) {
    const key = nameKey(n);
    if (joins.has(key)) continue;
    const [head, ...tail] = n.norm.trim().split(/\s+/);
    if (!isAbbreviation(head)) continue;
    const letters = fold(head).replace(/[.\s]/g, '');
    const fits = fulls.filter(({ n: f, w }) => {
      if (f.type !== n.type) return false;
      if (w.length - tail.length < 2) return false;
      if (tail.some((t, i) => fold(t) !== w[w.length - tail.length + i])) return false;
      return initialsOf(w.slice(0, w.length - tail.length).join(' ')) === letters;
    });
    if (fits.length === 1) joins.set(key, nameKey(fits[0].n));
  }
  return joins;
}
