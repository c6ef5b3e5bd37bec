// Russian morphology for NER: a cached view of `az` (OpenCorpora dictionaries, pymorphy2-style).
// az costs ~30 µs per word, so the recognizer asks only about words that can be part of a name
// (capitalized, abbreviations) and every answer is cached by word form.
import * as fs from 'fs';
import * as path from 'path';
import { packageRoot } from '../data-path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const Az: any = require('az');

/** Tag classes that matter for names, as bits (stable: they are hashed into model features). */
export const MorphClass = {
  Name: 1,
  Surn: 2,
  Patr: 4,
  Geox: 8,
  Orgn: 16,
  Abbr: 32,
  Trad: 64,
  /** Known to the dictionary (not guessed from its suffix). */
  Known: 128,
} as const;

export interface AzParse {
  word: string;
  tag: Record<string, any> & { POST?: string; CAse?: string; toString(): string };
  score: number;
  parser: string;
  normalize(keepPOS?: boolean): AzParse;
  inflect(grammemes: string[] | AzParse): AzParse | false;
}

export interface MorphInfo {
  classes: number;
  /** Part of speech and case of the most likely parse ("NOUN", "gent"), "" when unknown. */
  pos: string;
  kase: string;
  /** Dictionary form of the best parse, preferring a proper-noun reading. */
  lemma: string;
  parses: AzParse[];
}

const CLASS_TAGS: Array<[string, number]> = [
  ['Name', MorphClass.Name],
  ['Surn', MorphClass.Surn],
  ['Patr', MorphClass.Patr],
  ['Geox', MorphClass.Geox],
  ['Orgn', MorphClass.Orgn],
  ['Abbr', MorphClass.Abbr],
  ['Trad', MorphClass.Trad],
];

const EMPTY: MorphInfo = { classes: 0, pos: '', kase: '', lemma: '', parses: [] };
// Bounded so a long editor session over many documents cannot grow memory without end.
const CACHE_LIMIT = 50_000;

export class Morph {
  private cache = new Map<string, MorphInfo>();

  analyze(word: string): MorphInfo {
    let info = this.cache.get(word);
    if (info) return info;
    info = this.compute(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, info);
    return info;
  }

  private compute(word: string): MorphInfo {
    if (!/[\u0400-\u04FF]/.test(word)) return EMPTY;
    const parses: AzParse[] = Az.Morph(word) || [];
    if (parses.length === 0) return EMPTY;
    let classes = 0;
    // The top three parses: az's ranking among proper-noun readings is weak, the union is robust.
    for (const p of parses.slice(0, 3)) {
      for (const [tag, bit] of CLASS_TAGS) if (p.tag[tag]) classes |= bit;
      if (p.parser === 'Dictionary') classes |= MorphClass.Known;
    }
    const top = parses[0];
    const proper = parses.slice(0, 3).find((p) => p.tag.Name || p.tag.Surn || p.tag.Geox || p.tag.Orgn) ?? top;
    let lemma = '';
    try {
      lemma = proper.normalize().word;
    } catch {
      lemma = word.toLowerCase(); // az cannot normalize some predicted parses; the form itself will do
    }
    return { classes, pos: String(top.tag.POST || ''), kase: String(top.tag.CAse || ''), lemma, parses };
  }
}

let loading: Promise<Morph> | undefined;

/** Loads the az dictionaries once (~100–200 ms); later calls share the same promise. */
export function loadMorph(): Promise<Morph> {
  return (loading ??= new Promise<Morph>((resolve, reject) => {
    const dir = azDictsDir();
    Az.Morph.init(dir, (err: unknown) => (err ? reject(new Error(`newsmark: cannot load az dictionaries from ${dir}: ${String(err)}`)) : resolve(new Morph())));
  }));
}

function azDictsDir(): string {
  // A packaged extension may carry the dictionaries in data/az; a dev checkout has them in node_modules.
  const candidates = [path.join(packageRoot(), 'data', 'az'), path.join(packageRoot(), 'node_modules', 'az', 'dicts')];
  for (const c of candidates) if (fs.existsSync(path.join(c, 'words.dawg'))) return c;
  return candidates[candidates.length - 1];
}
