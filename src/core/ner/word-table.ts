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

export class WordTable implements WordLookup {
  constructor(private readonly text: string) {}

  get(word: string): number | undefined {
    // No word of the table holds a tab or a line break; one that does could match across lines.
    if (word.includes('\t') || word.includes('\n')) return undefined;
    const text = this.text;
    const n = word.length;
    // [lo, hi): the lines still in question, from a line start to a line start (or the end).
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1; // the line holding mid (≥ lo: lo starts a line)
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let tab = text.indexOf('\t', start);
      if (tab < 0 || tab > end) tab = end; // no tab: the whole line sorts as its word, and is no entry
      // Compare word with text[start, tab) by code units, as the file's sort did.
      let cmp = 0;
      const len = tab - start;
      for (let i = 0; i < n && i < len && cmp === 0; i++) cmp = word.charCodeAt(i) - text.charCodeAt(start + i);
      if (cmp === 0) cmp = n - len;
      if (cmp === 0) return tab < end && tab > start ? Number(text.slice(tab + 1, end)) | 0 : undefined;
      if (cmp < 0) hi = start;
      else lo = end + 1;
    }
    return undefined;
  }
}
