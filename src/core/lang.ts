// Per-document language detection (ru/en). News texts are long enough that a letter census is
// reliable; Cyrillic wins ties because a Russian article quoting English names ("Sputnik",
// "Bank of East Asia") is far more common here than the reverse. Mixed documents still work:
// this only picks the document default; each line's own language is decided in document-context.ts.
import { Lang } from './types';

// Letter classes by UTF-16 code unit (a code-unit range check instead of a regex per character):
// Cyrillic U+0400–U+04FF; Latin A–Z, a–z and U+00C0–U+024F (accented letters).
function isCyrillic(c: number): boolean {
  return c >= 0x0400 && c <= 0x04ff;
}
function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

export function detectLang(text: string): Lang {
  let cyr = 0;
  let lat = 0;
  // Sampling the first 20k code units keeps this O(1) on huge inputs without changing the answer.
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isCyrillic(c)) cyr++;
    else if (isLatin(c)) lat++;
  }
  // A Russian text needs only a modest share of Cyrillic letters: Latin names and URLs inflate `lat`.
  return cyr > 0 && cyr * 2 >= lat ? 'ru' : lat > 0 ? 'en' : 'ru';
}
