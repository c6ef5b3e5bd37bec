// Two of az's parsers (Az.Morph.Parsers) rewritten to answer exactly as az 0.2.3's own
// (node_modules/az/dist/az.js, MIT) at a fraction of their cost on text az has not seen; morph.ts puts
// them in place of az's after init, and test/unit/ner/az-parsers.test.ts checks that Az.Morph answers
// the same with them as without (parses, order, scores, normal forms, inflections).
//   * Dictionary, the lookup of a word in words.dawg, asked once per word and five more times for an
//     unknown one (PrefixUnknown): az lower-cases through the locale (ICU; ~15 times String's own
//     lower-casing) and asks each parse's tag whether it is a name even when the word is capitalized
//     (the answer then cannot matter; on thousands of differently shaped tags a slow property read).
//   * SuffixKnown, the guess for a word the dictionary lacks from the paradigms of known words that end
//     the same way. A third of the words asked about on unseen news are unknown (surnames, foreign
//     names), and this parser was most of az's time: for each of up to five endings of each word it
//     walked a prediction DAWG, made a parse object for every candidate paradigm and form (17 kept a
//     word, several times as many made), built a string key for each to drop duplicates, and tested
//     its tag. Endings repeat across words ("-ова", "-ского"), so the walk and the tag tests are kept
//     per ending here, and a parse object is made only for a candidate that is kept.

/** az's dictionary parse constructor (word, paradigm index, form index, stutter count, typo count). */
export type DictionaryParseCtor = new (
  word: string,
  paradigmIdx: number,
  formIdx: number,
  stutterCnt?: number,
  typosCnt?: number,
) => {
  score: number;
  tag: { isProductive(): boolean; isCapitalized(): boolean };
};

/** A DAWG of az's ('words' or 'probs' format): findAll gives [key, payloads, stutter, typos] entries. */
export interface AzDawg {
  findAll(str: string, replaces?: Record<string, string>, mstutter?: number, mtypos?: number): unknown[];
}

/** The options of az's config that its parsers read. */
interface AzConfig {
  ignoreCase?: boolean;
  replacements?: Record<string, string>;
  stutter?: number;
  typos?: number | 'auto';
}

/**
 * String's own case mapping where it is the locale's: az lower-cases with toLocaleLowerCase, which
 * differs from toLowerCase only in a few locales (Turkish and Azeri dotted I, Lithuanian dots,
 * Greek accents); there the locale's is kept, so the answers stay az's whatever the locale.
 */
const PROBE = 'IıİiÌìĮįΆάΐ';
const plainCase = PROBE.toLocaleLowerCase() === PROBE.toLowerCase() && PROBE.toLocaleUpperCase() === PROBE.toUpperCase();
const lower = plainCase ? (s: string) => s.toLowerCase() : (s: string) => s.toLocaleLowerCase();
const upper = plainCase ? (s: string) => s.toUpperCase() : (s: string) => s.toLocaleUpperCase();

/** az's test of a capitalized word ("Москва", not "москва" or "МОСКВА"). */
function capitalized(word: string, config: AzConfig): boolean {
  return !config.ignoreCase && word.length > 0 && lower(word[0]) != word[0] && upper(word.substr(1)) != word.substr(1);
}

// az's lookup(): with typos 'auto', one more typo at a time while nothing is found, on longer words.
const AUTO_TYPOS = [4, 9];

/** az's Dictionary parser over `words` (words.dawg). */
export function dictionaryParser(words: AzDawg, DictionaryParse: DictionaryParseCtor) {
  return function Dictionary(word: string, config: AzConfig): unknown[] {
    const isCapitalized = capitalized(word, config);
    word = lower(word);
    let opts: Array<[string, number[][], number, number]>;
    if (config.typos == 'auto') {
      opts = words.findAll(word, config.replacements, config.stutter, 0) as typeof opts;
      for (let i = 0; i < AUTO_TYPOS.length && !opts.length && word.length > AUTO_TYPOS[i]; i++)
        opts = words.findAll(word, config.replacements, config.stutter, i + 1) as typeof opts;
    } else {
      opts = words.findAll(word, config.replacements, config.stutter, config.typos) as typeof opts;
    }
    const vars: unknown[] = [];
    for (let i = 0; i < opts.length; i++) {
      const [key, payloads, stutter, typos] = opts[i];
      for (let j = 0; j < payloads.length; j++) {
        const w = new DictionaryParse(key, payloads[j][0], payloads[j][1], stutter, typos);
        // az: ignoreCase || !isCapitalized(tag) || isCapitalized — the tag's answer read last.
        if (config.ignoreCase || isCapitalized || !w.tag.isCapitalized()) vars.push(w);
      }
    }
    return vars;
  };
}

