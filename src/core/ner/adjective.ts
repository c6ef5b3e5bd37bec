// Is a capitalized word the tagger took for a name only an adjective, and does it agree with the
// noun after it? Shared by the fixes at the edges of person and place names (person-edges.ts,
// place-edges.ts), which read "Нобелевской премии" and "Женевской конвенции" the same way.
import { Morph, AzParse } from './morph';

/** The word's parses if every one is an adjective or participle with no name reading, else undefined. */
export function adjectiveParses(morph: Morph, word: string): AzParse[] | undefined {
  const parses = morph.analyze(word).parses;
  if (parses.length === 0) return undefined;
  const adjective = (p: AzParse) => (p.tag.POST === 'ADJF' || p.tag.POST === 'PRTF') && !p.tag.Surn && !p.tag.Name && !p.tag.Patr;
  return parses.every(adjective) ? parses : undefined;
}

/** Some reading of the adjective shares case and number with a noun reading of `noun`. */
export function agreesWithNoun(morph: Morph, adj: AzParse[], noun: string): boolean {
  const nouns = morph.analyze(noun).parses.filter((q) => q.tag.POST === 'NOUN');
  return adj.some((p) => nouns.some((q) => q.tag.CAse === p.tag.CAse && !!q.tag.plur === !!p.tag.plur));
}
