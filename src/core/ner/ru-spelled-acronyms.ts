// An abbreviation in brackets right after the words it stands for spells out where their name begins and
// ends: "Фонда борьбы с коррупцией (ФБК)", "Международной ассоциации преподавателей русского языка и
// литературы (МАПРЯЛ)", "Московский государственный открытый педагогический университет (МГОПУ)". The
// tagger often stops early in such a long name ("Фонда", "Международной ассоциации"); the initials of
// the words before the bracket (grouping's initialsOf: function words give no letter, each part of a
// hyphenated word gives one) tell how many of them belong to it. When they spell the abbreviation from a
// capitalized word on, that run of words is one name, of the type the tagger gave the abbreviation (or,
// if it did not tag it, the type of the name's part it found). Nothing is added where the tagger saw no
// name at all, and a span reaching outside the run is left alone.
import { Span } from './spans';
import { Line } from './forms';
import { initialsOf } from './group';
import { FUNCTION_WORDS } from './tables/function-words';

/** Cyrillic capitals, as abbreviations of Russian names are written ("ФБК", "МГИМО"). */
const ABBREVIATION = /^[А-ЯЁ]{2,8}$/;
/** Longer spelled-out names are rare; the walk to the left stops there. */
const MAX_WORDS = 12;

export function joinSpelledAcronyms(line: Line, spans: Span[]): Span[] {
  const toks = line.tokens;
  let out = spans;
  for (let open = 1; open + 2 < toks.length; open++) {
    if (toks[open].text !== '(' || toks[open + 2].text !== ')' || !ABBREVIATION.test(toks[open + 1].text)) continue;
    const first = spelledFrom(line, open, toks[open + 1].text.toLowerCase().replace(/ё/g, 'е'));
    if (first < 0 || !line.forms[first].cap) continue;
    // The tagger's spans over the run: none may reach outside it, and one at least must be there.
    const inside = out.filter((s) => s.first < open && first < s.last);
    if (!inside.length || inside.some((s) => s.first < first || s.last > open)) continue;
    if (inside.length === 1 && inside[0].first === first && inside[0].last === open) continue;
    const abbreviation = out.find((s) => s.first === open + 1 && s.last === open + 2);
    const type = abbreviation?.type ?? inside.reduce((a, b) => (b.last - b.first > a.last - a.first ? b : a)).type;
    out = out.filter((s) => !inside.includes(s));
    out.push({ start: toks[first].start, end: toks[open - 1].end, type, first, last: open });
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}

/**
 * The first token of the words right before `open` whose initials are `letters`, or -1. Words only (a
 * comma or a number ends the walk), and the run starts on a word that gives a letter.
 */
function spelledFrom(line: Line, open: number, letters: string): number {
  const toks = line.tokens;
  for (let s = open - 1; s >= 0 && open - s <= MAX_WORDS; s--) {
    if (toks[s].kind !== 'word') return -1;
    if (FUNCTION_WORDS.has(toks[s].text)) continue;
    const initials = initialsOf(
      line.tokens
        .slice(s, open)
        .map((t) => t.text)
        .join(' '),
    );
    if (initials === letters) return s;
    if (initials.length > letters.length) return -1;
  }
  return -1;
}
