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
  let i = 0;
  // Words cut off the end of the previous name by a sentence's end, waiting for the name right after them.
  let carry = -1;
  while (i < labels.length) {
    const l = labels[i];
    if (l === O || isInside(l)) {
      i++;
      carry = -1;
      continue;
    }
    const type = labelType(l)!;
    let j = i + 1;
    while (j < labels.length && isInside(labels[j]) && labelType(labels[j]) === type) j++;
    const from = carry >= 0 ? carry : i;
    carry = -1;
    // A name never runs over the end of a sentence ("в ООН. Жан-Клода Ван Дамма" is no ORG "ООН. Жан-Клода"):
    // the words after the full stop go with the name that follows them directly, or stand as a name of this type.
    const cut = sentenceEndInside(line, from, j);
    if (cut >= 0) {
      pushSpan(line, from, cut - 1, type, out);
      if (j < labels.length && labels[j] !== O && !isInside(labels[j])) carry = cut;
      else pushSpan(line, cut, j, type, out);
    } else pushSpan(line, from, j, type, out);
    i = j;
  }
}

/** Adds the span of tokens [a, b) of a type, less the punctuation and function words at its edges. */
function pushSpan(line: Line, a: number, b: number, type: NonNullable<ReturnType<typeof labelType>>, out: Span[]): void {
  const toks = line.tokens;
  // Function words are lower case here, so "The" or "По" opening a name survive ("The Times").
  while (a < b && edgeJunk(toks[a].text, toks[a].kind)) a++;
  while (b > a && edgeJunk(toks[b - 1].text, toks[b - 1].kind)) b--;
  if (type === 'ORG') b = trimCommonTail(line, a, b);
  // MISC is learned (so nationalities and events are not called organizations) but not shown.
  if (a < b && type !== 'MISC') out.push({ start: toks[a].start, end: toks[b - 1].end, type, first: a, last: b });
}

/**
 * The index of the first token after a full stop that ends a sentence inside tokens [i, j), or -1. A stop
 * ends a sentence when a Title Case word follows it after a space and the word before it is an acronym ("ООН.", "NATO.") or a
 * lower-case word of four letters or more ("проекта."); after an initial ("Н. А. Петрова"), a short
 * abbreviation ("им. Ломоносова", "ул.") or a Title Case word ("Corp.", "St. Louis", "Bros.") it does not.
 */
function sentenceEndInside(line: Line, i: number, j: number): number {
  const toks = line.tokens;
  for (let k = i + 1; k + 1 < j; k++) {
    // A Title Case word after a space: in a line of capitals ("ST. LOUIS") and glued ("GOVT.BUDGET") a stop says less.
    if (toks[k].text !== '.' || toks[k + 1].start === toks[k].end || !/^\p{Lu}\p{Ll}/u.test(toks[k + 1].text)) continue;
    const w = toks[k - 1].text;
    if (/^\p{Lu}{2,}$/u.test(w) || /^\p{Ll}{4,}$/u.test(w)) return k + 1;
  }
  return -1;
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
