// A name that fills a pair of quotes is not a place: Russian quotes the names of companies, media, works
// and craft («Таврия» a car, «Колумбия» a shuttle, «Мужской разговор» a film), never those of towns,
// countries or rivers, so a place the tagger found exactly inside quotes is dropped. A facility or a
// settlement named in quotes after its kind noun ("стадион «Лужники»", "посёлок «Рыбацкое»",
// tables/ru-facility-kinds.ts, or a kind of place: "области «…»") stays a place. A place inside a longer
// quoted name ("«Ереванские перспективы»") is not touched: the quotes must hold exactly the span.
import { Span } from './spans';
import { Line } from './forms';
import { RU_FACILITY_KIND } from './tables/ru-facility-kinds';
import { RU_PLACE_KIND } from './tables/ru-place-kinds';

const OPEN = new Set(['«', '„', '“', '"']);
const CLOSE = new Set(['»', '“', '”', '"']);

export function dropQuotedPlaces(line: Line, spans: Span[]): Span[] {
  const toks = line.tokens;
  const kept = spans.filter((s) => {
    if (s.type !== 'LOC' || s.first === 0 || s.last >= toks.length || !OPEN.has(toks[s.first - 1].text) || !CLOSE.has(toks[s.last].text)) return true;
    const kind = s.first > 1 ? toks[s.first - 2].text.toLowerCase() : '';
    return RU_FACILITY_KIND.test(kind) || RU_PLACE_KIND.test(kind);
  });
  return kept.length === spans.length ? spans : kept;
}
