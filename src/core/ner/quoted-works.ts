// A name the tagger found inside quotes right after a noun for a work, craft or event
// ("оперу «Евгений Онегин»", "ракета «Союз»") is that title, not a person, organization or place:
// factRuEval and NEREL leave titles unmarked. The quotes must hold exactly the span, so a name
// that only stands inside a longer title is not touched here.
import { Span } from './spans';
import { Line } from './forms';
import { RU_WORK_KIND } from './tables/ru-work-kinds';

const OPEN = new Set(['«', '„', '“', '"']);
const CLOSE = new Set(['»', '“', '”', '"']);
const TITLE_END = new Set(['!', '?']);

export function dropQuotedWorks(line: Line, spans: Span[]): Span[] {
  const toks = line.tokens;
  return spans.filter((s) => {
    const open = s.first - 1;
    // The title may end with its own "!" or "?" («Кин-дза-дза!»).
    const close = s.last < toks.length && TITLE_END.has(toks[s.last].text) ? s.last + 1 : s.last;
    if (open < 1 || close >= toks.length || !OPEN.has(toks[open].text) || !CLOSE.has(toks[close].text)) return true;
    const kind = toks[kindBefore(line, open)];
    // A compound kind counts by any part: "ракеты-носителя «Арес I»", "электро-поп-синглами «…»".
    return !(
      kind &&
      kind.kind === 'word' &&
      kind.text
        .toLowerCase()
        .split('-')
        .some((part) => RU_WORK_KIND.test(part))
    );
  });
}

/** Words between a kind and the list of titles it introduces: "картинами, как «…»", "синглами, среди которых «…»". */
const LIST_INTRO = new Set([',', ':', '—', 'как', 'среди', 'которых', 'в', 'том', 'числе']);
/** How far back an enumeration of quoted titles is followed. */
const MAX_BACK = 60;

/**
 * The index of the word that names the kind of the quoted title opening at `open`: the word right
 * before it, or, for an item of a list of quoted titles («Мимино», «Афоня» и «Кин-дза-дза!»), the word
 * before the list's first item and its introduction ("такими картинами, как").
 */
function kindBefore(line: Line, open: number): number {
  const toks = line.tokens;
  let o = open;
  // Back over earlier items: a closing quote, then "," or "и", before this one.
  for (;;) {
    const sep = o - 1;
    if (sep < 1 || !(toks[sep].text === ',' || toks[sep].text === 'и') || !CLOSE.has(toks[sep - 1].text)) break;
    let p = sep - 2;
    while (p >= 0 && open - p < MAX_BACK && !OPEN.has(toks[p].text)) p--;
    if (p < 0 || open - p >= MAX_BACK) break;
    o = p;
  }
  if (o === open) return open - 1;
  let k = o - 1;
  while (k >= 0 && LIST_INTRO.has(toks[k].text.toLowerCase())) k--;
  return k;
}
