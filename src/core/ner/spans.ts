// Turns BIO labels over a line's tokens into entity spans. Quotes and punctuation at the edges
// are dropped: factRuEval and NEREL both leave «» and trailing dots outside the name.
import { Line } from './features';
import { O, isInside, labelType, NerType } from './labels';

export interface Span {
  start: number;
  end: number;
  type: NerType;
  /** Index range of the span's tokens in the line, end exclusive. */
  first: number;
  last: number;
}

export function labelsToSpans(line: Line, labels: Uint8Array, out: Span[]): void {
  const toks = line.tokens;
  let i = 0;
  while (i < labels.length) {
    const l = labels[i];
    if (l === O || isInside(l)) {
      i++;
      continue;
    }
    const type = labelType(l)!;
    let j = i + 1;
    while (j < labels.length && isInside(labels[j]) && labelType(labels[j]) === type) j++;
    let a = i;
    let b = j;
    while (a < b && toks[a].kind !== 'word' && toks[a].kind !== 'number') a++;
    while (b > a && toks[b - 1].kind !== 'word' && toks[b - 1].kind !== 'number') b--;
    if (a < b) out.push({ start: toks[a].start, end: toks[b - 1].end, type, first: a, last: b });
    i = j;
  }
}
