// Turns BIO labels over a line's tokens into entity spans. Quotes and punctuation at the edges
// are dropped: factRuEval and NEREL both leave «» and trailing dots outside the name.
import { Line } from './features';
import { O, isInside, labelType, NerType } from './labels';
import { FUNCTION_WORDS } from './tables/function-words';

function edgeJunk(text: string, kind: string): boolean {
  return (kind !== 'word' && kind !== 'number') || FUNCTION_WORDS.has(text);
}

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
    // Function words are lower case here, so "The" or "По" opening a name survive ("The Times").
    while (a < b && edgeJunk(toks[a].text, toks[a].kind)) a++;
    while (b > a && edgeJunk(toks[b - 1].text, toks[b - 1].kind)) b--;
    if (type === 'ORG') b = trimCommonTail(line, a, b);
    // MISC is learned (so nationalities and events are not called organizations) but not shown.
    if (a < b && type !== 'MISC') out.push({ start: toks[a].start, end: toks[b - 1].end, type, first: a, last: b });
    i = j;
  }
}

/**
 * "МВД России по программам повышения квалификации" → "МВД России": once an organization's name
 * holds a proper name, a tail that starts with a preposition and has no capital letter is the
 * sentence going on, not the name. ("Министерство по чрезвычайным ситуациям" has no proper name
 * before "по", "Главк по Самарской области" has a capital after it: both stay whole.)
 */
function trimCommonTail(line: Line, a: number, b: number): number {
  const toks = line.tokens;
  let named = false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (k > a && named && t.kind === 'word' && FUNCTION_WORDS.has(t.text)) {
      let capital = false;
      for (let m = k + 1; m < b; m++) if (line.forms[m].salient) capital = true;
      if (!capital) return k;
    }
    if (line.forms[k].salient && (k > a || /^\p{Lu}{2,}/u.test(t.text))) named = true;
  }
  return b;
}
