// Three slips of the tagger with Russian organizations, fixed after it:
//   * "власти Германии", "властей Мальты": the authorities are not a named body; the place stays a
//     place (factRuEval's reading), so the span shrinks to it and becomes a LOC;
//   * a capitalized common noun alone at a sentence start ("Полиция оповестила…", "Правительство
//     уволило…"): a generic body, not a name. Only nouns for kinds of bodies are dropped ("Кремль
//     заявил" stays an organization);
//   * a post held in the body on the left ("представителя Минспорта") is the person's, not the name's;
//   * a person in another case than the genitive right after the body ("депутатом городского совета
//     Светланой Родионовой") is a person of their own, not a part of the name;
//   * a name cut before its head noun ("Московский | государственный университет") takes it;
//   * a body's remit after "по" ends its name ("Совета при Президенте РФ по развитию информационного
//     общества", "Организации по безопасности и сотрудничеству в Европе"): the tagger, which stops at
//     the lower-case words, is followed to the last noun of the phrase.
import { Span } from './spans';
import { Line, quotedOf, sentenceStart } from './forms';
import { Morph, MorphClass } from './morph';
import { RU_ORG_NAMES } from './tables/ru-organizations';
import { adjectiveParses } from './adjective';

/**
 * Lower-case nouns for a person's post in a body ("представителя Минспорта", "пресс-секретаря Фонда"):
 * the person, not a part of the body's name, so the name starts after them.
 */
const ROLE =
  /^(?:представител|пресс-секретар|руководител|председател|зампред|директор|гендиректор|сотрудник|член|депутат|министр|замминистр|заместител|советник|спикер|начальник|посл|генсек|секретар|президент|вице-президент|глав)(?:ь|я|ю|ем|е|и|ей|ям|ями|ях|а|у|ом|ов|ы|ой|ам|ами|ах)?$/;

const AUTHORITIES = /^власт(?:и|ей|ям|ями|ях)$/i;

export function fixOrgEdges(line: Line, spans: Span[], morph: Morph): Span[] {
  const out: Span[] = [];
  const toks = line.tokens;
  for (let s of spans) {
    if (s.type !== 'ORG') {
      out.push(s);
      continue;
    }
    let first = s.first;
    while (s.last - first > 1 && ROLE.test(toks[first].text)) first++;
    if (first > s.first) s = { ...s, first, start: toks[first].start };
    const n = s.last - s.first;
    if (n >= 2 && n <= 3 && AUTHORITIES.test(toks[s.first].text) && line.forms[s.first + 1].cap) {
      out.push({ start: toks[s.first + 1].start, end: s.end, type: 'LOC', first: s.first + 1, last: s.last });
      continue;
    }
    if (n === 1 && sentenceStart(line, s.first) && genericNoun(morph, toks[s.first].text)) continue;
    const cut = placeAfterName(line, s);
    if (cut > 0) {
      out.push({ ...s, end: toks[cut - 1].end, last: cut });
      out.push({ start: toks[cut + 1].start, end: s.end, type: 'LOC', first: cut + 1, last: s.last });
      continue;
    }
    const person = trailingPerson(line, s);
    if (person > 0) {
      out.push({ ...s, end: toks[person - 1].end, last: person });
      out.push({ start: toks[person].start, end: s.end, type: 'PER', first: person, last: s.last });
      continue;
    }
    const head = headAfter(line, s, morph);
    if (head > s.last) s = { ...s, end: toks[head - 1].end, last: head };
    const tail = remitTail(line, s, morph);
    if (tail > s.last) {
      out.push({ ...s, end: toks[tail - 1].end, last: tail });
      continue;
    }
    // A Russian name never ends on a lower-case adjective, which comes before its noun: "ФИДЕ | сильной".
    let last = s.last;
    while (last - s.first > 1 && /^\p{Ll}/u.test(toks[last - 1].text) && adjectiveParses(morph, toks[last - 1].text)) last--;
    out.push(last < s.last ? { ...s, end: toks[last - 1].end, last } : s);
  }
  return out;
}

/**
 * The end of a name cut before its head noun ("Московский | государственный педагогический
 * университет"): after a span ending on an adjective, lower-case adjectives (up to four) and then a head
 * noun of organizations; s.last when there is none.
 */
function headAfter(line: Line, s: Span, morph: Morph): number {
  const toks = line.tokens;
  if (!adjectiveParses(morph, toks[s.last - 1].text)) return s.last;
  for (let k = s.last; k < toks.length && k <= s.last + 4; k++) {
    if (toks[k].kind !== 'word' || !/^\p{Ll}/u.test(toks[k].text)) return s.last;
    if (line.forms[k].orgHead) return k + 1;
    if (!adjectiveParses(morph, toks[k].text)) return s.last;
  }
  return s.last;
}

