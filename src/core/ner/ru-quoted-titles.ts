// A name that fills a pair of quotes is a title, not a place or a person: Russian quotes the names of
// companies, media, works and craft («Таврия» a car, «Колумбия» a shuttle, «Мужской разговор» a film,
// ракета «Арес I»), never those of towns, countries, rivers or people, so a place or a person the tagger
// found exactly inside quotes is dropped (an organization there is the tagger's reading and stays). A
// facility or a settlement named in quotes after its kind noun ("стадион «Лужники»", "посёлок «Рыбацкое»",
// tables/ru-facility-kinds.ts, or a kind of place: "области «…»") stays a place. A name inside a longer
// quoted title ("«Ереванские перспективы»") is not touched: the quotes must hold exactly the span.
// On the field it is a club, an organization: next to a word for players, fans or games
// (tables/ru-club-context.ts: "болельщики «Зенита»", "продать «Роме» полузащитника"), before a score
// ("«Урал» 3:0") or across a dash from another quoted name ("«Рубин» — «Локомотив»").
import { Span } from './spans';
import { Line } from './forms';
import { RU_FACILITY_KIND } from './tables/ru-facility-kinds';
import { RU_PLACE_KIND } from './tables/ru-place-kinds';
import { CLOSING_QUOTES, OPENING_QUOTES } from './tables/quote-marks';
import { RU_CLUB_CONTEXT } from './tables/ru-club-context';

export function dropQuotedTitles(line: Line, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (!isQuotedTitle(line, s)) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, k);
    if (!afterKindNoun(line, s) && onTheField(line, s)) out.push({ ...s, type: 'ORG' });
  }
  return out ?? spans;
}

const DASH = /^[—–-]$/;
/** How many words on each side of the quotes may name the game's people or games. */
const NEAR = 2;

/**
 * A club's name: a word for players, fans or games within two words of the quotes ("нападающий «ПСЖ»", "в
 * матче с «Лиллем»", "«Роме» армянского полузащитника"), another quoted name across a dash ("«Рубин» —
 * «Локомотив»") or a score right after the quotes ("«Урал» 3:0"). Near words only: a sports story also
 * quotes its stadiums, airfields and chants.
 */
function onTheField(line: Line, s: Span): boolean {
  const toks = line.tokens;
  const at = (k: number) => toks[k]?.text ?? '';
  const after = next(toks, s.last + 1, 1);
  if (DASH.test(at(after)) && OPENING_QUOTES.has(at(next(toks, after + 1, 1)))) return true;
  const before = next(toks, s.first - 2, -1);
  if (DASH.test(at(before)) && CLOSING_QUOTES.has(at(next(toks, before - 1, -1)))) return true;
  if (toks[after]?.kind === 'number' && at(next(toks, after + 1, 1)) === ':') return true;
  return nearClubWord(toks, s.first - 2, -1) || nearClubWord(toks, s.last + 1, 1);
}

/** A word of tables/ru-club-context.ts among the NEAR words from k on in direction dir, within the sentence. */
function nearClubWord(toks: Line['tokens'], k: number, dir: 1 | -1): boolean {
  for (let words = 0; k >= 0 && k < toks.length && words < NEAR; k += dir) {
    const t = toks[k];
    if (t.kind === 'punct' && /^[.!?;]$/.test(t.text)) return false;
    if (t.kind !== 'word') continue;
    if (RU_CLUB_CONTEXT.test(t.text.toLowerCase())) return true;
    words++;
  }
  return false;
}

/** The first token from k on, in direction dir, that is not a space. */
function next(toks: Line['tokens'], k: number, dir: 1 | -1): number {
  while (toks[k]?.kind === 'space') k += dir;
  return k;
}

/** A place or person that fills a pair of quotes, not after a noun for a facility or a kind of place. */
function isQuotedTitle(line: Line, s: Span): boolean {
  const toks = line.tokens;
  if (s.type === 'ORG' || s.first === 0 || s.last >= toks.length || !OPENING_QUOTES.has(toks[s.first - 1].text) || !CLOSING_QUOTES.has(toks[s.last].text))
    return false;
  return s.type !== 'LOC' || !afterKindNoun(line, s);
}

/** Right after a noun for a facility or a kind of place ("стадионе «…»", "области «…»"). */
function afterKindNoun(line: Line, s: Span): boolean {
  const kind = s.first > 1 ? line.tokens[s.first - 2].text.toLowerCase() : '';
  return RU_FACILITY_KIND.test(kind) || RU_PLACE_KIND.test(kind);
}
