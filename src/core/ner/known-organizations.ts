// A name from the table of international organizations (tables/ru-organizations.ts) is an ORG:
// the tagger's LOC or PER on exactly that word is corrected, and a missed one is added. Inside a
// longer name ("Совет Безопасности ООН") it is left to that name.
import { Span } from './spans';
import { Line } from './forms';
import { RU_ORG_NAMES } from './tables/ru-organizations';

export function markKnownOrganizations(line: Line, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  const toks = line.tokens;
  for (let i = 0; i < toks.length; i++) {
    // Every name in the table is capitalized: the form's flag spares a lookup for most words.
    if (!line.forms[i].cap || toks[i].kind !== 'word' || !RU_ORG_NAMES.has(toks[i].text)) continue;
    const list = out ?? spans;
    const k = list.findIndex((s) => s.first <= i && i < s.last);
    if (k >= 0 && (list[k].type === 'ORG' || list[k].last - list[k].first > 1)) continue;
    out ??= [...spans];
    const span: Span = { start: toks[i].start, end: toks[i].end, type: 'ORG', first: i, last: i + 1 };
    if (k >= 0) out[k] = span;
    else out.push(span);
  }
  return out ?? spans;
}
