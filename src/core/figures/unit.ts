// The counted noun after a number: "семь лиц", "свыше семисот отпечатков пальцев", "440 казахстанских
// специалистов". Russian asks az about the next few words only (cached by form); English takes a plain
// plural noun ("12 boxes").
import { Lang } from '../types';
import { View } from './view';
import { Lexicon } from './lexicon';
import { EN_NOT_UNITS } from './tables/not-units-en';
import { EN_TWO_WORD_UNITS } from './tables/units-en';

/** Last token index of the counted noun phrase starting after token `after`, or -1. */
export function unitAfter(v: View, after: number, lang: Lang, lex: Lexicon): number {
  const j = v.next(after);
  if (j < 0 || v.kind(j) !== 'word' || v.isUpperInitial(j)) return -1;
  if (lang === 'en') {
    const w = v.lower[j];
    // "12 basis points", "40 square metres": a unit of two words.
    const k = v.next(j);
    if (k >= 0 && EN_TWO_WORD_UNITS[w]?.has(v.lower[k])) return k;
    return w.length > 3 && w.endsWith('s') && !EN_NOT_UNITS.has(w) && !(w in EN_TWO_WORD_UNITS) ? j : -1;
  }
  // Adjectives then a noun: "казахстанских специалистов"; at most two adjectives.
  let k = j;
  for (let n = 0; n < 3; n++) {
    // The part of speech first (no az call for a form the compiled table has): az's full parse only for
    // a noun or an adjective.
    const pos = lex.pos(v.lower[k]);
    if (pos !== 'NOUN' && pos !== 'ADJF') return -1;
    const p = lex.morph(v.lower[k])[0];
    if (!p) return -1;
    if (p.pos === 'NOUN') {
      // One genitive noun may follow: "отпечатков пальцев".
      const g = v.next(k);
      if (g >= 0 && v.kind(g) === 'word' && !v.isUpperInitial(g) && lex.pos(v.lower[g]) === 'NOUN') {
        const q = lex.morph(v.lower[g])[0];
        if (q && q.pos === 'NOUN' && /\bgent\b/.test(q.tags) && /\bplur\b/.test(q.tags)) return g;
      }
      return k;
    }
    if (p.pos !== 'ADJF' || /Apro|Anum/.test(p.tags)) return -1;
    const nx = v.next(k);
    if (nx < 0 || v.kind(nx) !== 'word' || v.isUpperInitial(nx)) return -1;
    k = nx;
  }
  return -1;
}
