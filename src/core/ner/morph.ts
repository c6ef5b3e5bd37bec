// Russian morphology for NER: a cached view of `az` (OpenCorpora dictionaries, pymorphy2-style).
// az costs ~30 µs per word and ~70 ms to load (~200 ms before patches/az+0.2.3.patch made it build
// its tags on first use), so the summary the tagger needs (tag classes, pos, case, lemma) comes
// first from a table compiled from az at build time (morph-table.ts, one lookup, no az), and az
// itself answers only the words the table does not hold and the full parses that the normalizers
// ask for (MorphInfo.parses, computed on first access). Every answer is cached by form.
// The dictionaries (~12 MB) are opened on the first word that needs az, synchronously, not when the
// engine loads: an English document never pays for them, and a Russian one pays at most once. Their
// DAWGs (9.6 MB of it) are then read page by page as az walks them (az-dawg.ts).
// On unseen news most of az's time is not the lookup but the word it has to guess (a third of the
// words asked, ~190 µs each against ~40 µs for a dictionary word) and the objects it builds: after
// init, two of az's parsers are replaced by ours, which answer the same at lower cost (az-parsers.ts);
// what is left of az's time on a first pass is spread over building its tag objects (~75 µs each the
// first time, ~1,400 of them), its own analysis loop, the DAWG walks and its other guessers.
import * as fs from 'fs';
import * as path from 'path';
import { dataPath, packageRoot } from '../data-path';
import { MorphTable, MORPH_TABLE_FILE, readMorphTable } from './morph-table';
import { PagedDawg } from './az-dawg';
import { AZ_JSON_FILE, readAzJson } from './az-json';
import { dictionaryParser, DictionaryParseCtor, suffixKnownParser } from './az-parsers';

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

/** What the tagger needs of a word form: the part the build-time table holds (morph-table.ts). */
export interface MorphSummary {
  classes: number;
  /** Part of speech and case of the most likely parse ("NOUN", "gent"), "" when unknown. */
  pos: string;
  kase: string;
  /** Dictionary form of the best parse, preferring a proper-noun reading. */
  lemma: string;
  /** Case of each of the best four parses ("" for a parse without case), best first. */
  caseTags: readonly string[];
}

export interface MorphInfo extends MorphSummary {
  /** az's parses, best first. For a form the table answered, az runs when this is first read. */
  readonly parses: AzParse[];
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

const EMPTY: MorphInfo = { classes: 0, pos: '', kase: '', lemma: '', caseTags: [], parses: [] };
// Bounded so a long editor session over many documents cannot grow memory without end.
const CACHE_LIMIT = 50_000;

export class Morph {
  private cache = new Map<string, MorphInfo>();
  /** Words sent to az so far (table misses and parses read): what the table saves is visible in tests. */
  azLookups = 0;

  /**
   * @param dictsDir az's dictionaries, loaded on the first word that needs them.
   * @param tableOf the compiled summaries, read on the first Cyrillic word (null: az answers every
   *   word, as the table builder needs).
   */
  constructor(
    private dictsDir: string = azDictsDir(),
    private tableOf: () => MorphTable | null = sharedTable,
  ) {}

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
    const known = this.tableOf()?.lookup(word);
    if (known) return new TableInfo(known, () => this.azParses(word));
    const parses = this.azParses(word);
    if (parses.length === 0) return EMPTY;
    return { ...summarize(word, parses), parses };
  }

  private azParses(word: string): AzParse[] {
    initAzSync(this.dictsDir);
    this.azLookups++;
    return Az.Morph(word) || [];
  }
}

/** A table answer; az's parses only when a normalizer reads them (the same az call as without the table). */
class TableInfo implements MorphInfo {
  readonly classes: number;
  readonly pos: string;
  readonly kase: string;
  readonly lemma: string;
  readonly caseTags: readonly string[];
  private azParses: AzParse[] | undefined;

  constructor(
    s: MorphSummary,
    private parseWithAz: () => AzParse[],
  ) {
    this.classes = s.classes;
    this.pos = s.pos;
    this.kase = s.kase;
    this.lemma = s.lemma;
    this.caseTags = s.caseTags;
  }

  get parses(): AzParse[] {
    return (this.azParses ??= this.parseWithAz());
  }
}

/** The summary of az's parses of `word` (non-empty, best first): what the table stores for it. */
export function summarize(word: string, parses: readonly AzParse[]): MorphSummary {
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
  const caseTags = parses.slice(0, 4).map((p) => String(p.tag.CAse || ''));
  return { classes, pos: String(top.tag.POST || ''), kase: String(top.tag.CAse || ''), lemma, caseTags };
}

let table: MorphTable | undefined | null;

