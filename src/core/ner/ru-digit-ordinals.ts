// An ordinal written with a digit opens a name ("1-го Украинского фронта", "16-й экспедиции"): the
// tokenizer splits "1", "-", "го" and the tagger may start the name at the ending. A span never starts
// inside a word, so it takes the number and the hyphen glued before it.
import { Span } from './spans';
import { Line } from './forms';

/** The case ending of an ordinal written with digits: "го", "й", "му", "ой", "ая" … */
const ENDING = /^\p{Ll}{1,3}$/u;

export function joinDigitOrdinals(line: Line, spans: Span[]): Span[] {
  const toks = line.tokens;
  const glued = (k: number) => toks[k].start === toks[k - 1].end;
  let out: Span[] | undefined;
  spans.forEach((s, i) => {
    const a = s.first;
    // "1" "-" "го": a number, a hyphen and a short lower-case ending, with no space between them.
    if (a < 2 || !ENDING.test(toks[a].text) || toks[a - 1].text !== '-' || toks[a - 2].kind !== 'number' || !glued(a) || !glued(a - 1)) return;
    out ??= [...spans];
    out[i] = { ...s, first: a - 2, start: toks[a - 2].start };
  });
  return out ?? spans;
}
