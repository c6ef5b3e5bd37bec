// A name right after a preposition of place ("в Эссекс", "из Эссекса", "под Ньюарком") is a place, not a
// person: on the tuning halves of factRuEval and NEREL dev, 1 of 255 gold names after such prepositions is a
// person. The tagger calls an unknown foreign place a person when az knows none of its words; here it
// becomes a place. Left as the tagger read them, because Russian does put people there:
//   * after "на", "к", "у", "над", "до" (not in the list): "женился на Божене", "пришёл к Иванову",
//     "опекунства над Блэнкет", "до Горбачёва" (before his time);
//   * a name az knows from its dictionary as a first name or a surname ("влюбился в Анну", "стрелял в
//     Иванова");
//   * after "в"/"во"/"под", a word that can be genitive: a person after them is in the animate accusative,
//     which has the genitive's form ("верят в Зеленского"), while a place is in the accusative of things or
//     the prepositional ("в Эссекс", "в Эссексе"). ("из", "около", "близ" take the genitive for both.)
import { Span } from './spans';
import { Line } from './forms';
import { MorphClass } from './morph';

/** Lower-case forms; "В" opening a sentence counts too. true: the animate accusative can follow it. */
const PLACE_PREPOSITION = new Map<string, boolean>([
  ['в', true],
  ['во', true],
  ['под', true],
  ['из', false],
  ['около', false],
  ['близ', false],
]);
const KNOWN = MorphClass.Known;
const NAME = MorphClass.Name | MorphClass.Surn;
/** The genitive bit of FormInfo.cases (forms.ts). */
const GENITIVE = 2;

export function retypeAfterPlacePrepositions(line: Line, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type === 'PER' && s.first > 0 && afterPlacePreposition(line, s)) (out ??= [...spans])[k] = { ...s, type: 'LOC' };
  }
  return out ?? spans;
}

/** The word before the span is a preposition of place, and nothing in the span says it is a person. */
function afterPlacePreposition(line: Line, s: Span): boolean {
  // The prepositions have five letters at most: the length spares the lower-casing of most words.
  const before = line.tokens[s.first - 1].text;
  const accusative = before.length <= 5 ? PLACE_PREPOSITION.get(before.toLowerCase()) : undefined;
  if (accusative === undefined) return false;
  for (let i = s.first; i < s.last; i++) {
    const f = line.forms[i];
    if (f.classes & KNOWN && f.classes & NAME) return false;
    if (accusative && f.cases & GENITIVE) return false;
  }
  return true;
}
