// Case endings of Russian nouns, adjectives and surnames (and English possessives), as data: two word
// forms belong to one name when they share a stem and differ only by endings from this table
// ("Колокольцев", "Колокольцева", "Колокольцевым"; "Москва", "Москвой"; "Reuters", "Reuters'").
// Every ending is tried, so a form is cut at each ending it has.
import { RU_ADJ_ENDINGS } from '../ner/tables/ru-adjective-endings';

export const NAME_ENDINGS: readonly string[] = [
  // adjectival declension (-ский, -ой surnames and adjectives in names: the stem keeps its -ск-),
  // the same table that puts adjectives into the nominative
  ...RU_ADJ_ENDINGS,
  // nouns and -ов/-ев/-ин surnames. Not the plural -ов/-ев: cutting it would make "Петров" a form of "Пётр".
  'ами',
  'ями',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'о',
  'ь',
  // English possessives
  "'s",
  '’s',
  "'",
  '’',
];

/** The forms of a word with each ending cut off (and the word itself), shortest stem last. */
export function stemsOf(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  for (const e of NAME_ENDINGS) if (w.length - e.length >= 3 && w.endsWith(e)) out.push(w.slice(0, -e.length));
  return out;
}

/** Two word forms of one name: a stem in common, each one the stem plus nothing or one ending. */
export function sameWord(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const sa = stemsOf(a);
  return stemsOf(b).some((s) => sa.includes(s));
}

/** Two names of the same words in the same order, each word in any case form ("Ержан Саденов", "Ержаном Саденовым"). */
export function sameForm(a: string, b: string): boolean {
  const words = (s: string) => s.split(/[\s\u00a0]+/).filter(Boolean);
  const wa = words(a);
  const wb = words(b);
  return wa.length === wb.length && wa.every((w, i) => sameWord(w, wb[i]));
}
