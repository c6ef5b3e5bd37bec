// Loads what the figure recognizers need once: the generated table of Russian word forms
// (data/figures-ru-forms.json, built from az paradigms by scripts/gen-figures-lexicon.ts) and,
// for counted nouns after a number ("семь лиц"), az itself, asked only about those few words.
import * as fs from 'fs';
import * as path from 'path';
import { dataPath } from '../data-path';

export interface MorphParse { lemma: string; pos: string; tags: string }

export interface Lexicon {
  /** Lower-cased Russian form ("семисот", "рублей", "феврале") → lemmas of the figure tables. */
  lemmas(form: string): readonly string[] | undefined;
  /** az parses of a word (cached by form); empty when az could not load. */
  morph(word: string): readonly MorphParse[];
}

const NONE: readonly MorphParse[] = [];

export async function loadLexicon(): Promise<Lexicon> {
  const raw = JSON.parse(fs.readFileSync(dataPath('figures-ru-forms.json'), 'utf8')) as { forms: Record<string, string[]> };
  const forms = new Map(Object.entries(raw.forms));
  const az = await loadAz();
  const cache = new Map<string, readonly MorphParse[]>();
  return {
    lemmas: (form) => forms.get(form),
    morph(word) {
      if (!az) return NONE;
      let hit = cache.get(word);
      if (!hit) {
        // Bounded cache: news vocabulary is open, and an editor session can run for days.
        if (cache.size > 50_000) cache.clear();
        hit = (az.Morph(word) as Array<{ tag: { POS: string; toString(): string }; normalize(): { word: string } }>)
          .map((p) => ({ lemma: p.normalize().word, pos: p.tag.POS, tags: String(p.tag) }));
        cache.set(word, hit);
      }
      return hit;
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AzModule = any;

let azLoading: Promise<AzModule | undefined> | undefined;

/** az with its dictionaries, or undefined when they cannot be found (units are then left out, never guessed). */
export function loadAz(): Promise<AzModule | undefined> {
  return (azLoading ??= new Promise((resolve) => {
    let Az: AzModule;
    let dicts: string;
    try {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      Az = require('az');
      dicts = path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
    } catch {
      resolve(undefined);
      return;
    }
    Az.Morph.init(dicts, (err: unknown) => resolve(err ? undefined : Az));
  }));
}
