// A name glued to a Latin word by a dot is one name: "Lenta.ru", "NEWSru.com", "Театр.doc". The
// tokenizer (shared by every recognizer) splits at the dot, and the tagger often stops before it
// ("Театр" | ".doc"); both corpora mark the whole. A span that ends right before such a dot, with no
// space on either side, takes it and the word after it (again and again: "news.mail.ru"). Only
// Latin words after the dot: "Москве.Вчера" (a missing space after a full stop) stays apart.
import { Span } from './spans';
import { Line } from './forms';

const LATIN_WORD = /^[A-Za-z][A-Za-z0-9-]*$/;

export function joinDottedNames(line: Line, spans: Span[]): Span[] {
  const toks = line.tokens;
  return spans.map((s, k) => {
    const next = spans[k + 1];
    let last = s.last;
    while (
      last + 1 < toks.length &&
      toks[last].text === '.' &&
      toks[last].start === toks[last - 1].end &&
      toks[last + 1].start === toks[last].end &&
      LATIN_WORD.test(toks[last + 1].text) &&
      !(next && next.first <= last + 1)
    )
      last += 2;
    return last === s.last ? s : { ...s, last, end: toks[last - 1].end };
  });
}
