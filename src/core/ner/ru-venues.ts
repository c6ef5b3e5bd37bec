// A name the tagger calls a place right after a noun for a cultural institution or an auction house is
// that institution, an organization ("на аукционе Christie’s", "в галерее Тейт", "аукционного дома
// Sotheby’s", "в театре «Ленком»"), unless az knows a word of it as a place: "в музее Лондона" is a
// museum in London, and the place stays (as "в больнице Лондона" does in NEREL).
import { Span } from './spans';
import { Line } from './forms';
import { MorphClass } from './morph';
import { RU_HOUSE, RU_VENUE_KIND } from './tables/ru-venue-kinds';

const QUOTE = /^[«"„“]$/;

export function retypeVenues(line: Line, spans: Span[]): Span[] {
  const toks = line.tokens;
  return spans.map((s) => {
    if (s.type !== 'LOC' || s.first === 0) return s;
    let k = s.first - 1;
    if (QUOTE.test(toks[k].text) && k > 0) k--; // "в театре «Ленком»"
    if (RU_HOUSE.test(toks[k].text) && k > 0) k--; // "аукционного дома Bonhams"
    if (!RU_VENUE_KIND.test(toks[k].text)) return s;
    for (let i = s.first; i < s.last; i++) if (line.forms[i].classes & MorphClass.Geox) return s;
    return { ...s, type: 'ORG' };
  });
}
