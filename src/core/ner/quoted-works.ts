// A name the tagger found inside quotes right after a noun for a work, craft or event
// ("оперу «Евгений Онегин»", "ракета «Союз»") is that title, not a person, organization or place:
// factRuEval and NEREL leave titles unmarked. The quotes must hold exactly the span, so a name
// that only stands inside a longer title is not touched here.
import { Span } from './spans';
import { Line } from './forms';
import { RU_WORK_KIND } from './tables/ru-work-kinds';
import { CLOSING_QUOTES, OPENING_QUOTES } from './tables/quote-marks';

export function dropQuotedWorks(line: Line, spans: Span[]): Span[] {
  const toks = line.tokens;
  return spans.filter((s) => {
    const open = s.first - 1;
    if (open < 1 || s.last >= toks.length || !OPENING_QUOTES.has(toks[open].text) || !CLOSING_QUOTES.has(toks[s.last].text)) return true;
    const kind = toks[open - 1];
    return !(kind.kind === 'word' && RU_WORK_KIND.test(kind.text.toLowerCase()));
  });
}
