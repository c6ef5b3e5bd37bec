// A lone adjective the tagger calls a place is fixed after it (Russian lines):
//   * before a kind of place it agrees with ("Боденским озером", "Чукотский автономный округ" is the
//     tagger's own), the kind joins the name: "Боденским" → "Боденским озером";
//   * before any other noun it agrees with ("китайский город", "Женевской конвенции", "Петербургские
//     экологи") it is an attribute, not a place: dropped;
//   * a lower-case adjective alone ("российский") is never a place name.
import { Span } from './spans';
import { Line } from './forms';
import { Morph } from './morph';
import { adjectiveParses, agreesWithNoun } from './adjective';
import { RU_PLACE_KIND } from './tables/ru-place-kinds';

export function fixPlaceEdges(line: Line, spans: Span[], morph: Morph): Span[] {
  const out: Span[] = [];
  const toks = line.tokens;
  for (const s of spans) {
    if (s.type !== 'LOC' || s.last - s.first !== 1) {
      out.push(s);
      continue;
    }
    const word = toks[s.first].text;
    const adj = adjectiveParses(morph, word);
    if (!adj) {
      out.push(s);
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
    out.push(s);
  }
  return out;
}
