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
}

const NONE: readonly MorphParse[] = [];

export async function loadLexicon(): Promise<Lexicon> {
  const file = dataPath('figures-ru-forms.json');
  let raw: { forms: Record<string, string[]> };
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`newsmark: cannot read the figure lexicon ${file} (run: npx tsx scripts/gen-figures-lexicon.ts): ${String(err)}`);
  }
  const forms = new Map(Object.entries(raw.forms));
  const morph = await loadMorph();
  // Our own small cache of the converted parses, bounded like the wrapper's.
  const cache = new Map<string, readonly MorphParse[]>();
  return {
    lemmas: (form) => forms.get(form),
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
