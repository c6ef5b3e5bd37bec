// A read-only map from the words of a sorted `word<TAB>number` text (one entry a line,
// data/ner-en.gazetteer, sorted by scripts/build-en-gazetteer.ts) to their numbers, searched in place.
// Building a Map<string, number> of the English gazetteer's 44,000 lines cost ~75 ms of start-up on
// a loaded machine (a string per line, two per entry, the map's rehashes), and even a hash index of
// line starts cost ~30 ms (one pass over 0.5 M characters that runs once, so mostly unoptimized);
// a binary search over the text itself costs nothing to load and ~16 probes a lookup, and the
// English tagger looks each word form up once (forms.ts caches it).
// Same answers as the Map parseGazetteer built before, for a text in code-unit order with no word
// twice (test/unit/ner/word-table.test.ts checks the shipped file): a line without a tab (or
// starting with one) is no entry, the number is Number(rest of the line) | 0.

/** What the English tagger needs of its word classes (a Map<string, number> is one too). */
export interface WordLookup {
  get(word: string): number | undefined;
}

const TAB = 0x09;
const NL = 0x0a;

export class WordTable implements WordLookup {
  constructor(private readonly text: string) {}

  get(word: string): number | undefined {
    // No word of the table holds a tab or a line break; one that does could match across lines.
    if (word.includes('\t') || word.includes('\n')) return undefined;
    const text = this.text;
    const size = text.length;
    const n = word.length;
    // [lo, hi): the lines still in question, from a line start to a line start (or the end).
    // Each probe reads code units in place: String.lastIndexOf from the middle of the 0.7 MB text
    // was most of an English first pass's gazetteer time (~1 µs a probe, 16 probes a word).
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      let start = (lo + hi) >>> 1;
      while (start > lo && text.charCodeAt(start - 1) !== NL) start--; // the line holding mid (lo starts a line)
      // Compare word with the line's key, text[start, first tab or line end), by code units, as the
      // file's sort did; a key that ends first sorts first.
      let i = 0;
      let cmp = 0;
      for (; i < n; i++) {
        const at = start + i;
        const c = at < size ? text.charCodeAt(at) : NL;
        if (c === TAB || c === NL) {
          cmp = 1; // the key is a prefix of the word
          break;
        }
        cmp = word.charCodeAt(i) - c;
        if (cmp !== 0) break;
      }
      const at = start + i;
      if (cmp === 0) {
        const c = at < size ? text.charCodeAt(at) : NL;
        // The word is the whole key: a tab after it (and a word before it) makes it an entry.
        if (c === TAB) {
          if (n === 0) return undefined;
          let end = text.indexOf('\n', at);
          if (end < 0) end = size;
          return Number(text.slice(at + 1, end)) | 0;
        }
        if (c === NL) return undefined; // a line without a tab is no entry
        cmp = -1; // the word is a prefix of the key
      }
      if (cmp < 0) hi = start;
      else {
        const end = text.indexOf('\n', at);
        lo = end < 0 ? size : end + 1;
      }
    }
    return undefined;
  }
}
