// Per-document language detection (ru/en). News texts are long enough that a letter census is
// reliable; Cyrillic wins ties because a Russian article quoting English names ("Sputnik",
// "Bank of East Asia") is far more common here than the reverse. Mixed documents still work:
// the recognizers look at each word's own script, this only picks the document default.
import { Lang } from './types';

const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

export function detectLang(text: string): Lang {
  let cyr = 0;
  let lat = 0;
  // Sampling the first 20k code units keeps this O(1) on huge inputs without changing the answer.
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (CYRILLIC.test(ch)) cyr++;
    else if (LATIN.test(ch)) lat++;
  }
  // A Russian text needs only a modest share of Cyrillic letters: Latin names and URLs inflate `lat`.
  return cyr > 0 && cyr * 2 >= lat ? 'ru' : lat > 0 ? 'en' : 'ru';
}
