// Two consecutive years joined by a slash: a sports season or a fiscal or school year ("the 2010/11
// season", "сезоны 2001/02, 2002/03", "2008/2009"). Without this the slash reads as a fraction (2010/11 =
// 182.7). Only the next year counts as the second half: "2001/05" is no season, and "1/2" stays a fraction.
import { View } from './view';

/** Signs before a number that make it an identifier. */
const IDENTIFIER_SIGNS: ReadonlySet<string> = new Set(['№', '#']);

export interface SeasonYears {
  last: number;
  from: number;
  to: number;
}

/** "2010/11" or "2010/2011" starting at token i (four digits, a glued slash, the next year in 2 or 4 digits). */
export function seasonYearsAt(v: View, i: number): SeasonYears | undefined {
  const t = v.toks[i];
  if (!t || t.kind !== 'number' || t.text.length !== 4 || v.toks[i + 1]?.text !== '/') return undefined;
  const from = +t.text;
  if (from < 1800 || from > 2100 || !v.glued(i, i + 1) || !v.glued(i + 1, i + 2)) return undefined;
  // Inside a longer chain ("12/2010/11", a file path or an identifier): not a season.
  const before = v.toks[i - 1];
  if (before && v.glued(i - 1, i) && /^[-–/.\d\w]/.test(before.text)) return undefined;
  // "№ 2017/18", "#2010/11": a number of a case or a document.
  const p = v.prev(i);
  if (p >= 0 && IDENTIFIER_SIGNS.has(v.toks[p].text)) return undefined;
  const t2 = v.toks[i + 2];
  if (t2?.kind !== 'number') return undefined;
  // More digits glued after ("2010/11/05", "2010/11.5"); a sentence's full stop is fine.
  const after = v.toks[i + 3];
  if (after && v.glued(i + 2, i + 3) && (/^[-–/\d\w]/.test(after.text) || (after.text === '.' && v.kind(i + 4) === 'number' && v.glued(i + 3, i + 4))))
    return undefined;
  const to = from + 1;
  const ok = t2.text.length === 4 ? +t2.text === to : t2.text.length === 2 && t2.text === String(to % 100).padStart(2, '0');
  return ok ? { last: i + 2, from, to } : undefined;
}
