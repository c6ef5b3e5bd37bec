// An organization named in full once is called by a shorter name again, English: a story writes
// "Harbor Foods Inc" in its first sentence and then "Harbor Foods" or "Harbor" ("Harbor shares rose");
// a results page writes "Chelsea" as a club in its table and "Chelsea's unbeaten run" in the report.
// The tagger reads each sentence alone and takes a lone capitalized word before a verb for a person's
// surname. A person mention is that organization when
// * its words open the name of a firm the document gives with its legal form ("Harbor" … "Harbor
//   Foods Inc"; tables/en-organizations.ts EN_FIRM_ENDINGS) — bodies named after people keep them
//   apart ("Emil Touma" … "Emil Touma Institute"), or
// * it is one word, not a given name, that is or opens an organization the document names
//   ("Ericsson" … "Ericsson" … "LM Ericsson AB"; a given name opens bodies named after people:
//   "Laszlo" … "Laszlo Foundation"), or
// * the same words are an organization more often than a person elsewhere in the document,
// and the document names no person in full with its last word as the surname ("Ford" after "Gerald
// Ford", even when "Ford Motor Co" is in the story too).
import { Line } from './forms';
import { Span } from './spans';
import { POSSESSIVE } from './en-possessive';
import { EN_FIRM_ENDINGS } from './tables/en-organizations';
import { EnClass } from './en-gazetteer';

const words = (line: Line, s: Span): string[] => line.tokens.slice(s.first, s.last).map((t) => t.text.replace(POSSESSIVE, ''));
const firmEnding = (w: string) => EN_FIRM_ENDINGS.has(w.endsWith('.') ? w.slice(0, -1) : w);

/** Retypes such PER spans to ORG, in place. */
export function retypeOrgOpenings(lines: Line[], spans: Span[][]): void {
  const firms: string[][] = [];
  const orgs: string[][] = [];
  /** How often each name ("Chelsea") is an organization, minus how often it is a person. */
  const lead = new Map<string, number>();
  lines.forEach((line, k) => {
    for (const s of spans[k]) {
      if (s.type !== 'ORG' && s.type !== 'PER') continue;
      const w = words(line, s);
      const key = w.join(' ');
      lead.set(key, (lead.get(key) ?? 0) + (s.type === 'ORG' ? 1 : -1));
      // the name without its dot: "Corp." is "Corp" then a dot the tagger may have put inside the name
      const name = w[w.length - 1] === '.' ? w.slice(0, -1) : w;
      if (s.type === 'ORG') orgs.push(w);
      if (s.type === 'ORG' && name.length >= 2 && firmEnding(name[name.length - 1])) firms.push(name);
    }
  });
  const opens = (names: string[][], w: string[], same = false) =>
    names.some((o) => (same ? o.length >= w.length : o.length > w.length) && w.every((x, i) => x === o[i]));
  const candidates: Array<[Span, string[]]> = [];
  // Surnames of the persons named in full, other than the mentions that are themselves candidates.
  const surnames = new Set<string>();
  lines.forEach((line, k) => {
    for (const s of spans[k]) {
      if (s.type !== 'PER') continue;
      const w = words(line, s);
      const word = w.length === 1 && !(line.forms[s.first].classes & EnClass.GivenName);
      if (opens(firms, w) || (word && opens(orgs, w, true)) || (lead.get(w.join(' ')) ?? 0) > 0) candidates.push([s, w]);
      else if (w.length >= 2) surnames.add(w[w.length - 1]);
    }
  });
  for (const [s, w] of candidates) if (!surnames.has(w[w.length - 1])) s.type = 'ORG';
}
