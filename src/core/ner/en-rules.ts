// English NER by rules: runs of capitalized words, split at titles, nationality words and possessives,
// then typed by evidence from named tables and context. There is no English training corpus in the
// development data, so a transparent rule set is the honest choice here; the Russian side is learned.
// A capital letter alone is weak evidence: sentence starts and Title Case headlines need support from
// elsewhere (see en-evidence.ts), and PER needs person evidence (a title, a given name, a verb of saying).
import { Line, sentenceStart } from './forms';
import { Span } from './spans';
import { NerType } from './labels';
import { EN_PLACES, EN_GEO_HEADS, EN_GEO_NOUNS_AFTER, EN_PLACE_OF_NOUNS, EN_PLACE_PREPOSITIONS } from './tables/en-places';
import { EN_ORG_WORDS, EN_ORG_NAMES, EN_ORG_NOUNS_BEFORE, EN_ORG_NOUNS_AFTER } from './tables/en-organizations';
import { EN_PERSON_TITLES, EN_FIRST_NAMES, EN_SAY_VERBS } from './tables/en-persons';
import { EN_NOT_NAMES } from './tables/en-not-names';
import { EN_DEMONYMS } from './tables/en-demonyms';
import { EnMemory, createEnMemory, isCapWord, bare } from './en-evidence';
import { personEvidence } from './en-person';

export { EnMemory, createEnMemory } from './en-evidence';

function isDemonym(w: string): boolean {
  return EN_DEMONYMS.has(w) || (/^[A-Z][a-z]+(?:ian|ese|ish)$/.test(w) && !EN_PLACES.has(w));
}

/** A title before a name, hyphenated ones too: "Secretary-General", "Vice-President", "Commander-in-Chief". */
function isTitle(w: string): boolean {
  return EN_PERSON_TITLES.has(w) || (w.includes('-') && w.split('-').some((p) => EN_PERSON_TITLES.has(p)));
}

/** The letters of "U.S." / "U.S" (letter, dot, letter …) in words[from, to), or undefined. */
function initialismLetters(words: readonly string[], from: number, to: number): string | undefined {
  if (to - from < 3) return undefined;
  let letters = '';
  for (let j = from; j < to; j++) {
    if ((j - from) % 2 === 1) { if (words[j] !== '.') return undefined; }
    else if (/^[A-Z]$/.test(words[j])) letters += words[j];
    else return undefined;
  }
  return letters;
}

/**
 * A known name starts at k and needs no other evidence at a sentence start: an initialism ("U.S.",
 * "U.N.") or a name of two to four words ("Goldman Sachs", "Morgan Stanley") from the tables.
 */
function knownNameAt(words: string[], k: number, end: number): boolean {
  let to = k;
  while (to < words.length && /^[A-Z]$/.test(words[to]) && words[to + 1] === '.') to += 2;
  const letters = initialismLetters(words, k, to);
  if (letters && (EN_PLACES.has(letters) || EN_ORG_NAMES.has(letters))) return true;
  for (let n = 2; n <= 4 && k + n <= end; n++) {
    const phrase = words.slice(k, k + n).join(' ');
    if (EN_ORG_NAMES.has(phrase) || EN_PLACES.has(phrase)) return true;
  }
  return false;
}

// Lower-case words allowed inside a name when capitalized words follow: "Bank of East Asia".
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'van', 'von', 'al', 'bin', '&']);
const DASHES = new Set(['-', '–', '—']);
const BASED = /^(\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’.]*)*)-based$/u; // "Almaty-based", "New York-based" is split earlier

/** A word a capital letter alone does not make a name of, unless the document or a table vouches for it. */
function vouched(w: string, memory: EnMemory): boolean {
  const b = bare(w);
  return memory.has(b) || memory.midRunFirst.has(b) || EN_PLACES.has(b) || EN_ORG_NAMES.has(b) || EN_FIRST_NAMES.has(b) ||
    EN_PERSON_TITLES.has(b) || EN_GEO_HEADS.has(b) || isDemonym(b);
}

export function recognizeEnglishLine(line: Line, memory: EnMemory = createEnMemory([line])): Span[] {
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
      else if ((t.kind === 'word' || t.text === '&') && CONNECTORS.has(t.text) && j + 1 < toks.length && isCapWord(toks[j + 1].text)) j++;
      else if (t.text === '.' && toks[j - 1].text.length === 1) j++;
      else break;
    }
    const next = toks[end];
    // Products and codes: "Windows 10", "COVID-19", "Boeing 737".
    // Not a place or a known name before a figure: "Uzbekistan 35% and Kyrgyzstan the rest".
    // "fined Google 2.4 billion euros": a known organization before a figure is still the organization.
    const named = end - i === 1 && (EN_PLACES.has(bare(toks[i].text)) || EN_ORG_NAMES.has(bare(toks[i].text)) || memory.has(bare(toks[i].text)));
    const product = !named && next && (next.kind === 'number' || (next.text === '-' && toks[end + 1]?.kind === 'number'));
    if (!product) for (const [a, b, afterTitle] of splitRun(line, i, end, memory, out)) emit(line, a, b, memory, out, afterTitle);
    i = Math.max(end, i + 1);
  }
  return out;
}

