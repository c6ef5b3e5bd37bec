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

/**
 * The word's adjective and participle readings if its first (most likely) reading is one, else undefined:
 * looser than adjectiveParses, for words az also reads as a rare surname or place ("Московской",
 * "Свердловском") where the word after them decides.
 */
export function adjectiveReadings(morph: Morph, word: string): AzParse[] | undefined {
  const parses = morph.analyze(word).parses;
  const adjective = (p: AzParse) => (p.tag.POST === 'ADJF' || p.tag.POST === 'PRTF') && !p.tag.Surn && !p.tag.Name && !p.tag.Patr;
  return parses.length > 0 && adjective(parses[0]) ? parses.filter(adjective) : undefined;
}

/**
 * Some reading of the adjective shares case and number with a noun reading of `noun`; with `singular`,
 * both in the singular and of the same gender (a name's head: "Московской бирже", not "Московской суды").
 */
export function agreesWithNoun(morph: Morph, adj: AzParse[], noun: string, singular = false): boolean {
  const nouns = morph.analyze(noun).parses.filter((q) => q.tag.POST === 'NOUN' && !(singular && q.tag.plur));
  return adj.some((p) => nouns.some((q) => q.tag.CAse === p.tag.CAse && !!q.tag.plur === !!p.tag.plur && (!singular || sameGender(p, q))));
}

function sameGender(a: AzParse, b: AzParse): boolean {
  return (!!a.tag.masc && !!b.tag.masc) || (!!a.tag.femn && !!b.tag.femn) || (!!a.tag.neut && !!b.tag.neut);
}
