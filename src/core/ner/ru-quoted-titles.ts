// A name that fills a pair of quotes is a title, not a place or a person: Russian quotes the names of
// companies, media, works and craft («Таврия» a car, «Колумбия» a shuttle, «Мужской разговор» a film,
// ракета «Арес I»), never those of towns, countries, rivers or people, so a place or a person the tagger
// found exactly inside quotes is dropped (an organization there is the tagger's reading and stays). A
// facility or a settlement named in quotes after its kind noun ("стадион «Лужники»", "посёлок «Рыбацкое»",
// tables/ru-facility-kinds.ts, or a kind of place: "области «…»") stays a place. A name inside a longer
// quoted title ("«Ереванские перспективы»") is not touched: the quotes must hold exactly the span.
import { Span } from './spans';
import { Line } from './forms';
import { RU_FACILITY_KIND } from './tables/ru-facility-kinds';
import { RU_PLACE_KIND } from './tables/ru-place-kinds';
import { CLOSING_QUOTES, OPENING_QUOTES } from './tables/quote-marks';

export function dropQuotedTitles(line: Line, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    if (isQuotedTitle(line, spans[k])) out ??= spans.slice(0, k);
    else out?.push(spans[k]);
  }
  return out ?? spans;
}

/** A place or person that fills a pair of quotes, not after a noun for a facility or a kind of place. */
function isQuotedTitle(line: Line, s: Span): boolean {
  const toks = line.tokens;
  if (s.type === 'ORG' || s.first === 0 || s.last >= toks.length || !OPENING_QUOTES.has(toks[s.first - 1].text) || !CLOSING_QUOTES.has(toks[s.last].text))
    return false;
  if (s.type !== 'LOC') return true;
  const kind = s.first > 1 ? toks[s.first - 2].text.toLowerCase() : '';
  return !RU_FACILITY_KIND.test(kind) && !RU_PLACE_KIND.test(kind);
}
