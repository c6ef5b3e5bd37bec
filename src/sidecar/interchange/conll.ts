// CoNLL: one token per line with its IOB2 tag (B-PER, I-PER, O), a blank line between sentences,
// `-DOCSTART- -X- -X- O` before each article — what CoNLL-2003 style trainers (flair, spaCy's
// `convert`, Hugging Face token classification scripts) read. Tokens come from newsmark's own
// tokenizer, so they are the units newsmark's models see. The format cannot hold overlapping spans:
// the longest of overlapping annotations wins, and the others are counted as left out.
import { tokenize } from '../../core/tokenize';
import type { Annotation } from '../types';

/** A sentence ends at a line break, or after . ! ? … followed by space and a capital or a digit. */
function sentenceEnds(text: string): Set<number> {
  const ends = new Set<number>();
  const re = /[.!?…]+["»”’)]*(?=\s+["«“(]?[\p{Lu}\d])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) ends.add(m.index + m[0].length);
  return ends;
}

export function conllDocument(text: string, annotations: readonly Annotation[]): { text: string; skipped: number } {
  // Longest first, then by position: a span overlapping one already placed is left out.
  const chosen: Annotation[] = [];
  let skipped = 0;
  for (const a of [...annotations].sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start)) {
    if (chosen.some((c) => c.start < a.end && a.start < c.end)) skipped++;
    else chosen.push(a);
  }
  chosen.sort((x, y) => x.start - y.start);

  const ends = sentenceEnds(text);
  const out: string[] = ['-DOCSTART- -X- -X- O', ''];
  let sentence: string[] = [];
  const flush = () => {
    if (sentence.length) out.push(...sentence, '');
    sentence = [];
  };
  let k = 0;
  for (const t of tokenize(text)) {
    if (t.kind === 'newline') {
      flush();
      continue;
    }
    if (t.kind === 'space') {
      if (ends.has(t.start)) flush();
      continue;
    }
    while (k < chosen.length && chosen[k].end <= t.start) k++;
    const a = chosen[k];
    const tag = a && a.start < t.end && t.start < a.end ? `${t.start <= a.start ? 'B' : 'I'}-${a.type}` : 'O';
    sentence.push(`${t.text} ${tag}`);
  }
  flush();
  return { text: out.join('\n') + '\n', skipped };
}
