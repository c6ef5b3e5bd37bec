// Russian morphology for NER: a cached view of `az` (OpenCorpora dictionaries, pymorphy2-style).
// az costs ~30 µs per word, so the recognizer asks only about words that can be part of a name
// (capitalized, abbreviations) and every answer is cached by word form.
// The dictionaries (~12 MB, ~200 ms to load) are read on the first Cyrillic word, synchronously, not
// when the engine loads: an English document never pays for them, and a Russian one pays once.
import * as fs from 'fs';
import * as path from 'path';
import { packageRoot } from '../data-path';

// az ships no types: its module is typed where it is used (AzParse below).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
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
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
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

  /** @param dictsDir az's dictionaries, loaded on the first word that needs them. */
  constructor(private dictsDir: string = azDictsDir()) {}

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
    initAzSync(this.dictsDir);
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

let shared: Morph | undefined;

/**
 * The shared analyzer (one cache for NER and figures). Cheap: it only checks that the dictionaries are
 * there, so a missing install fails here, at engine load, with a clear message; they load on first use.
 */
export function loadMorph(): Promise<Morph> {
  if (shared) return Promise.resolve(shared);
  const dir = azDictsDir();
  const missing = AZ_FILES.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length) return Promise.reject(new Error(`newsmark: cannot load az dictionaries from ${dir}: missing ${missing.join(', ')}`));
  return Promise.resolve((shared = new Morph(dir)));
}

/** What Az.Morph.init reads (az 0.2.3); the packager ships exactly these (scripts/package.mjs). */
const AZ_FILES: readonly string[] = require('./az-files.json');

let azReady = false;

/** True once az's dictionaries are in memory (they load on the first Cyrillic word analyzed). */
export function azLoaded(): boolean {
  return azReady;
}

/**
 * Loads az's dictionaries once, synchronously: extract() is synchronous and may meet its first Russian
 * word anywhere. Az.Morph.init reads every file through Az.load(url, type, callback) and counts the
 * files still pending; for the duration of the call that reader is swapped for one that reads the
 * file at once and queues the callback. The queue runs after init has asked for every file (a
 * callback run at once would bring the count to zero after the first file), so init has finished
 * when this returns.
 */
function initAzSync(dir: string): void {
  if (azReady) return;
  const asyncLoad = Az.load;
  const queued: Array<() => void> = [];
  let failure: unknown;
  let done = false;
  Az.load = (url: string, type: string, callback: (err: unknown, data?: unknown) => void) => {
    let data: unknown;
    try {
      const buf = fs.readFileSync(url);
      // az wants an ArrayBuffer of exactly the file (a Buffer may be a view into a larger one).
      data = type === 'json' ? JSON.parse(buf.toString('utf8')) : buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    } catch (err) {
      queued.push(() => callback(err));
      return;
    }
    queued.push(() => callback(null, data));
  };
  try {
    Az.Morph.init(dir, (err: unknown) => {
      // az calls back once per failed file and once when all are loaded; the first error wins.
      if (err) failure ??= err;
      else done = true;
    });
  } finally {
    Az.load = asyncLoad;
  }
  for (const run of queued) run();
  if (failure || !done) throw new Error(`newsmark: cannot load az dictionaries from ${dir}: ${String(failure ?? 'init did not finish')}`);
  azReady = true;
}

function azDictsDir(): string {
  // A packaged extension may carry the dictionaries in data/az; a dev checkout has them in node_modules.
  const candidates = [path.join(packageRoot(), 'data', 'az'), path.join(packageRoot(), 'node_modules', 'az', 'dicts')];
  for (const c of candidates) if (fs.existsSync(path.join(c, 'words.dawg'))) return c;
  return candidates[candidates.length - 1];
}
