// One name, the same words everywhere in a document: a name of two or more words that the tagger found
// whole once ("Ли Со Ён", "Отдела по взаимоотношениям Церкви и общества") is whole wherever the same
// words come again, so a shorter span inside such a repetition, or several that split it ("Ли" + "Ён"),
// becomes the whole name, of the whole name's type ("Гата" read as a place in "играет Гата Камский"). The words are compared by a crude stem (Cyrillic words
// longer than five letters lose up to three final letters), so other case forms count. Only what the
// tagger marked is widened: a repetition it left unmarked stays so (adding those helped the tuning halves
// only). Persons and places count only from a name that starts with a capital ("на реке Эльба" in one
// sentence says nothing of "Эльба" in another); organizations also from a lower-case descriptor
// ("палаты представителей"), which factRuEval marks as the name.
import { Span } from './spans';
import { Line } from './forms';

interface Name {
  type: Span['type'];
  keys: string[];
}

export function nameKey(word: string): string {
  const l = word.toLowerCase().replace(/ё/g, 'е');
  return l.length > 5 && /^[а-я]+$/.test(l) ? l.slice(0, Math.max(5, l.length - 3)) : l;
}

/** The key of token i, kept on its form: the rule reads every token of every line with a name, and words recur. */
function keyAt(line: Line, i: number): string {
  const f = line.forms[i];
  return (f.nameKey ??= nameKey(line.tokens[i].text));
}

/** Widens, in place, the spans of `fixed` (one list per line; undefined for a line not tagged here). */
export function extendRepeatedNames(lines: readonly Line[], fixed: Array<Span[] | undefined>): void {
  // The whole names, by their first word's key.
  const byFirst = new Map<string, Name[]>();
  lines.forEach((line, n) => {
    for (const s of fixed[n] ?? []) {
      if (s.last - s.first < 2 || (s.type !== 'ORG' && !line.forms[s.first].cap)) continue;
      const keys: string[] = [];
      for (let i = s.first; i < s.last; i++) keys.push(keyAt(line, i));
      const list = byFirst.get(keys[0]) ?? [];
      if (!list.some((m) => m.type === s.type && m.keys.join(' ') === keys.join(' '))) list.push({ type: s.type, keys });
      byFirst.set(keys[0], list);
    }
  });
  if (byFirst.size === 0) return;
  lines.forEach((line, n) => {
    const spans = fixed[n];
    if (!spans?.length) return;
    const toks = line.tokens;
    let keys: string[] | undefined;
    let changed = false;
    for (let a = 0; a < toks.length; a++) {
      const names = byFirst.get(keyAt(line, a));
      if (!names) continue;
      keys ??= toks.map((_, i) => keyAt(line, i));
      for (const name of names) {
        const c = a + name.keys.length;
        if (c > toks.length || name.keys.some((k, j) => keys![a + j] !== k)) continue;
        const over = spans.filter((s) => s.first < c && a < s.last);
        if (!over.length || !over.every((s) => s.first >= a && s.last <= c)) continue;
        // Already whole here (with a name nested in it, as "СНГ" in "… государств – участников СНГ"): as it is.
        if (over.some((s) => s.first === a && s.last === c)) continue;
        const whole: Span = { ...over[0], type: name.type, start: toks[a].start, end: toks[c - 1].end, first: a, last: c };
        spans.splice(spans.indexOf(over[0]), 1, whole);
        for (const o of over.slice(1)) spans.splice(spans.indexOf(o), 1);
        changed = true;
      }
    }
    if (changed) spans.sort((x, y) => x.start - y.start);
  });
}
