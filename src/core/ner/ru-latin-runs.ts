// A Latin-script name inside Russian text runs to the end of its Latin words: "компании Harles und
// Jentzsch", "глава Business NZ", "мастерской Sartoria San Lazzaro". The tagger, trained mostly on
// Cyrillic words, often stops after the first Latin word of an organization's name or starts at its last.
// An organization span that ends on a Latin word takes the Latin words right after it (capitalized, or a
// lower-case joining word of a Latin-script name followed by a capitalized one: "Bank of East Asia") and
// the capitalized Latin words right before it, with only spaces between, never a word another name holds
// (a Latin organization the tagger split in two is joined: "Harles | und | Jentzsch"). (A Latin-script person right after the name that the tagger
// missed would be taken in too: "глава Acme John Smith"; on factRuEval and NEREL that never happened.)
import { Span } from './spans';
import { Line } from './forms';

const SCRIPT_LATIN = 2;
const CAPITALIZED_LATIN = /^[A-Z][A-Za-z0-9'’-]*$/;
/** Lower-case words that join the parts of Latin-script names (English, French, German, Spanish, Italian, Dutch). */
const JOINER = /^(?:of|and|the|for|de|du|des|la|le|les|et|und|der|die|das|von|van|den|del|della|di|da|y|e)$/;

export function joinLatinRuns(line: Line, spans: Span[]): Span[] {
  const toks = line.tokens;
  const latin = (k: number) => toks[k].kind === 'word' && line.forms[k].script === SCRIPT_LATIN;
  const out: Span[] = [];
  let changed = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.type !== 'ORG' || !latin(s.last - 1)) {
      out.push(s);
      continue;
    }
    let last = s.last;
    let next = i + 1; // the next span, which the run may reach
    for (;;) {
      if (last >= toks.length || !latin(last)) break;
      const joiner = JOINER.test(toks[last].text);
      const k = joiner ? last + 1 : last;
      if (k >= toks.length || !CAPITALIZED_LATIN.test(toks[k].text)) break;
      const o = spans[next];
      if (o && o.first <= k) {
        // Another name starts there: joined only across a joining word, when it is an organization in
        // Latin letters alone ("Harles | und | Jentzsch", which the tagger split in two).
        if (!joiner || o.first !== k || o.type !== 'ORG' || !allLatin(o)) break;
        last = o.last;
        next++;
        continue;
      }
      last = k + 1;
    }
    // Leftwards too: capitalized Latin words right before the span ("Business | NZ").
    let first = s.first;
    const prevEnd = out.length ? out[out.length - 1].last : 0;
    while (first - 1 >= prevEnd && latin(first - 1) && CAPITALIZED_LATIN.test(toks[first - 1].text)) first--;
    if (last === s.last && first === s.first) {
      out.push(s);
      continue;
    }
    changed = true;
    out.push({ ...s, start: toks[first].start, first, end: toks[last - 1].end, last });
    i = next - 1;
  }
  return changed ? out : spans;

  function allLatin(o: Span): boolean {
    for (let k = o.first; k < o.last; k++) if (!latin(k)) return false;
    return true;
  }
}
