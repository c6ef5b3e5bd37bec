// A governing body named by its place ("правительство Израиля", "мэрии Москвы", "посольство США"): a
// lower-case noun for such a body (tables/ru-place-bodies.ts) right before a place the tagger found is
// one organization with the place, which stays a place of its own inside it (the recognizer's nested
// places; factRuEval gives the ORG the place as its core, NEREL nests the LOC). The tagger, which keeps
// lower-case words out of names, found only the place.
import { Span } from './spans';
import { Line } from './forms';
import { RU_PLACE_BODY } from './tables/ru-place-bodies';

export function joinPlaceBodies(line: Line, spans: Span[]): Span[] {
  const toks = line.tokens;
  let out = spans;
  for (const s of spans) {
    if (s.type !== 'LOC' || s.first === 0 || !line.forms[s.first].cap) continue;
    const h = s.first - 1;
    if (!RU_PLACE_BODY.test(toks[h].text)) continue;
    if (spans.some((o) => o !== s && o.first <= h && o.last > h)) continue; // the head is in another name already
    if (out === spans) out = [...spans];
    out.push({ start: toks[h].start, end: s.end, type: 'ORG', first: h, last: s.last });
  }
  return out === spans ? spans : out.sort((x, y) => x.start - y.start || y.end - x.end);
}
