// Two slips of the tagger with Russian organizations, fixed after it:
//   * "власти Германии", "властей Мальты": the authorities are not a named body; the place stays a
//     place (factRuEval's reading), so the span shrinks to it and becomes a LOC;
//   * a capitalized common noun alone at a sentence start ("Полиция оповестила…", "Правительство
//     уволило…"): a generic body, not a name. Only nouns for kinds of bodies are dropped ("Кремль
//     заявил" stays an organization).
import { Span } from './spans';
import { Line, sentenceStart } from './forms';
import { Morph } from './morph';
import { RU_ORG_NAMES } from './tables/ru-organizations';

const AUTHORITIES = /^власт(?:и|ей|ям|ями|ях)$/i;

export function fixOrgEdges(line: Line, spans: Span[], morph: Morph): Span[] {
  const out: Span[] = [];
  const toks = line.tokens;
  for (const s of spans) {
    if (s.type !== 'ORG') {
      out.push(s);
      continue;
    }
    const n = s.last - s.first;
    if (n >= 2 && n <= 3 && AUTHORITIES.test(toks[s.first].text) && line.forms[s.first + 1].cap) {
      out.push({ start: toks[s.first + 1].start, end: s.end, type: 'LOC', first: s.first + 1, last: s.last });
      continue;
    }
    if (n === 1 && sentenceStart(line, s.first) && genericNoun(morph, toks[s.first].text)) continue;
    out.push(s);
  }
  return out;
}

/** Nouns for kinds of bodies ("Полиция", "Правительство", "Фирмы"), any case and number. */
const GENERIC_BODY = /^(?:полици|милици|правительств|фирм|компани|министерств|ведомств|парламент|суд|арми|прокуратур|администраци|мэри|руководств|оппозици|войск)[а-яё]*$/i;

function genericNoun(morph: Morph, word: string): boolean {
  if (RU_ORG_NAMES.has(word) || !GENERIC_BODY.test(word)) return false;
  const parses = morph.analyze(word).parses;
  return parses.length > 0 && parses.every((p) => p.tag.POST === 'NOUN' && !p.tag.Orgn && !p.tag.Abbr && !p.tag.Geox);
}
