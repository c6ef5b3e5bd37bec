// Applying the lexicon to what the engine found in one text: relabels first, then rejections, then
// names a person confirmed elsewhere that the engine missed here (in any case form). The engine's own
// claims are kept where the lexicon says nothing; a lexicon name never overlaps one of them.
import { tokenize, Token } from '../tokenize';
import type { Entity } from '../types';
import { sameForm, sameWord, stemsOf } from './endings';
import { Lexicon, LexiconName } from './lexicon';

const wordsOf = (s: string) =>
  tokenize(s)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => t.text);
const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);

/** Finds the forms of lexicon names among the word tokens of a text: candidates by the stems of their first word. */
class NameIndex {
  private readonly byStem = new Map<string, { name: LexiconName; words: string[] }[]>();
  constructor(names: readonly LexiconName[]) {
    for (const name of names) {
      for (const form of new Set([name.norm, ...name.forms])) {
        const words = wordsOf(form);
        if (!words.length || !words.every(isCapitalized)) continue; // only names written as names
        for (const s of stemsOf(words[0])) {
          const list = this.byStem.get(s) ?? [];
          list.push({ name, words });
          this.byStem.set(s, list);
        }
      }
    }
  }
  /** Longest match of a name starting at word token i (words separated by spaces only). */
  matchAt(tokens: readonly Token[], words: readonly number[], i: number, text: string): { name: LexiconName; end: number } | undefined {
    const first = tokens[words[i]];
    if (!isCapitalized(first.text)) return undefined;
    const seen = new Set<LexiconName>();
    let best: { name: LexiconName; end: number; n: number } | undefined;
    for (const s of stemsOf(first.text)) {
      for (const cand of this.byStem.get(s) ?? []) {
        if (seen.has(cand.name) && best && best.n >= cand.words.length) continue;
        const n = cand.words.length;
        if (i + n > words.length) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const t = tokens[words[i + k]];
          ok = isCapitalized(t.text) && sameWord(t.text, cand.words[k]);
          if (ok && k > 0 && !/^[ \u00a0]+$/.test(text.slice(tokens[words[i + k - 1]].end, t.start))) ok = false;
        }
        if (ok && (!best || n > best.n)) best = { name: cand.name, end: tokens[words[i + n - 1]].end, n };
        seen.add(cand.name);
      }
    }
    return best && { name: best.name, end: best.end };
  }
}

export interface LexiconResult {
  entities: Entity[];
  /** Entities the lexicon added (names confirmed elsewhere), for "from the lexicon" in hovers. */
  added: Entity[];
  dropped: number;
  relabelled: number;
}

export function applyLexicon(entities: readonly Entity[], text: string, lexicon: Lexicon): LexiconResult {
  let relabelled = 0;
  let dropped = 0;
  const out: Entity[] = [];
  for (const e of entities) {
    const move = lexicon.relabel.find((r) => r.from === e.type && sameForm(r.form, e.text));
    const typed = move ? { ...e, type: move.to } : e;
    if (move) relabelled++;
    if (lexicon.never.some((n) => n.type === typed.type && sameForm(n.form, typed.text))) {
      dropped++;
      continue;
    }
    out.push(typed);
  }

  const added: Entity[] = [];
  if (lexicon.names.length) {
    const index = new NameIndex(lexicon.names);
    const tokens = tokenize(text);
    const words = tokens.map((t, i) => (t.kind === 'word' ? i : -1)).filter((i) => i >= 0);
    const taken = [...out].sort((a, b) => a.start - b.start);
    const overlapsTaken = (s: number, e: number) => taken.some((t) => t.start < e && s < t.end);
    for (let i = 0; i < words.length; i++) {
      const hit = index.matchAt(tokens, words, i, text);
      if (!hit) continue;
      const start = tokens[words[i]].start;
      if (overlapsTaken(start, hit.end)) continue;
      // A name the lexicon also says "never" for that type stays out.
      const quote = text.slice(start, hit.end);
      if (lexicon.never.some((n) => n.type === hit.name.type && sameForm(n.form, quote))) continue;
      const e: Entity = { type: hit.name.type, text: quote, start, end: hit.end, norm: hit.name.norm };
      added.push(e);
      taken.push(e);
      while (i + 1 < words.length && tokens[words[i + 1]].start < hit.end) i++;
    }
  }
  const all = [...out, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  return { entities: all, added, dropped, relabelled };
}
