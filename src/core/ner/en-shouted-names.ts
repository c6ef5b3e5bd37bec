// A name shouted in a line of capitals ("RUTH OKAFOR NAMED BRIGHTWATER CHIEF", "OKAFOR QUITS") is the name the
// story's sentences spell in mixed case ("Ruth Okafor", "Okafor"): headlines and section heads name the
// people and companies of the body. In capitals the tagger has no capital letter to lean on and misses
// them or gives them another type; the document has already said what they are.
import { Line } from './forms';
import { Span } from './spans';
import { POSSESSIVE_ANY_CASE } from './en-possessive';

const MIXED_WORD = /^\p{Lu}[\p{Ll}'’.-]+$/u;
const SHOUTED = /^\p{Lu}[\p{Lu}'’.-]+$/u;
/** Longest name looked for, in words. */
const MAX_WORDS = 4;

/** Marks runs of capitals that spell a mixed-case name of the document with that name's type, in place. */
export function markShoutedNames(lines: Line[], spans: Span[][]): void {
  // Most documents have no line in capitals: look for one before reading the names.
  const shouted = lines.map(shoutedLine);
  if (!shouted.includes(true)) return;
  // "RUTH OKAFOR" → PER, and the surname alone of a person named in full ("OKAFOR").
  const names = new Map<string, Span['type']>();
  lines.forEach((line, k) => {
    for (const s of spans[k]) {
      const words = line.tokens.slice(s.first, s.last).map((t) => t.text.replace(POSSESSIVE_ANY_CASE, ''));
      if (!words.every((w) => MIXED_WORD.test(w))) continue;
      names.set(words.join(' ').toUpperCase(), s.type);
      if (s.type === 'PER' && words.length >= 2) names.set(words[words.length - 1].toUpperCase(), 'PER');
    }
  });
  if (!names.size) return;
  lines.forEach((line, k) => {
    const toks = line.tokens;
    if (!shouted[k]) return;
    let changed = false;
    for (let i = 0; i < toks.length; i++) {
      if (!SHOUTED.test(toks[i].text)) continue;
      let j = i;
      while (j < toks.length && j - i < MAX_WORDS && SHOUTED.test(toks[j].text)) j++;
      // The longest run from i that spells a known name.
      for (; j > i; j--) {
        const key = toks
          .slice(i, j)
          .map((t) => t.text.replace(POSSESSIVE_ANY_CASE, ''))
          .join(' ');
        const type = names.get(key);
        if (!type) continue;
        const own = spans[k];
        // A dateline's place is the tagger's ("NICE , France", "MILAN 1996-08-30": the city, not its club),
        // and a tagger's name that reaches beyond the run stays whole ("JAKARTA POST" is no "JAKARTA").
        if (i === 0 && (toks[j]?.text === ',' || toks[j]?.kind === 'number')) break;
        if (own.some((s) => s.first < j && i < s.last && (s.first < i || s.last > j))) break;
        const same = own.find((s) => s.first === i && s.last === j);
        if (same) same.type = type;
        else {
          // The tagger's spans across the run give way ("ORG RUTH" inside "RUTH OKAFOR").
          spans[k] = own.filter((s) => s.last <= i || s.first >= j);
          const last = toks[j - 1];
          spans[k].push({ start: toks[i].start, end: POSSESSIVE_ANY_CASE.test(last.text) ? last.end - 2 : last.end, type, first: i, last: j });
          changed = true;
        }
        i = j - 1;
        break;
      }
    }
    if (changed) spans[k].sort((a, b) => a.start - b.start);
  });
}

/** A line in capitals: every word of two letters or more (two at least) is written in capitals. An acronym in a sentence is no headline. */
function shoutedLine(line: Line): boolean {
  let words = 0;
  for (const t of line.tokens) {
    if (t.kind !== 'word' || t.text.length < 2 || !/\p{L}/u.test(t.text)) continue;
    if (t.text !== t.text.toUpperCase()) return false;
    words++;
  }
  return words >= 2;
}
