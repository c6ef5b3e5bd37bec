// A name in quotes right after a noun for a kind of organization is that organization's name:
// "компания «Газпром нефть»", "телеканал «Дождь»", "движение «За права человека»", "клуб «Спартак-2»";
// so is one right after a noun for a post held in a body ("директор «Газпрома»", "член «Единой России»";
// tables/ru-posts.ts).
// The tagger reads such names word by word and misses the ones made of common words or with digits
// and punctuation, or takes only a part of them (a place: "«Уральская сталь»"). Here the whole quoted
// name becomes the organization. The descriptor must be a head noun of organizations
// (tables/ru-org-heads.ts, the forms' orgHead flag) or a post, and the name must start with a capital letter,
// a Latin letter or a digit; a name the tagger ran on into the descriptor is the tagger's. Titles of
// works ("фильм «…»") have no organization head and are not touched. After the abbreviation of a legal
// form ("ООО «Ромашка»", "ФК «Спартак-2»"; tables/ru-legal-forms.ts) the abbreviation is part of the
// name, as factRuEval marks it ("ОАО «Газпром»"); there only a name the tagger missed is added.
import { Span } from './spans';
import { Line } from './forms';
import { RU_LEGAL_FORMS } from './tables/ru-legal-forms';
import { RU_POST } from './tables/ru-posts';
import { CLOSING_QUOTES, OPENING_QUOTES } from './tables/quote-marks';

/** Longer quoted names are rare, and a lost closing quote must not swallow the sentence. */
const MAX_WORDS = 8;

export function markQuotedOrganizations(line: Line, spans: Span[]): Span[] {
  const toks = line.tokens;
  let out = spans;
  for (let o = 1; o + 2 < toks.length; o++) {
    if (!OPENING_QUOTES.has(toks[o].text) || toks[o - 1].kind !== 'word') continue;
    const legal = RU_LEGAL_FORMS.has(toks[o - 1].text);
    if (!legal && !line.forms[o - 1].orgHead && !RU_POST.test(toks[o - 1].text)) continue;
    let c = o + 1;
    while (c < toks.length && c - o <= MAX_WORDS && !CLOSING_QUOTES.has(toks[c].text) && !OPENING_QUOTES.has(toks[c].text)) c++;
    if (c >= toks.length || !CLOSING_QUOTES.has(toks[c].text) || c === o + 1) continue;
    if (!line.forms[o + 1].salient && toks[o + 1].kind !== 'number') continue;
    // The name's first token: after a legal form, the abbreviation.
    const a = legal ? o - 1 : o + 1;
    if (out.some((s) => s.first === a && s.last === c && s.type === 'ORG')) continue;
    if (!legal && out.some((s) => s.first <= o - 1 && o - 1 < s.last)) continue;
    // After a legal form the tagger's own reading, whatever its edges, is kept (the corpora differ
    // on them: "ОАО «Газпром»" in factRuEval, "Башкирэнерго" alone in NEREL); only a missed name is added.
    if (legal && out.some((s) => s.first < c && a < s.last)) continue;
    // Spans inside the quotes give way to the name; a span reaching outside them is left alone.
    if (out.some((s) => s.first < c && a < s.last && (s.first < a || s.last > c))) continue;
    out = out.filter((s) => !(s.first >= a && s.last <= c));
    out.push({ start: toks[a].start, end: toks[c - 1].end, type: 'ORG', first: a, last: c });
    o = c;
  }
  return out === spans ? spans : out.sort((x, y) => x.start - y.start);
}
