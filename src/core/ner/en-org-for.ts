// English names of bodies that say what they are for: "Centers for Disease Control and Prevention",
// "Institute for Fiscal Studies", "Commission for Racial Equality". The tagger often ends the name at
// "for" and reads the rest as a second organization (or a place: "Centre for Europe"). When an
// organization ends in a head noun of organizations (tables/en-organizations.ts, or its plural:
// "Centers") and "for" joins it to a name right after, the two are one organization.
import { Line } from './forms';
import { Span } from './spans';
import { EN_ORG_WORDS } from './tables/en-organizations';

const isHead = (w: string) => EN_ORG_WORDS.has(w) || (w.endsWith('s') && EN_ORG_WORDS.has(w.slice(0, -1)));

/** Joins ORG + "for" + ORG/LOC into one ORG, in place (the spans of each line stay in text order). */
export function joinOrgFor(lines: Line[], spans: Span[][]): void {
  lines.forEach((line, k) => {
    const own = spans[k];
    for (let i = 0; i + 1 < own.length; i++) {
      const a = own[i];
      const b = own[i + 1];
      if (a.type !== 'ORG' || (b.type !== 'ORG' && b.type !== 'LOC')) continue;
      if (b.first !== a.last + 1 || line.tokens[a.last].text !== 'for' || !isHead(line.tokens[a.last - 1].text)) continue;
      own.splice(i + 1, 1);
      a.end = b.end;
      a.last = b.last;
      i--;
    }
  });
}
