// An organization named in full once is called by the first words of its name again, English: a story
// writes "Harbor Foods Inc" in its first sentence and then "Harbor Foods" or "Harbor" ("Harbor shares
// rose"); a results page writes "Chelsea" as a club in its table and "Chelsea's unbeaten run" in the
// report. The tagger reads each sentence alone and takes a lone capitalized word before a verb for a
// person's surname. A person mention whose words are the whole or the opening words of an organization
// the same document names is that organization — unless the document names a person in full with that
// word as the surname ("Ford" after "Gerald Ford", even when "Ford Motor Co" is in the story too).
import { Line } from './forms';
import { Span } from './spans';
import { POSSESSIVE } from './en-possessive';

const words = (line: Line, s: Span): string[] => line.tokens.slice(s.first, s.last).map((t) => t.text.replace(POSSESSIVE, ''));

/** Retypes such PER spans to ORG, in place. */
export function retypeOrgOpenings(lines: Line[], spans: Span[][]): void {
  const orgs: string[][] = [];
  lines.forEach((line, k) => {
    for (const s of spans[k]) if (s.type === 'ORG') orgs.push(words(line, s));
  });
  if (!orgs.length) return;
  const opening = (w: string[]) => orgs.some((o) => o.length >= w.length && w.every((x, i) => x === o[i]));
  const candidates: Array<[Span, string[]]> = [];
  // Surnames of the persons named in full, other than the mentions that are themselves such openings.
  const surnames = new Set<string>();
  lines.forEach((line, k) => {
    for (const s of spans[k]) {
      if (s.type !== 'PER') continue;
      const w = words(line, s);
      if (opening(w)) candidates.push([s, w]);
      else if (w.length >= 2) surnames.add(w[w.length - 1]);
    }
  });
  for (const [s, w] of candidates) if (!surnames.has(w[w.length - 1])) s.type = 'ORG';
}
