// Phrases of lower-cased words looked up at a token: one map lookup by the first word, then the
// phrases starting with it, longest first (ties keep the table's order). Used for every table of
// multi-word cues (qualifiers "не менее чем", range openers "в пределах от").
import { View } from './view';

export interface PhraseMatch<T> {
  last: number;
  data: T;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<{ words: readonly string[]; data: T }>>();

  constructor(entries: Iterable<readonly [phrase: string, data: T]>) {
    const all = [...entries].map(([p, data]) => ({ words: p.split(' '), data }));
    // Stable: equal lengths keep the table's order.
    all.sort((a, b) => b.words.length - a.words.length);
    for (const e of all) {
      const list = this.byFirst.get(e.words[0]);
      if (list) list.push(e);
      else this.byFirst.set(e.words[0], [e]);
    }
  }

  /** First words of the phrases, for a cheap candidate test. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** Every phrase that matches at token i, longest first. */
  *matchesAt(v: View, i: number): IterableIterator<PhraseMatch<T>> {
    const list = this.byFirst.get(v.lower[i]);
    if (!list) return;
    for (const e of list) {
      const last = v.phrase(i, e.words);
      if (last >= 0) yield { last, data: e.data };
    }
  }

  /**
   * The longest phrase that matches at token i: the first that matchesAt would yield. Written as a
   * plain loop, not through the generator: it runs at nearly every candidate token, and a generator
   * object per call (most of them for a word that starts no phrase) was garbage of every first pass.
   */
  longestAt(v: View, i: number): PhraseMatch<T> | undefined {
    const list = this.byFirst.get(v.lower[i]);
    if (!list) return undefined;
    for (let k = 0; k < list.length; k++) {
      const last = v.phrase(i, list[k].words);
      if (last >= 0) return { last, data: list[k].data };
    }
    return undefined;
  }
}
