// Loads what the figure recognizers need once: the generated table of Russian word forms
// (data/figures-ru-forms.json, built from az paradigms by scripts/gen-figures-lexicon.ts) and,
// for counted nouns after a number ("семь лиц"), az itself through the shared cached wrapper that
// NER uses (one dictionary load for the whole engine), asked only about those few words.
import * as fs from 'fs';
import { dataPath } from '../data-path';
import { loadMorph } from '../ner/morph';

export interface MorphParse {
  pos: string;
  tags: string;
}

export interface Lexicon {
  /** Lower-cased Russian form ("семисот", "рублей", "феврале") → lemmas of the figure tables. */
  lemmas(form: string): readonly string[] | undefined;
  /** az parses of a word, best first (cached by form); empty for words az does not know. */
  morph(word: string): readonly MorphParse[];
  /**
   * The part of speech of the word's best parse (`morph(word)[0].pos`, '' when none), from the compiled
   * morphology table where it has the form: no az call. The grammars ask it before `morph` where only a
   * noun or an adjective reads on (after a number most words are neither).
   */
  pos(word: string): string;
}

const NONE: readonly MorphParse[] = [];

/** `file`: the shipped table unless a test names another. */
export async function loadLexicon(file = dataPath('figures-ru-forms.json')): Promise<Lexicon> {
  // Read on the first Russian word asked about, not here: an English document never needs it (its
  // parse and the Map of its 2,055 forms were ~5 ms of every start). A missing file still fails here.
  if (!fs.existsSync(file)) throw lexiconError(file, 'the file is missing');
  let forms: Map<string, readonly string[]> | undefined;
  const formsOf = (): Map<string, readonly string[]> => {
    if (forms) return forms;
    let raw: { forms?: unknown };
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw lexiconError(file, String(err));
    }
    if (typeof raw.forms !== 'object' || raw.forms === null) throw lexiconError(file, 'no "forms"');
    // A Map, not the parsed object: looking up a word that is a sliced string in a large object costs
    // V8 a string-table search first (in a profile of the warm sample article: 5 % of its time, 2 % as a Map).
    const map = new Map<string, readonly string[]>();
    const parsed = raw.forms as Record<string, readonly string[]>;
    for (const form in parsed) map.set(form, parsed[form]);
    return (forms = map);
  };
  const morph = await loadMorph();
  // Our own small cache of the converted parses, bounded like the wrapper's.
  const cache = new Map<string, readonly MorphParse[]>();
  return {
    // Every form of the table starts with a Cyrillic letter (test/unit/figures/lexicon.test.ts checks the
    // shipped file), so any other word is answered without reading it.
    lemmas: (form) => (isCyrillic(form.charCodeAt(0)) ? formsOf().get(form) : undefined),
    pos: (word) => morph.analyze(word).pos,
    morph(word) {
      let hit = cache.get(word);
      if (!hit) {
        if (cache.size > 50_000) cache.clear();
        const info = morph.analyze(word);
        hit = info.parses.length ? info.parses.map((p) => ({ pos: String(p.tag.POST ?? ''), tags: String(p.tag) })) : NONE;
        cache.set(word, hit);
      }
      return hit;
    },
  };
}

function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}

function lexiconError(file: string, why: string): Error {
  return new Error(`newsmark: cannot read the figure lexicon ${file} (run: npx tsx scripts/gen-figures-lexicon.ts): ${why}`);
}