/**
 * Where "в" or "для" + a place ends a name that has no head noun ("НАТО | в Афганистане", "Европейского
 * Союза | для Сербии"; "штаба ВМС в Южно-Китайском море" has one and stays whole), or -1: the place is
 * one word az knows as a place, the last of the span.
 */
function placeAfterName(line: Line, s: Span): number {
  const toks = line.tokens;
  const k = s.last - 2;
  if (k <= s.first || !(toks[k].text === 'в' || toks[k].text === 'для')) return -1;
  const place = line.forms[s.last - 1];
  if (!(place.classes & MorphClass.Geox) || place.classes & (MorphClass.Name | MorphClass.Surn)) return -1;
  for (let j = s.first; j < k; j++) if (line.forms[j].orgHead || toks[j].text.toLowerCase() === 'по') return -1;
  return k;
}

/** The genitive bit of FormInfo.cases (forms.ts). */
const GENITIVE = 2;

/**
 * Where a person the tagger ran the organization on into starts ("депутатом городского совета |
 * Светланой Родионовой"), or -1: a first name az knows, after the body's first word, and capitalized
 * words to the end. A body named after a person has the name in the genitive ("Фонд Владимира
 * Потанина"), so a first name that cannot be genitive starts a person of its own.
 */
function trailingPerson(line: Line, s: Span): number {
  const quoted = quotedOf(line);
  for (let k = s.first + 1; k < s.last; k++) {
    const f = line.forms[k];
    if (!(f.classes & MorphClass.Name) || !(f.classes & MorphClass.Known) || !f.cases || f.cases & GENITIVE || quoted[k]) continue;
    for (let j = k; j < s.last; j++) if (!line.forms[j].cap) return -1;
    return k;
  }
  return -1;
}

/** Nouns for kinds of bodies ("Полиция", "Правительство", "Фирмы"), any case and number. */
const GENERIC_BODY =
  /^(?:полици|милици|правительств|фирм|компани|министерств|ведомств|парламент|суд|арми|прокуратур|администраци|мэри|руководств|оппозици|войск)[а-яё]*$/i;

function genericNoun(morph: Morph, word: string): boolean {
  if (RU_ORG_NAMES.has(word) || !GENERIC_BODY.test(word)) return false;
  const parses = morph.analyze(word).parses;
  return parses.length > 0 && parses.every((p) => p.tag.POST === 'NOUN' && !p.tag.Orgn && !p.tag.Abbr && !p.tag.Geox);
}

/** "в сфере …", "в области …": a field that continues a remit (lower case: "в Области" would be a place). */
const REMIT_FIELD = /^(?:сфер[еы]|област[иь])$/;

/**
 * What in a span names a body whose remit may follow: a head noun of organizations anywhere in it
 * ("государственной Комиссии", "Федеральной службы"), else an abbreviation ("МЧС", "ГУ МВД").
 */
function bodyOf(line: Line, s: Span): 'head' | 'abbreviation' | undefined {
  let abbreviation = false;
  for (let k = s.first; k < s.last; k++) {
    const f = line.forms[k];
    if (f.orgHead) return 'head';
    if (f.classes & (MorphClass.Abbr | MorphClass.Orgn)) abbreviation = true;
  }
  return abbreviation ? 'abbreviation' : undefined;
}

/**
 * The end (token index, exclusive) of "по …" after an organization headed by a body noun, or s.last:
 * nouns, adjectives and participles, "и", and "в"/"на" + a capitalized place; up to eight words,
 * ending on a noun, never across punctuation or a verb.
 */
function remitTail(line: Line, s: Span, morph: Morph): number {
  const toks = line.tokens;
  const body = s.last < toks.length ? bodyOf(line, s) : undefined;
  if (!body) return s.last;
  // "по" right after the span, or already inside it with the phrase cut short ("… по безопасности и
  // сотрудничеству | в Европе").
  const after = toks[s.last].text.toLowerCase() === 'по';
  let po = after ? s.last : -1;
  for (let k = s.first + 1; k < s.last; k++) if (toks[k].text.toLowerCase() === 'по') po = k;
  if (po < 0) return s.last;
  // After an abbreviation alone only a region ("МЧС по Санкт-Петербургу"): in "директор НАСА по
  // космическим полётам" the remit is the director's, not the agency's.
  if (body === 'abbreviation' && !line.forms[po + 1]?.cap) return s.last;
  let end = s.last;
  let words = 0;
  for (let k = after ? s.last + 1 : s.last; k < toks.length && words < 8; k++, words++) {
    const t = toks[k];
    if (t.kind !== 'word') break;
    const w = t.text.toLowerCase();
    if (w === 'и') continue;
    if ((w === 'в' || w === 'на') && k + 1 < toks.length && line.forms[k + 1].cap) continue;
    // "по надзору в сфере образования", "по сотрудничеству в области энергетики": the remit goes on.
    if (w === 'в' && k + 1 < toks.length && REMIT_FIELD.test(toks[k + 1].text)) continue;
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
