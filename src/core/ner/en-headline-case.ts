// A headline in Title Case ("Court Rejects Appeal By Opposition") gives every word a capital letter,
// and the tagger, which leans on capitals, reads the line as one long name. The headline is shown to the
// tagger as a sentence would spell it: a word goes to lower case when the story's sentences write it so,
// or else when it is a common lower-case word of the language (WordNet, en-gazetteer.ts COMMON_WORD)
// that no list of names claims; a word the story capitalizes inside a sentence keeps its capital. The
// spans keep the line's offsets, so a reader sees the headline as written.
// Only the document's first line, where a headline stands: the same recasing of every line that looks
// like one cost a name on testa's check half (Title Case lines inside CoNLL stories are mostly names:
// standings, scorecards), and recasing all-caps lines (keeping names in capitals or in Title Case)
// cost testa F1 on both halves (model card): a shouted name is en-shouted-names.ts's.
import { Token } from '../tokenize';
import { classesOf, COMMON_WORD, DICT_SHIFT, DictClass, EnClass, STOP_WORD } from './en-gazetteer';
import { FormCache, Line } from './forms';
import type { WordLookup } from './word-table';

const LETTERS = /^\p{L}[\p{L}'’-]*$/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;
const LOWER_WORD = /^\p{Ll}/u;
/** After these a capital letter may only open a sentence or a quote. */
const OPENERS = new Set(['.', '!', '?', ':', '"', '“', '(', '-', '—', '–']);
/**
 * Bits that make a word as written a name before a common word: countries, cities, nationalities, and
 * WordNet's people and places ("Brown", "Nice"). A given name, a word of a longer place name, an
 * organization word is common in a headline unless the story capitalizes it ("Court", "Road", "Bank").
 */
// A lemma's claims do not carry over to its plural or verb form: "Towns" is no person, "Roads" no place.
const CLAIMS = EnClass.Country | EnClass.City | EnClass.Nationality | ((DictClass.Person | DictClass.Place) << DICT_SHIFT);
// Inflections back to a WordNet lemma ("rejects" → "reject", "cities" → "city", "slowed" → "slow").
const DETACH: Array<[RegExp, string]> = [
  [/ies$/, 'y'],
  [/es$/, ''],
  [/s$/, ''],
  [/ied$/, 'y'],
  [/ed$/, ''],
  [/ed$/, 'e'],
  [/ing$/, ''],
  [/ing$/, 'e'],
];

/** How the story's sentences spell words: lower case somewhere, or capitalized inside a sentence. */
interface Spelling {
  lower: Set<string>;
  capitalized: Set<string>;
}

/** The lines as the tagger should read them: a Title Case headline on the first line recased, the rest as they are. */
export function recaseHeadline(lines: Line[], gazetteer: WordLookup, forms: FormCache): Line[] {
  if (!lines.length || !isTitleCaseHeadline(lines[0], gazetteer)) return lines;
  const recased = recase(lines[0], gazetteer, forms, spellingOf(lines.slice(1)));
  return recased === lines[0] ? lines : [recased, ...lines.slice(1)];
}

/** The words of a line that can be recased: two letters or more (initials are not). */
function wordsOf(line: Line): number[] {
  const out: number[] = [];
  line.tokens.forEach((t, i) => {
    if (t.kind === 'word' && t.text.length > 1 && LETTERS.test(t.text)) out.push(i);
  });
  return out;
}

/**
 * Title Case: capitalized words, lower case only for function words, three words at least, no full
 * stop at the end. A line with brackets, a colon (a label before names: "Did Not Bat : …") or more than
 * one number is a results line, and a line that shouts a common word is a label.
 */
export function isTitleCaseHeadline(line: Line, gazetteer: WordLookup): boolean {
  let numbers = 0;
  for (const t of line.tokens) {
    if ((t.kind === 'number' && ++numbers > 1) || t.text === '(' || t.text === ':') return false;
    if (t.kind === 'word' && LOWER_WORD.test(t.text) && !(classesOf(gazetteer, t.text) & STOP_WORD)) return false;
  }
  if (line.tokens[line.tokens.length - 1].text === '.') return false;
  const words = wordsOf(line).map((i) => line.tokens[i].text);
  if (words.length < 3) return false;
  let title = 0;
  for (const w of words) {
    if (w === w.toUpperCase() && classesOf(gazetteer, w) & COMMON_WORD) return false;
    if (TITLE_WORD.test(w)) title++;
  }
  return title * 2 >= words.length;
}

function spellingOf(lines: Line[]): Spelling {
  const out: Spelling = { lower: new Set(), capitalized: new Set() };
  for (const line of lines) {
    const toks = line.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i].text;
      if (toks[i].kind !== 'word') continue;
      if (LOWER_WORD.test(t)) out.lower.add(t);
      else if (TITLE_WORD.test(t) && i > 0 && !OPENERS.has(toks[i - 1].text)) out.capitalized.add(t.toLowerCase());
    }
  }
  return out;
}

function recase(line: Line, gazetteer: WordLookup, forms: FormCache, doc: Spelling): Line {
  const words = wordsOf(line);
  const tokens = line.tokens.slice();
  let names = 0;
  let recased = 0;
  // The first word keeps its capital, as a sentence's does.
  for (let n = 1; n < words.length; n++) {
    const t = line.tokens[words[n]];
    if (LOWER_WORD.test(t.text)) continue;
    names++;
    // A word after a given name is a surname ("Police Question Ines Little …"), a function word never;
    // not after the headline's first word, whose capital says nothing ("Court Rejects …", "Storm Damage …").
    const prev = tokens[words[n - 1]];
    const lower = t.text.toLowerCase();
    const givenBefore =
      n > 1 && prev === line.tokens[words[n - 1]] && classesOf(gazetteer, prev.text) & EnClass.GivenName && !common(prev.text.toLowerCase(), gazetteer, doc);
    if (givenBefore && !(classesOf(gazetteer, lower) & STOP_WORD)) continue;
    if (!common(lower, gazetteer, doc)) continue;
    recased++;
    tokens[words[n]] = { ...t, text: lower } as Token;
  }
  // A headline says something: two or more of its capitalized words, and most, are common words. A
  // line of names is left alone.
  if (recased < 2 || recased * 2 < names) return line;
  return { tokens, forms: tokens.map((t, i) => (t === line.tokens[i] ? line.forms[i] : forms.get(t.text))) };
}

/** Whether a headline word is a common word rather than (part of) a name. */
function common(lower: string, gazetteer: WordLookup, doc: Spelling): boolean {
  if (doc.lower.has(lower)) return true;
  if (doc.capitalized.has(lower)) return false;
  const exact = gazetteer.get(lower);
  if (exact !== undefined) return (exact & STOP_WORD) !== 0 || ((exact & COMMON_WORD) !== 0 && (exact & CLAIMS) === 0);
  for (const [end, put] of DETACH) {
    if (!end.test(lower)) continue;
    const b = classesOf(gazetteer, lower.replace(end, put));
    if (b & COMMON_WORD) return true;
  }
  return false;
}
