// A word written with a dot glued before it and a space before the dot is a domain zone ("в зоне .РФ",
// "сайты .com"), not the country or company it abbreviates: neither corpus marks it. The tagger reads
// "РФ" as the place whatever the dot says, so such a span is dropped after it.
import { Span } from './spans';
import { Line } from './forms';

export function dropDomainZones(line: Line, spans: Span[]): Span[] {
  const toks = line.tokens;
  const out = spans.filter((s) => {
    const dot = s.first - 1;
    if (dot < 0 || toks[dot].text !== '.' || toks[dot].end !== toks[s.first].start) return true;
    // A space (or the line's start) before the dot: "Lenta.ru" and "Москве.Вчера" have none.
    return dot > 0 && toks[dot - 1].end === toks[dot].start;
  });
  return out.length === spans.length ? spans : out;
}
