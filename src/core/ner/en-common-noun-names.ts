// A name that opens with an ordinary noun of the language and goes on with a word the dictionary
// knows is a company's or a brand's, not a person's: "Time Warner", "Tower Records", "Poetry London".
// The tagger reads "Time Warner said …" as a person (the surname decides) and "Time Warner's chairman …"
// as the person "Warner" (it knows no name that opens with "Time"). English given names are names
// first ("Rose", "Will" are in the given-name lists and never count as nouns here); a foreign given
// name that is also an English noun goes with a foreign surname the lists do not know ("Nail
// Besirovic", "Tea Vikstedt-Nyman"), and stays a person. The document may still show a person: news
// refers to one again by the surname alone or after another given name, or gives a title ("Mr",
// "President"), an age ("…, 45,") or a "he"/"she" right after; a company gets none of these.
import { classesOf, COMMON_WORD, EnClass, ORDINARY_NOUN } from './en-gazetteer';
import { Line } from './forms';
import { Span } from './spans';
import type { WordLookup } from './word-table';
import { POSSESSIVE } from './en-possessive';

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const AGE = /^\d{1,2}$/;
const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);
const ENDERS = new Set(['.', '!', '?']);

interface Candidate {
  line: Line;
  spans: Span[];
  span: Span;
  /** The ordinary noun right before a one-word name, to take in ("Time" of "Time Warner's"). */
  takeIn?: number;
}

/** Retypes person spans that open with an ordinary noun as ORG (in place), unless the document shows a person. */
export function retypeCommonNounNames(lines: Line[], spans: Span[][], gazetteer: WordLookup): void {
  // The common-word mark is en-headline-case.ts's: what follows reads the lists and WordNet's nouns.
  const bits = (w: string) => classesOf(gazetteer, w) & ~COMMON_WORD;
  // Written in Title Case only: in an all-caps headline ("LAKERS RELEASE JONES") a capital says
  // nothing of a name, and the word is as often a verb.
  const ordinary = (line: Line, i: number) => TITLE_CASE.test(line.tokens[i].text) && bits(line.tokens[i].text) === ORDINARY_NOUN;
  // Known to the lists or WordNet, as written or as the singular of a plural ("Records").
  const known = (w: string) => bits(w) !== 0 || (/s$/i.test(w) && bits(w.slice(0, -1)) !== 0);
  const candidates: Candidate[] = [];
  lines.forEach((line, k) => {
    for (const span of spans[k]) {
      if (span.type !== 'PER') continue;
      // The noun first (one lookup, rarely true), then the last word.
      if (span.last - span.first >= 2) {
        if (ordinary(line, span.first) && known(surnameOf(line, span))) candidates.push({ line, spans: spans[k], span });
        continue;
      }
      // "Time Warner's chairman": the tagger left the noun out of the name.
      const before = span.first - 1;
      if (before >= 0 && ordinary(line, before) && known(surnameOf(line, span)) && !spans[k].some((o) => o.first <= before && before < o.last))
        candidates.push({ line, spans: spans[k], span, takeIn: before });
    }
  });
  if (!candidates.length) return;
  // Surnames of the person names that are no candidates: "Hen Rathana … Rathana said".
  const own = new Set(candidates.map((c) => c.span));
  const people = new Set<string>();
  lines.forEach((line, k) => {
    for (const s of spans[k]) if (s.type === 'PER' && !own.has(s)) people.add(surnameOf(line, s));
  });
  for (const c of candidates) {
    const s = c.span;
    if (people.has(surnameOf(c.line, s)) || titled(c.line, c.takeIn ?? s.first) || aged(c.line, s) || pronounAfter(c.line, c.spans, s)) continue;
    if (c.takeIn !== undefined) {
      s.first = c.takeIn;
      s.start = c.line.tokens[c.takeIn].start;
    }
    s.type = 'ORG';
  }
}

/** The last word of a span without its possessive ending. */
function surnameOf(line: Line, s: Span): string {
  return line.tokens[s.last - 1].text.replace(POSSESSIVE, '');
}

/** "Mr Hen Rathana", "Dr. Hen Rathana": a title right before the name (which opens at `first`). */
function titled(line: Line, first: number): boolean {
  let i = first - 1;
  if (i >= 0 && line.tokens[i].text === '.') i--;
  return i >= 0 && (line.forms[i].classes & EnClass.Title) !== 0;
}

/** "Hen Rathana, 45, …" or "Hen Rathana (45)": an age right after the name. */
function aged(line: Line, s: Span): boolean {
  const t = line.tokens;
  const open = t[s.last]?.text;
  return (open === ',' || open === '(') && AGE.test(t[s.last + 1]?.text ?? '') && [',', ')'].includes(t[s.last + 2]?.text ?? '');
}

/**
 * "Hen Rathana … He said": a personal pronoun after the name, in its sentence or the next, before any
 * other person is named (the pronoun would be that person's).
 */
function pronounAfter(line: Line, spans: Span[], s: Span): boolean {
  let sentences = 0;
  for (let i = s.last; i < line.tokens.length; i++) {
    const t = line.tokens[i].text;
    if (ENDERS.has(t) && ++sentences === 2) return false;
    if (spans.some((o) => o !== s && o.type === 'PER' && o.first === i)) return false;
    if (PRONOUNS.has(t.toLowerCase())) return true;
  }
  return false;
}
