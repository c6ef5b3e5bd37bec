// A name the tagger calls an organization whose head noun is a kind of event ("Питерского
// экономического форума", "XIV Международного конкурса имени Чайковского", «Русский марш», "Corus Chess
// Tournament") is an event: dropped (a person or place nested in it stays). The head of a Russian name
// is its first word that is not an adjective, participle or ordinal ("Международного | конкурса"); of a
// name in Latin letters only, its last word. "Оргкомитет конкурса" (head: "Оргкомитет") stays an organization.
import { Span } from './spans';
import { Line } from './forms';
import { Morph } from './morph';
import { EN_EVENT_HEAD, RU_EVENT_HEAD } from './tables/ru-event-kinds';

const MODIFIER_POS = new Set(['ADJF', 'PRTF', 'NUMR']);
const ROMAN_OR_DIGITS = /^(?:[IVXLC]+|\d+(?:-[а-яё]+)?)$/;

export function dropEventNames(line: Line, spans: Span[], morph: Morph): Span[] {
  const out = spans.filter((s) => s.type !== 'ORG' || !isEvent(line, s, morph));
  return out.length === spans.length ? spans : out;
}

function isEvent(line: Line, s: Span, morph: Morph): boolean {
  const toks = line.tokens;
  const words = [];
  for (let k = s.first; k < s.last; k++) if (toks[k].kind === 'word' || toks[k].kind === 'number') words.push(toks[k].text);
  if (!words.length) return false;
  let cyrillic = false;
  for (let k = s.first; k < s.last; k++) if (line.forms[k].script === 1) cyrillic = true;
  if (!cyrillic) return EN_EVENT_HEAD.test(words[words.length - 1].toLowerCase());
  for (const w of words) {
    if (ROMAN_OR_DIGITS.test(w)) continue;
    const pos = morph.analyze(w).pos;
    if (MODIFIER_POS.has(pos)) continue;
    return RU_EVENT_HEAD.test(w.toLowerCase());
  }
  return false;
}