/** The compiled table (data/morph-ru.bin, made by `npm run build`), read once; without it az answers everything. */
function sharedTable(): MorphTable | null {
  if (table === undefined) table = fs.existsSync(dataPath(MORPH_TABLE_FILE)) ? readMorphTable(dataPath(MORPH_TABLE_FILE)) : null;
  return table;
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
 * word anywhere. Az.Morph.init reads every file through Az.load(url, type, callback) (the DAWGs
 * through Az.DAWG.load) and counts the files still pending; for the duration of the call those
 * readers are swapped for ones that read the file at once (a DAWG: open it, az-dawg.ts; a JSON file:
 * its precompiled value when there is one, az-json.ts) and queue the callback. The queue runs after
 * init has asked for every file (a callback run at once would bring the count to zero after the
 * first file), so init has finished when this returns.
 */
function initAzSync(dir: string): void {
  if (azReady) return;
  // The JSON files as the build precompiled them (az-json.ts), where they match the ones in `dir`.
  const precompiled = readAzJson(dataPath(AZ_JSON_FILE), dir);
  const asyncLoad = Az.load;
  const asyncDawg = Az.DAWG.load;
  const queued: Array<() => void> = [];
  const dawgs = new Map<string, PagedDawg>();
  let failure: unknown;
  let done = false;
  Az.load = (url: string, type: string, callback: (err: unknown, data?: unknown) => void) => {
    let data: unknown;
    try {
      const name = path.basename(url);
      if (type === 'json' && precompiled.has(name)) {
        queued.push(() => callback(null, precompiled.get(name)));
        return;
      }
      const buf = fs.readFileSync(url);
      // az wants an ArrayBuffer of exactly the file. A small Buffer may be a view into a larger pool
      // (then copy); a large file has its own ArrayBuffer, passed as is (no copy of ~12 MB of DAWGs).
      const whole = buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength;
      data = type === 'json' ? JSON.parse(buf.toString('utf8')) : whole ? buf.buffer : buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    } catch (err) {
      queued.push(() => callback(err));
      return;
    }
    queued.push(() => callback(null, data));
  };
  // The DAWGs are read page by page as az walks them (az-dawg.ts), not whole here.
  Az.DAWG.load = (url: string, format: string, callback: (err: unknown, dawg?: PagedDawg) => void) => {
    let dawg: PagedDawg;
    try {
      dawg = new PagedDawg(url, format);
      dawgs.set(path.basename(url), dawg);
    } catch (err) {
      queued.push(() => callback(err));
      return;
    }
    queued.push(() => callback(null, dawg));
  };
  try {
    Az.Morph.init(dir, (err: unknown) => {
      // az calls back once per failed file and once when all are loaded; the first error wins.
      if (err) failure ??= err;
      else done = true;
    });
  } finally {
    Az.load = asyncLoad;
    Az.DAWG.load = asyncDawg;
  }
  for (const run of queued) run();
  if (failure || !done) throw new Error(`newsmark: cannot load az dictionaries from ${dir}: ${String(failure ?? 'init did not finish')}`);
  installFastParsers(dawgs);
  azReady = true;
}

/** az's own parsers that ours replace, as az's latest init made them (tests compare ours with them). */
export const azOwnParsers: Record<string, unknown> = {};
/** Ours (az-parsers.ts), made after az's first init. */
const ourParsers: Record<string, unknown> = {};

/** Makes our parsers, which answer as az's own faster (az-parsers.ts), and puts them in place of az's. */
function installFastParsers(dawgs: Map<string, PagedDawg>): void {
  const P = Az.Morph.Parsers;
  // az's dictionary parse constructor, from a parse of a word every dictionary has.
  const DictionaryParse: DictionaryParseCtor = P.Dictionary('москва', { ignoreCase: true, replacements: {}, stutter: 0, typos: 0 })[0].constructor;
  const words = dawgs.get('words.dawg');
  const prediction = [0, 1, 2].map((i) => dawgs.get(`prediction-suffixes-${i}.dawg`));
  if (!words || !prediction.every(Boolean)) return; // not az's usual files: leave az's own parsers
  ourParsers.Dictionary = dictionaryParser(words, DictionaryParse);
  ourParsers.SuffixKnown = suffixKnownParser(prediction as PagedDawg[], DictionaryParse);
  useOurAzParsers();
}

/**
 * Puts our parsers in place of az's current ones. Az.Morph looks its parsers up by name on every call,
 * and az's init makes its own anew: the engine inits az once, but a test that inits az again calls this.
 */
export function useOurAzParsers(): void {
  const P = Az.Morph.Parsers;
  for (const name of Object.keys(ourParsers)) {
    if (P[name] !== ourParsers[name]) azOwnParsers[name] = P[name];
    P[name] = ourParsers[name];
  }
}

function azDictsDir(): string {
  // A packaged extension may carry the dictionaries in data/az; a dev checkout has them in node_modules.
  const candidates = [path.join(packageRoot(), 'data', 'az'), path.join(packageRoot(), 'node_modules', 'az', 'dicts')];
  for (const c of candidates) if (fs.existsSync(path.join(c, 'words.dawg'))) return c;
  return candidates[candidates.length - 1];
}
