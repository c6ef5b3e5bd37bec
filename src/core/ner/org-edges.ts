// Three slips of the tagger with Russian organizations, fixed after it:
//   * "власти Германии", "властей Мальты": the authorities are not a named body; the place stays a
//     place (factRuEval's reading), so the span shrinks to it and becomes a LOC;
//   * a capitalized common noun alone at a sentence start ("Полиция оповестила…", "Правительство
//     уволило…"): a generic body, not a name. Only nouns for kinds of bodies are dropped ("Кремль
//     заявил" stays an organization);
//   * a body's remit after "по" ends its name ("Совета при Президенте РФ по развитию информационного
//     общества", "Организации по безопасности и сотрудничеству в Европе"): the tagger, which stops at
//     the lower-case words, is followed to the last noun of the phrase;
//   * a Russian noun phrase never ends on an attributive adjective: a name the tagger ended on a
//     lower-case one takes the noun it agrees with ("Исторический государственный | архив"), or, with no
//     such noun next, ends before it ("ФИДЕ | сильной и единой").
import { Span } from './spans';
import { Line, sentenceStart } from './forms';
import { Morph } from './morph';
import { RU_ORG_NAMES } from './tables/ru-organizations';
import { adjectiveParses, agreesWithNoun } from './adjective';

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
    const tail = remitTail(line, s, morph);
    const t = tail > s.last ? { ...s, end: toks[tail - 1].end, last: tail } : s;
    const e = adjectiveEnd(line, t, morph);
    if (e === t.last) out.push(t);
    else if (e > t.first) out.push({ ...t, end: toks[e - 1].end, last: e });
  }
  return out;
}

/**
 * Where a name that ends on a lower-case adjective really ends (token index, exclusive): after the
 * noun right after it when the two agree, else before the adjective(s), but never before the name's
 * last capitalized word.
 */
function adjectiveEnd(line: Line, s: Span, morph: Morph): number {
  const toks = line.tokens;
  const lowerAdjective = (k: number) => toks[k].kind === 'word' && !line.forms[k].salient && !!adjectiveParses(morph, toks[k].text);
  if (s.last - s.first < 2 || !lowerAdjective(s.last - 1)) return s.last;
  let e = s.last - 1;
  while (e > s.first && lowerAdjective(e - 1)) e--;
  let capital = false;
  for (let k = s.first; k < e; k++) if (line.forms[k].salient) capital = true;
  if (!capital) return s.last;
  const next = toks[s.last];
  if (next && next.kind === 'word' && !line.forms[s.last].salient && morph.analyze(next.text).pos === 'NOUN') {
    const adj = adjectiveParses(morph, toks[s.last - 1].text)!;
    if (agreesWithNoun(morph, adj, next.text)) return s.last + 1;
  }
  return e;
}

/** Nouns for kinds of bodies ("Полиция", "Правительство", "Фирмы"), any case and number. */
const GENERIC_BODY =
  /^(?:полици|милици|правительств|фирм|компани|министерств|ведомств|парламент|суд|арми|прокуратур|администраци|мэри|руководств|оппозици|войск)[а-яё]*$/i;

function genericNoun(morph: Morph, word: string): boolean {
  if (RU_ORG_NAMES.has(word) || !GENERIC_BODY.test(word)) return false;
  const parses = morph.analyze(word).parses;
  return parses.length > 0 && parses.every((p) => p.tag.POST === 'NOUN' && !p.tag.Orgn && !p.tag.Abbr && !p.tag.Geox);
}

/**
 * The end (token index, exclusive) of "по …" after an organization headed by a body noun, or s.last:
 * nouns, adjectives and participles, "и", and "в"/"на" + a capitalized place; up to eight words,
 * ending on a noun, never across punctuation or a verb.
 */
function remitTail(line: Line, s: Span, morph: Morph): number {
  const toks = line.tokens;
  if (!line.forms[s.first].orgHead || s.last >= toks.length) return s.last;
  // "по" right after the span, or already inside it with the phrase cut short ("… по безопасности и
  // сотрудничеству | в Европе").
  const after = toks[s.last].text.toLowerCase() === 'по';
  let inside = false;
  for (let k = s.first + 1; k < s.last; k++) if (toks[k].text.toLowerCase() === 'по') inside = true;
  if (!after && !inside) return s.last;
  let end = s.last;
  let words = 0;
  for (let k = after ? s.last + 1 : s.last; k < toks.length && words < 8; k++, words++) {
    const t = toks[k];
    if (t.kind !== 'word') break;
    const w = t.text.toLowerCase();
    if (w === 'и') continue;
    if ((w === 'в' || w === 'на') && k + 1 < toks.length && line.forms[k + 1].cap) continue;
    const ps = morph.analyze(t.text).parses;
    if (!ps.length) break;
    if (ps[0].tag.POST === 'NOUN') {
      end = k + 1;
      continue;
    }
    if (ps[0].tag.POST === 'ADJF' || ps[0].tag.POST === 'PRTF') continue;
    break;
  }
  return end;
}