/** One candidate paradigm form of an ending, with what az's filters ask of its tag. */
interface Candidate {
  /** The ending as the DAWG spells it (may differ from the word's by az's е → ё replacement). */
  suffix: string;
  count: number;
  para: number;
  form: number;
  productive: boolean;
  capitalized: boolean;
}

// az's constants of SuffixKnown (prefixes: the three prediction DAWGs, by the word's prefix).
const PREFIXES = ['', 'по', 'наи'];
const COEFFS = [0, 0.2, 0.3, 0.4, 0.5, 0.6];
// Bounded like the other per-form caches: endings of up to five letters, a few thousand in a corpus.
const CACHE_LIMIT = 20_000;

/**
 * az's SuffixKnown over `dawgs` (prediction-suffixes-0..2), as a parser for Az.Morph.Parsers. The
 * endings' candidates are cached per replacement table (az passes its config's, the same object each call).
 */
export function suffixKnownParser(dawgs: readonly AzDawg[], DictionaryParse: DictionaryParseCtor) {
  const caches = new WeakMap<object, Map<string, readonly Candidate[]>>();
  const plain = new Map<string, readonly Candidate[]>();
  const tagOf = (para: number, form: number) => new DictionaryParse('', para, form).tag;

  const candidatesOf = (i: number, right: string, replacements: Record<string, string> | undefined): readonly Candidate[] => {
    let cache = replacements ? caches.get(replacements) : plain;
    if (!cache) caches.set(replacements!, (cache = new Map()));
    const key = i + right;
    let out = cache.get(key);
    if (out) return out;
    const list: Candidate[] = [];
    const entries = dawgs[i].findAll(right, replacements, 0, 0) as Array<[string, number[][]]>;
    for (const [suffix, stats] of entries)
      for (const [count, para, form] of stats) {
        const tag = tagOf(para, form);
        list.push({ suffix, count, para, form, productive: Boolean(tag.isProductive()), capitalized: Boolean(tag.isCapitalized()) });
      }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, (out = list));
    return out;
  };

  // The loop below is az's, step for step (order of parses, the float operations of the scores, which
  // duplicate is dropped); only where each candidate's ending, counts and tag tests come from differs.
  return function SuffixKnown(word: string, config: AzConfig): unknown[] {
    if (word.length < 4) return [];
    const isCapitalized = capitalized(word, config);
    word = lower(word);
    const parses: unknown[] = [];
    let minlen = 1;
    const used = new Set<string>();
    for (let i = 0; i < PREFIXES.length; i++) {
      const pre = PREFIXES[i];
      if (pre.length && word.substr(0, pre.length) != pre) continue;
      const base = word.substr(pre.length);
      for (let len = 5; len >= minlen; len--) {
        if (len >= base.length) continue;
        const left = base.substr(0, base.length - len);
        const right = base.substr(base.length - len);
        const cands = candidatesOf(i, right, config.replacements);
        const p: Array<{ score: number }> = [];
        let max = 1;
        for (let j = 0; j < cands.length; j++) {
          const c = cands[j];
          if (!c.productive) continue;
          if (!config.ignoreCase && c.capitalized && !isCapitalized) continue;
          const w = pre + left + c.suffix;
          // az's key: the parse's toString() (its word, as it has no prefix or suffix), paradigm, form.
          const key = w + ':' + c.para + ':' + c.form;
          if (used.has(key)) continue;
          max = Math.max(max, c.count);
          const parse = new DictionaryParse(w, c.para, c.form);
          parse.score = c.count * COEFFS[len];
          p.push(parse);
          used.add(key);
        }
        if (p.length > 0) {
          for (let j = 0; j < p.length; j++) p[j].score /= max;
          for (let j = 0; j < p.length; j++) parses.push(p[j]);
          minlen = Math.max(len - 1, 1);
        }
      }
    }
    return parses;
  };
}
