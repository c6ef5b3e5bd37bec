// A name right after a preposition of place ("в Эссекс", "из Эссекса", "под Ньюарком") is a place, not a
// person: Russian puts people after such prepositions only in turns of phrase news rarely uses ("влюбился
// в Анну"). On the tuning halves of factRuEval and NEREL dev, 1 of 255 gold mentions after them is a
// person ("опекунства над Блэнкет": "над" is left out for it, as are "на", "к", "от", "у", which take
// people all the time: "женился на Божене", "пришёл к Иванову"). The tagger calls an unknown foreign
// place a person when az knows none of its words; here it becomes a place. A span holding a first name
// az knows from its dictionary stays a person: that is the turn of phrase, not a place.
import { Span } from './spans';
import { Line } from './forms';
import { MorphClass } from './morph';

/** Lower-case forms; "В" opening a sentence counts too. */
const PLACE_PREPOSITION = /^(?:в|во|из|до|под|около|близ)$/;
const KNOWN_FIRST_NAME = MorphClass.Name | MorphClass.Known;

export function retypeAfterPlacePrepositions(line: Line, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type === 'PER' && s.first > 0 && afterPlacePreposition(line, s)) (out ??= [...spans])[k] = { ...s, type: 'LOC' };
  }
  return out ?? spans;
}

/** The word before the span is a preposition of place, and no word of the span is a first name az knows. */
function afterPlacePreposition(line: Line, s: Span): boolean {
  // The prepositions have five letters at most: the length spares the lower-casing of most words.
  const before = line.tokens[s.first - 1].text;
  if (before.length > 5 || !PLACE_PREPOSITION.test(before.toLowerCase())) return false;
  for (let i = s.first; i < s.last; i++) if ((line.forms[i].classes & KNOWN_FIRST_NAME) === KNOWN_FIRST_NAME) return false;
  return true;
}
