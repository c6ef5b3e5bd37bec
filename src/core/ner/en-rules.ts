// English NER by rules: runs of capitalized words typed by named tables (titles, first names,
// organization words, places). There is no English training corpus in the development data, so a
// transparent rule set is the honest choice here; the Russian side is learned.
import { Line } from './features';
import { Span } from './spans';
import { NerType } from './labels';
import { EN_PLACES } from './tables/en-places';
import { EN_ORG_WORDS, EN_ORG_NAMES } from './tables/en-organizations';
import { EN_PERSON_TITLES, EN_FIRST_NAMES } from './tables/en-persons';
import { EN_NOT_NAMES } from './tables/en-not-names';
import { sentenceStart } from './features';

// Lower-case words allowed inside a name when capitalized words follow: "Bank of East Asia".
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'van', 'von', 'al', 'bin', '&']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'into', 'outside']);

function isCapWord(text: string): boolean {
  return /^[A-Z][\p{L}'’.-]*$/u.test(text);
}

export function recognizeEnglishLine(line: Line): Span[] {
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
    let a = i;
    // A sentence-initial function word or month is not part of the name: "The Kremlin", "In Paris".
    while (a < end && EN_NOT_NAMES.has(toks[a].text.toLowerCase()) && !EN_ORG_NAMES.has(toks[a].text)) a++;
    const next = toks[end];
    // Products and codes: "Windows 10", "COVID-19", "Boeing 737".
    const product = next && (next.kind === 'number' || (next.text === '-' && toks[end + 1]?.kind === 'number'));
    if (a < end && !product) {
      const type = typeOf(line, a, end);
      if (type) out.push({ start: toks[a].start, end: toks[end - 1].end, type, first: a, last: end });
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

function typeOf(line: Line, a: number, end: number): NerType | undefined {
  const toks = line.tokens;
  const words = toks.slice(a, end).map((t) => t.text.replace(/['’]s$/, ''));
  const phrase = words.join(' ');
  const prev = a > 0 ? toks[a - 1].text : '';
  const prevLower = prev.toLowerCase();
  if (EN_ORG_NAMES.has(phrase)) return 'ORG';
  if (EN_PLACES.has(phrase)) return 'LOC';
  if (words.some((w) => EN_ORG_WORDS.has(w))) return 'ORG';
  if (EN_PERSON_TITLES.has(prev.replace(/\.$/, '')) || EN_FIRST_NAMES.has(words[0])) return 'PER';
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0])) return 'ORG';
  if (PLACE_PREPOSITIONS.has(prevLower)) return 'LOC';
  const start = sentenceStart(line, a);
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^[A-Z][a-z'’-]+$|^[A-Z]\.$/.test(w))) return 'PER';
  // A lone capitalized word mid-sentence with no other clue: most often a surname already introduced.
  if (words.length === 1 && !start && words[0].length > 2) return 'PER';
  return undefined;
}
