// A surname alone after the person's full name is that person, English: a story names someone in full
// once ("Ruth Okafor") and then by surname ("Okafor said …"), and the tagger, reading one sentence at
// a time, sometimes leaves the bare surname out. Mentions the tagger gave another type are mended
// after it, for both languages, by surname-memory.ts; this adds the ones it missed altogether.
import { Line } from './forms';
import { Span } from './spans';
import { POSSESSIVE } from './en-possessive';

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Adds a PER span for each untagged word that is the last word of a full name tagged in the document. */
export function addKnownSurnames(lines: Line[], spans: Span[][]): void {
  const surnames = new Set<string>();
  lines.forEach((line, k) => {
    for (const s of spans[k]) if (s.type === 'PER' && s.last - s.first >= 2) surnames.add(line.tokens[s.last - 1].text.replace(POSSESSIVE, ''));
  });
  if (!surnames.size) return;
  lines.forEach((line, k) => {
    const own = spans[k];
    const n = own.length;
    for (let i = 0; i < line.tokens.length; i++) {
      // Capitalized words only, and a set lookup before anything else: this runs over every token.
      if (!line.forms[i].cap) continue;
      const t = line.tokens[i];
      const word = POSSESSIVE.test(t.text) ? t.text.slice(0, -2) : t.text;
      if (!surnames.has(word) || !NAME_WORD.test(word)) continue;
      let taken = false;
      for (let j = 0; j < n && !taken; j++) taken = own[j].first <= i && i < own[j].last;
      if (!taken) own.push({ start: t.start, end: t.start + word.length, type: 'PER', first: i, last: i + 1 });
    }
    if (own.length > n) own.sort((a, b) => a.start - b.start);
  });
}
