// English NER by rules: runs of capitalized words typed by named tables (titles, first names,
// organization words, places). There is no English training corpus in the development data, so a
// transparent rule set is the honest choice here; the Russian side is learned.
import { Line } from './forms';
import { Span } from './spans';
import { NerType } from './labels';
import { EN_PLACES } from './tables/en-places';
import { EN_ORG_WORDS, EN_ORG_NAMES } from './tables/en-organizations';
import { EN_PERSON_TITLES, EN_FIRST_NAMES } from './tables/en-persons';
import { EN_NOT_NAMES } from './tables/en-not-names';
import { EN_DEMONYMS } from './tables/en-demonyms';
import { sentenceStart } from './forms';

/** Names found earlier in the document: a later bare "Kolokoltsev" is the same person. */
export type EnMemory = Map<string, NerType>;

function isDemonym(w: string): boolean {
  return EN_DEMONYMS.has(w) || (/^[A-Z][a-z]+(?:ian|ese|ish)$/.test(w) && !EN_PLACES.has(w));
}

// Lower-case words allowed inside a name when capitalized words follow: "Bank of East Asia".
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'van', 'von', 'al', 'bin', '&']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'into', 'outside']);

function isCapWord(text: string): boolean {
  return /^[A-Z][\p{L}'’.-]*$/u.test(text);
}

export function recognizeEnglishLine(line: Line, memory: EnMemory = new Map()): Span[] {
  const toks = line.tokens;
  const out: Span[] = [];
  let i = 0;
  while (i < toks.length) {
    if (toks[i].kind !== 'word' || !isCapWord(toks[i].text)) {
      i++;
      continue;
    }
    // Collect the run: capitalized words, inner connectors, and "." after initials ("J. Smith").
    let j = i + 1;
    let end = i + 1;
    while (j < toks.length) {
      const t = toks[j];
      if (t.kind === 'word' && isCapWord(t.text)) end = ++j;
      else if (t.kind === 'word' && CONNECTORS.has(t.text) && j + 1 < toks.length && isCapWord(toks[j + 1].text)) j++;
      else if (t.text === '.' && toks[j - 1].text.length === 1) j++;
      else break;
    }
    const next = toks[end];
    // Products and codes: "Windows 10", "COVID-19", "Boeing 737".
    const product = next && (next.kind === 'number' || (next.text === '-' && toks[end + 1]?.kind === 'number'));
    if (!product) for (const [a, b] of splitRun(toks.map((t) => t.text), i, end)) emit(line, a, b, memory, out);
    i = Math.max(end, i + 1);
  }
  return out;
}

/**
 * Splits a run at titles and nationality words ("Russian Interior Minister Vladimir Kolokoltsev"
 * → "Vladimir Kolokoltsev"), and at "and" unless the run is an organization ("Russia and Kazakhstan").
 */
function splitRun(words: string[], i: number, end: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let a = i;
  const isOrg = words.slice(i, end).some((w) => EN_ORG_WORDS.has(w));
  for (let k = i; k < end; k++) {
    const w = words[k];
    const capitalizedFunctionWord = /^[A-Z]/.test(w) && EN_NOT_NAMES.has(w.toLowerCase()); // "The", "In", "March"
    const cut = EN_PERSON_TITLES.has(w) || isDemonym(w) || capitalizedFunctionWord || ((w === 'and' || w === '&') && !isOrg);
    if (!cut) continue;
    if (k > a) parts.push([a, k]);
    a = k + 1;
  }
  if (end > a) parts.push([a, end]);
  // A connector or an initial's dot cannot end a part.
  return parts
    .map(([x, y]): [number, number] => {
      while (y > x && (CONNECTORS.has(words[y - 1]) || words[y - 1] === '.')) y--;
      return [x, y];
    })
    .filter(([x, y]) => y > x);
}

function emit(line: Line, a: number, end: number, memory: EnMemory, out: Span[]): void {
  const type = typeOf(line, a, end, memory);
  if (!type) return;
  const toks = line.tokens;
  out.push({ start: toks[a].start, end: toks[end - 1].end, type, first: a, last: end });
  const words = toks.slice(a, end).map((t) => t.text.replace(/['’]s$/, ''));
  memory.set(words.join(' '), type);
  if (type === 'PER') memory.set(words[words.length - 1], 'PER');
}

/** Title-cases an all-caps dateline word: "MOSCOW" → "Moscow". */
function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

function typeOf(line: Line, a: number, end: number, memory: EnMemory): NerType | undefined {
  const toks = line.tokens;
  const words = toks.slice(a, end).map((t) => t.text.replace(/['’]s$/, ''));
  const phrase = words.join(' ');
  let pi = a - 1;
  if (pi >= 0 && toks[pi].text === '.') pi--; // "Mr. Smith"
  const prev = pi >= 0 ? toks[pi].text : '';
  const prevLower = prev.toLowerCase();
  const known = memory.get(phrase);
  if (known) return known;
  if (EN_ORG_NAMES.has(phrase)) return 'ORG';
  if (EN_PLACES.has(phrase) || (words.length === 1 && EN_PLACES.has(titleCase(phrase)))) return 'LOC';
  if (words.some((w) => EN_ORG_WORDS.has(w))) return 'ORG';
  if (EN_PERSON_TITLES.has(prev.replace(/\.$/, '')) || EN_FIRST_NAMES.has(words[0])) return 'PER';
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0])) return 'ORG';
  // "Commonwealth of Independent States", "University of Oxford": a connector makes it an institution.
  if (words.length >= 3 && words.some((w) => CONNECTORS.has(w))) return 'ORG';
  if (PLACE_PREPOSITIONS.has(prevLower)) return 'LOC';
  const start = sentenceStart(line, a);
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^[A-Z][a-z'’-]+$|^[A-Z]\.$/.test(w))) return 'PER';
  // A lone capitalized word mid-sentence with no other clue: most often a surname already introduced.
  // (Not when a capitalized word precedes: that is a piece of a longer run, "Russian Interior Minister".)
  if (words.length === 1 && !start && words[0].length > 2 && !/^[A-Z]/.test(prev)) return 'PER';
  return undefined;
}