/**
 * Splits a run into name parts: at titles and nationality words ("Kyrgyz Deputy Minister Elena Sadykova"
 * → "Elena Sadykova"), after a possessive ("Kyrgyzstan's Ministry of …"), at "and" unless the run is an
 * organization, around "X-based" (X is a place), and drops words whose capital says nothing (a sentence
 * start, a headline word) when nothing vouches for them. "Minister of Water Management" is a title.
 */
function splitRun(line: Line, i: number, end: number, memory: EnMemory, out: Span[]): Array<[number, number, boolean]> {
  const toks = line.tokens;
  const words = toks.map((t) => t.text);
  const parts: Array<[number, number]> = [];
  // Where a part begins right after a title: "Secretary of State | Antony Blinken" is a person.
  const titled = new Set<number>();
  const headline = memory.isHeadline(line);
  const isOrg = words.slice(i, end).some((w) => EN_ORG_WORDS.has(bare(w)));
  const hasTitle = words.slice(i, end).some(isTitle);
  let a = i;
  const cutAt = (k: number, from = k + 1): void => {
    if (k > a) parts.push([a, k]);
    a = from;
  };
  for (let k = i; k < end; k++) {
    const w = words[k];
    const based = BASED.exec(w);
    if (based) {
      const t = toks[k];
      out.push({ start: t.start, end: t.start + based[1].length, type: 'LOC', first: k, last: k + 1 });
      cutAt(k);
      continue;
    }
    const capitalizedFunctionWord = /^[A-Z]/.test(w) && EN_NOT_NAMES.has(w.toLowerCase()); // "The", "In", "March"
    if (isTitle(w) && words[k + 1] === 'of') {
      // "Minister of Emergency Situations Azamat Toktorov": the title runs to a given name, or leaves two words.
      // Without a known given name, a name of two words ends the run when the title leaves room for one
      // ("Secretary of State Antony Blinken"); "Minister of Foreign Affairs" alone leaves none.
      let s = k + 2;
      while (s < end && !EN_FIRST_NAMES.has(words[s])) s++;
      if (s === end && end - (k + 2) >= 3) s = end - 2;
      cutAt(k, s);
      if (s < end) titled.add(s);
      k = s - 1;
      continue;
    }
    // "Eurasian Development Bank": a nationality word opening an organization's name belongs to it.
    const demonym = isDemonym(w) && !(isOrg && !hasTitle && k + 1 < end && isCapWord(words[k + 1]));
    if (isTitle(w) || demonym || capitalizedFunctionWord || ((w === 'and' || w === '&') && !isOrg)) {
      cutAt(k);
      if (isTitle(w)) titled.add(k + 1);
      continue;
    }
    const dateline = k === 0 && /^[A-Z][A-Z'’.-]+$/.test(w) && (words[k + 1] === ',' || words[k + 1] === '(');
    const silentCapital = !dateline && (headline || (k === a && startsSentence(line, k)));
    if (silentCapital && !vouched(w, memory) && !knownNameAt(words, k, end)) {
      // "Northwind Energy Corp said …" opens a sentence but is an organization by its suffix.
      const orgFollows = !headline && k + 1 < end && isCapWord(words[k + 1]) && isOrg;
      // "Antony Blinken said …": two capitalized words and a verb of saying make a person's name.
      const saidPair = !headline && end - k === 2 && EN_SAY_VERBS.has((words[end] ?? '').toLowerCase());
      if (!orgFollows && !saidPair) cutAt(k);
      continue;
    }
    if (/['’]s$/.test(w) && k + 1 < end) cutAt(k + 1, k + 1); // "Uzbekistan's Minister …"
  }
  if (end > a) parts.push([a, end]);
  // A connector or an initial's dot cannot begin or end a part.
  return parts
    .map(([x0, y]): [number, number, boolean] => {
      let x = x0;
      // "U.S.", "U.N.": an initialism keeps its last dot.
      if (initialismLetters(words, x, y)) { if (words[y - 1] !== '.' && words[y] === '.') y++; }
      else while (y > x && (CONNECTORS.has(words[y - 1]) || words[y - 1] === '.')) y--;
      while (x < y && CONNECTORS.has(words[x])) x++;
      return [x, y, titled.has(x0)];
    })
    .filter(([x, y]) => y > x);
}

/** A sentence start, except after an abbreviated title's dot: "Mr. Smith", "Dr. Sousa". */
function startsSentence(line: Line, k: number): boolean {
  const toks = line.tokens;
  if (k >= 2 && toks[k - 1].text === '.' && EN_PERSON_TITLES.has(toks[k - 2].text)) return false;
  return sentenceStart(line, k);
}

function emit(line: Line, a: number, end: number, memory: EnMemory, out: Span[], afterTitle = false): void {
  const type = typeOf(line, a, end, memory, out) ?? (afterTitle && end - a >= 2 && end - a <= 3 ? 'PER' : undefined);
  if (!type) return;
  const toks = line.tokens;
  const last = toks[end - 1];
  const possessive = /['’]s$/.test(last.text) && last.text.length > 2;
  out.push({ start: toks[a].start, end: possessive ? last.end - 2 : last.end, type, first: a, last: end });
  const words = toks.slice(a, end).map((t) => bare(t.text));
  memory.set(words.join(' '), type);
  if (type === 'PER') memory.set(words[words.length - 1], 'PER');
}

/** Title-cases an all-caps dateline word: "MOSCOW" → "Moscow". */
function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

function typeOf(line: Line, a: number, end: number, memory: EnMemory, out: Span[]): NerType | undefined {
  const toks = line.tokens;
  const words = toks.slice(a, end).map((t) => bare(t.text));
  const phrase = words.join(' ');
  const prev = a > 0 ? toks[a - 1].text : '';
  const prevLower = prev.toLowerCase();
  const next = toks[end]?.text ?? '';
  const nextLower = next.toLowerCase();
  const known = memory.get(phrase);
  if (known) return known;
  // "U.S.", "U.K.", "U.N.": an initialism reads as its letters.
  const letters = initialismLetters(words, 0, words.length);
  if (letters) {
    if (EN_PLACES.has(letters)) return 'LOC';
    if (EN_ORG_NAMES.has(letters)) return 'ORG';
  }
  // Dateline: "NAIROBI, March 3 (Reuters) -": a shouted place opening the line, then the agency in brackets.
  if (a === 0 && words.every((w) => /^[A-Z][A-Z'’.-]+$/.test(w)) && (next === ',' || next === '(')) return 'LOC';
  if (prev === '(' && next === ')' && DASHES.has(toks[end + 1]?.text ?? '')) return 'ORG';
  if (EN_ORG_NAMES.has(phrase)) return 'ORG';
  if (EN_PLACES.has(phrase) || (words.length === 1 && EN_PLACES.has(titleCase(phrase)))) return 'LOC';
  // "Prime Minister", "Health Minister", "Detective Inspector": the words qualify the title after them.
  if (isTitle(next)) return undefined;
  // "East African", "South Korean": a word qualifying a nationality word after it.
  if (isDemonym(next)) return undefined;
  if (words.some((w) => EN_ORG_WORDS.has(w))) return 'ORG';
  if (words.length >= 2 && (EN_GEO_HEADS.has(words[0]) || EN_GEO_HEADS.has(words[words.length - 1]))) return 'LOC';
  let pi = a - 1;
  if (pi >= 0 && toks[pi].text === '.') pi--; // "Mr. Smith"
  if (pi >= 0 && isTitle(toks[pi].text)) return 'PER';
  if (EN_GEO_NOUNS_AFTER.has(next) || geoAfterConjunct(toks, end)) return 'LOC'; // "the Toktogul reservoir"
  if (EN_ORG_NOUNS_BEFORE.has(prev)) return 'ORG'; // "environment agency Ibama"
  if (words.length === 1 && EN_ORG_NOUNS_AFTER.has(next)) return 'ORG'; // "a Treasury official"
  if (personEvidence(line, a, end, memory)) return 'PER';
  if (EN_PLACE_PREPOSITIONS.has(prevLower)) return 'LOC';
  if (prevLower === 'of' && a >= 2 && EN_PLACE_OF_NOUNS.has(toks[a - 2].text.toLowerCase())) return 'LOC';
  // Coordination keeps the type: "Kansas and Nebraska", "Kazakhstan, Kyrgyzstan and Uzbekistan".
  const before = out[out.length - 1];
  if (before && (prevLower === 'and' || prevLower === 'or' || prev === ',') && before.last === a - 1 && before.type !== 'PER') return before.type;
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0])) return 'ORG';
  // "Commonwealth of Independent States": a connector inside a long run makes it an institution.
  if (words.length >= 3 && words.some((w) => CONNECTORS.has(w))) return 'ORG';
  // "the Federal Reserve": a capitalized name after the article, with no person or place evidence.
  if (prevLower === 'the' && nextLower !== "'s") return 'ORG';
  return undefined;
}

/** "the Tigris and Euphrates rivers": a place noun after the second of two coordinated names. */
function geoAfterConjunct(toks: Line['tokens'], end: number): boolean {
  const c = toks[end]?.text;
  if (c !== 'and' && c !== 'or') return false;
  let j = end + 1;
  while (j < toks.length && toks[j].kind === 'word' && isCapWord(toks[j].text)) j++;
  return j > end + 1 && j < toks.length && EN_GEO_NOUNS_AFTER.has(toks[j].text);
}
