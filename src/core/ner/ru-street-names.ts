// A name right after a lower-case noun for a street, a square or a body of water is that place's name,
// not a person: "улицы Баумана", "проспекта Мира", "площади Тукая", "озера Кабан". Streets are named
// after people, in the genitive, so the tagger reads the name alone as the person; the noun before it
// says it is a place. The name keeps its own span (the noun stays outside, as the tagger marks "реки
// Казанки"). Persons read so elsewhere in the document stay persons: only this mention changes.
import { Span } from './spans';
import { Line } from './forms';

/** Lower-case word forms of the kinds, any case ending. */
const STREET_KIND =
  /^(?:улиц[аеуы]|улицей|проспект(?:а|у|е|ом)?|переул(?:ок|ка|ку|ке|ком)|площад(?:ь|и|ью)|бульвар(?:а|у|е|ом)?|набережн(?:ая|ой|ую)|аллей|алле[еийю]|проезд(?:а|у|е|ом)?|тупик(?:а|у|е|ом)?|озер(?:о|а|у|е|ом)|рек(?:а|и|е|у|ой)|пруд(?:а|у|е|ом)?)$/;

export function retypeStreetNames(line: Line, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'PER' || s.first === 0) continue;
    const before = line.tokens[s.first - 1].text;
    // Lower case only: a capitalized kind is a word of a name itself ("Красная Площадь", the station "Проспект Мира").
    if (before.length <= 11 && STREET_KIND.test(before)) (out ??= [...spans])[k] = { ...s, type: 'LOC' };
  }
  return out ?? spans;
}
