// A name that ends in a firm's legal form or its abbreviation is a firm's name: "Warner Bros", "Acme Corp",
// "Smith & Co". The tagger reads "Warner Bros" as a person (a surname, then a word it does not know);
// no person's or place's name ends so. The ending may be outside the tagger's span ("Warner" PER, then
// "Bros."): it is taken in when it follows the name directly.
import { Line } from './forms';
import { Span } from './spans';
import { EN_FIRM_ENDINGS } from './tables/en-organizations';

const ending = (text: string) => EN_FIRM_ENDINGS.has(text.endsWith('.') ? text.slice(0, -1) : text);

/** Retypes PER/LOC spans that end in (or are followed by) a firm's ending as ORG, in place. */
export function retypeFirmEndings(lines: Line[], spans: Span[][]): void {
  lines.forEach((line, k) => {
    const own = spans[k];
    for (const s of own) {
      if (s.type !== 'PER' && s.type !== 'LOC') continue;
      // "Corp." is "Corp" then a dot the tagger may have put inside the name.
      const last = line.tokens[s.last - 1].text === '.' && s.last - 2 >= s.first ? s.last - 2 : s.last - 1;
      if (ending(line.tokens[last].text)) {
        s.type = 'ORG';
        continue;
      }
      const next = line.tokens[s.last];
      // Directly after the name ("Warner Bros"), not after a comma or inside another span.
      if (!next || next.start !== line.tokens[s.last - 1].end + 1 || !ending(next.text)) continue;
      if (own.some((o) => o !== s && o.first <= s.last && s.last < o.last)) continue;
      s.type = 'ORG';
      s.last++;
      s.end = next.end;
    }
  });
}
