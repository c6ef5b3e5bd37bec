// The edges of the places the tagger finds, fixed after it (Russian lines):
//   * lower-case words before a capitalized name are its description, not the name ("на реке | Эльба", "в
//     аэропорту | Болоньи", "на востоке | Украины"): NEREL marks the name alone and factRuEval the name as the
//     core of a longer mention, so the span is cut to the name; not where the name is only a person's
//     ("памятник Пушкину": the rest would be a person called a place).
// A lone adjective the tagger calls a place:
//   * before a kind of place it agrees with ("Боденским озером", "Чукотский автономный округ" is the
//     tagger's own), the kind joins the name: "Боденским" → "Боденским озером";
//   * before any other noun it agrees with ("китайский город", "Женевской конвенции", "Петербургские
//     экологи") it is an attribute, not a place: dropped;
//   * a lower-case adjective alone ("российский") is never a place name;
//   * a capitalized masculine adjective alone in the nominative (nothing after it that it could describe,
//     no kind of place before it: "на острове Русский") that az does not know as a place is a
//     substantivized adjective, in the news a surname ("— пояснил Дубровский", "поддержали Зеленский и
//     Кулеба"): a person.
import { Span } from './spans';
import { Line } from './forms';
import { Morph, MorphClass } from './morph';
import { OPENING_QUOTES } from './tables/quote-marks';
import { Token } from '../tokenize';
import { adjectiveParses, agreesWithNoun } from './adjective';
import { RU_PLACE_KIND } from './tables/ru-place-kinds';
import { RU_FACILITY_KIND } from './tables/ru-facility-kinds';

export function fixPlaceEdges(line: Line, spans: Span[], morph: Morph): Span[] {
  const out: Span[] = [];
  const toks = line.tokens;
  for (let s of spans) {
    if (s.type === 'LOC' && s.last - s.first > 1) s = withoutLowerCaseLead(line, s);
    if (s.type !== 'LOC' || s.last - s.first !== 1) {
      out.push(s);
      continue;
    }
    const word = toks[s.first].text;
    const adj = adjectiveParses(morph, word);
    if (!adj) {
      out.push(surnameAlone(line, s, morph) ? { ...s, type: 'PER' } : s);
      continue;
    }
    const next = s.last < toks.length ? toks[s.last] : undefined;
    const lowerNext = next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) ? next : undefined;
    if (lowerNext && RU_PLACE_KIND.test(lowerNext.text) && agreesWithNoun(morph, adj, lowerNext.text)) {
      out.push({ ...s, end: lowerNext.end, last: s.last + 1 });
      continue;
    }
    if (/^\p{Ll}/u.test(word)) continue;
    if (lowerNext && agreesWithNoun(morph, adj, lowerNext.text)) continue;
    out.push(surnameAlone(line, s, morph) ? { ...s, type: 'PER' } : s);
  }
  return out;
}

/** az's parts of speech of a word the adjective may describe or go with ("" : az does not know the word). */
const ATTRIBUTE_OF = new Set(['NOUN', 'ADJF', 'ADJS', 'PRTF', 'NUMR', '']);

/** The endings of a masculine adjective in the nominative singular ("Дубровский", "Белый", "Толстой"). */
const MASCULINE_ADJECTIVE = /^[А-ЯЁ][а-яё]+(?:ий|ый|ой)$/;

/**
 * A capitalized masculine adjective standing alone (no noun after it that it agrees with) that az
 * does not know as a place: a substantivized adjective, which in the news is a surname ("— пояснил
 * Дубровский", "поддержали Зеленский и Кулеба", "профессор Московский"), not a place (places that are
 * such adjectives, "Мирный", "Жуковский", are az's Geox nouns).
 */
function surnameAlone(line: Line, s: Span, morph: Morph): boolean {
  const toks = line.tokens;
  const word = toks[s.first].text;
  if (!MASCULINE_ADJECTIVE.test(word)) return false;
  const parses = morph.analyze(word).parses;
  const best = parses[0];
  // An ordinal ("Второй | мировой") is no surname.
  if (!best || best.tag.POST !== 'ADJF' || !best.tag.masc || best.tag.CAse !== 'nomn' || best.tag.Anum) return false;
  if (parses.some((p) => p.tag.Geox || p.tag.Orgn)) return false;
  const next = toks[s.last];
  if (next && !standsAlone(morph, next)) return false;
  const before = toks[s.first - 1];
  if (!before || before.kind !== 'word') return true;
  // Nor the name of the place its kind noun gives ("на острове Русский", "в городе Советский").
  if (/^\p{Ll}/u.test(before.text)) return !RU_PLACE_KIND.test(before.text) && !RU_FACILITY_KIND.test(before.text);
  // Nor an epithet after a name ("Папа Римский", "Пётр Великий").
  const adj = parses.filter((p) => p.tag.POST === 'ADJF');
  return !agreesWithNoun(morph, adj, before.text);
}

/**
 * After the adjective, nothing it could be an attribute of: no capitalized word or opening quote ("Лондонский
 * «Арсенал»"), no noun, adjective or numeral ("Второй мировой войны"); a verb, a conjunction or punctuation.
 */
function standsAlone(morph: Morph, next: Token): boolean {
  if (OPENING_QUOTES.has(next.text)) return false;
  if (next.kind !== 'word') return true;
  return !/^\p{Lu}/u.test(next.text) && !ATTRIBUTE_OF.has(morph.analyze(next.text).pos);
}

const PERSON_NAME = MorphClass.Name | MorphClass.Surn | MorphClass.Patr;

/** A place span cut to the capitalized name after its lower-case descriptors ("реке | Эльба", "аэропорту | Болоньи"). */
function withoutLowerCaseLead(line: Line, s: Span): Span {
  let first = s.first;
  while (first < s.last && /^\p{Ll}/u.test(line.tokens[first].text)) first++;
  if (first === s.first || first === s.last || !line.forms[first].cap) return s;
  // A thing named after a person ("памятник Пушкину"): the rest would be a person's name called a place.
  let person = true;
  for (let k = first; k < s.last; k++) if (!(line.forms[k].classes & MorphClass.Known && line.forms[k].classes & PERSON_NAME)) person = false;
  return person ? s : { ...s, first, start: line.tokens[first].start };
}
