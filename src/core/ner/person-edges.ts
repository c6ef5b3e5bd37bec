// Two slips of the tagger at the edges of Russian person names, fixed after it:
//   * a state acronym glued to the end ("смерти Кима Чен Ира КНДР"): the acronym is a place of its
//     own, not a part of the name (no Russian or Korean name ends in an upper-case acronym);
//   * a lone capitalized adjective before the noun it agrees with ("Нобелевской премии", "Королёвских
//     чтениях"): an attribute of a thing, not a person. Without such a noun the word may well be a
//     surname az only knows as an adjective ("Навальный заявил"), and it stays.
import { Span } from './spans';
import { Line } from './forms';
import { Morph, MorphClass } from './morph';
import { adjectiveParses, agreesWithNoun } from './adjective';
import { RU_STATE_ACRONYMS } from './tables/ru-state-acronyms';

const NAME_CLASSES = MorphClass.Name | MorphClass.Surn | MorphClass.Patr;

export function fixPersonEdges(line: Line, spans: Span[], morph: Morph): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.type !== 'PER') {
      out.push(s);
      continue;
    }
    const toks = line.tokens;
    const lastTok = toks[s.last - 1];
    if (s.last - s.first > 1 && RU_STATE_ACRONYMS.has(lastTok.text)) {
      const end = toks[s.last - 2];
      out.push({ ...s, end: end.end, last: s.last - 1 });
      out.push({ start: lastTok.start, end: lastTok.end, type: 'LOC', first: s.last - 1, last: s.last });
      continue;
    }
    // (a name or surname reading, which the line's forms already know of, rules the adjective out cheaply)
    if (
      s.last - s.first === 1 &&
      s.last < toks.length &&
      !(line.forms[s.first].classes & NAME_CLASSES) &&
      adjectiveOfNextNoun(morph, toks[s.first].text, toks[s.last].text)
    )
      continue;
    out.push(s);
  }
  return out;
}

function adjectiveOfNextNoun(morph: Morph, word: string, next: string): boolean {
  if (!/^\p{Ll}/u.test(next)) return false;
  const adj = adjectiveParses(morph, word);
  return !!adj && agreesWithNoun(morph, adj, next);
}
