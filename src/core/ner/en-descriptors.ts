// A name right after a lower-case noun that names a kind of organization is that organization:
// "Swiss drugmaker Novartis", "Italian side Juventus", "US lender Wells Fargo", "the search giant Google".
// The tagger reads a lone unknown capitalized word after an adjective as a person (the pattern of
// "Swiss banker Hans Meier"), a name it knows as a place as a place, and sometimes nothing at all; the
// descriptor noun, a general word of the language (tables/en-organizations.ts), says otherwise. A country
// stays a place ("the Asian giant China"). At a sentence's start the descriptor is capitalized and the
// tagger may take it into the name ("Carmaker Volkswagen"): it is cut off.
import { classesOf, EnClass, STOP_WORD } from './en-gazetteer';
import { Line, sentenceStart } from './forms';
import { Span } from './spans';
import { EN_ORG_DESCRIPTORS } from './tables/en-organizations';
import { EN_MONTHS, EN_WEEKDAYS } from '../figures/tables/months';
import type { WordLookup } from './word-table';

const TITLE_CASE = /^\p{Lu}[\p{L}\p{N}&'’.-]*$/u;
/** The longest name taken after a descriptor where the tagger found none ("Le Monde", "Wells Fargo Bank"). */
const MAX_UNTAGGED_WORDS = 4;

/** Retypes names after an organization descriptor noun as ORG, and adds one where the tagger found none; in place. */
export function retypeAfterDescriptor(line: Line, spans: Span[], gazetteer: WordLookup): void {
  const toks = line.tokens;
  const descriptor = (i: number) => i >= 0 && EN_ORG_DESCRIPTORS.has(toks[i].text);
  for (const s of spans) {
    // "Carmaker Volkswagen": a descriptor capitalized only because it opens the sentence, then the name
    // (mid-sentence a capitalized descriptor is the name's own: "the Daily Nation").
    // A name the tagger itself calls an organization keeps its first word: "Club Brugge", "DAILY NEWS".
    if (s.type !== 'ORG' && s.last - s.first >= 2 && sentenceStart(line, s.first) && EN_ORG_DESCRIPTORS.has(toks[s.first].text.toLowerCase())) {
      const next = s.first + 1;
      if (toks[next].kind === 'word' && /^\p{Lu}/u.test(toks[next].text)) {
        s.first = next;
        s.start = toks[next].start;
        s.type = 'ORG';
        continue;
      }
    }
    if (s.type === 'ORG' || !descriptor(s.first - 1)) continue;
    if (s.type === 'LOC' && toks.slice(s.first, s.last).some((t) => classesOf(gazetteer, t.text) & EnClass.Country)) continue;
    s.type = 'ORG';
  }
  // "the search giant Google said": nothing tagged after the descriptor.
  const n = spans.length;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!descriptor(i)) continue;
    const first = i + 1;
    if (first >= toks.length || !nameWord(toks[first].text, gazetteer) || spans.some((s) => s.first <= first && first < s.last)) continue;
    let last = first + 1;
    while (last < toks.length && last - first < MAX_UNTAGGED_WORDS && nameWord(toks[last].text, gazetteer) && toks[last].start === toks[last - 1].end + 1)
      last++;
    spans.push({ start: toks[first].start, end: toks[last - 1].end, type: 'ORG', first, last });
  }
  // The tagger's spans come in order and a cut start stays inside its own span: only added ones need sorting
  // (a sort of every line's spans was an allocation per line).
  if (spans.length > n) spans.sort((a, b) => a.start - b.start);
}

/** A word that can be part of a name: Title Case or capitals, not a function word ("In", "The") nor a day or month ("network CNBC Friday said"). */
function nameWord(text: string, gazetteer: WordLookup): boolean {
  const lower = text.toLowerCase();
  return TITLE_CASE.test(text) && !(classesOf(gazetteer, text) & STOP_WORD) && !(lower in EN_WEEKDAYS) && !(lower in EN_MONTHS);
}
