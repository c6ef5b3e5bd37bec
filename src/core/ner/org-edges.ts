// Three slips of the tagger with Russian organizations, fixed after it:
//   * "власти Германии", "властей Мальты": the authorities are not a named body; the place stays a
//     place (factRuEval's reading), so the span shrinks to it and becomes a LOC;
//   * a capitalized common noun alone at a sentence start ("Полиция оповестила…", "Правительство
//     уволило…"): a generic body, not a name. Only nouns for kinds of bodies are dropped ("Кремль
//     заявил" stays an organization). Nor is such a noun, capitalized only by its place, with lower-case
//     words after it ("Акции банка выросли", "Сотрудники полиции"): nothing in it is written as a name,
//     unless the noun heads organizations ("Министерство обороны", "Партия регионов");
//   * a post held in the body on the left ("представителя Минспорта") is the person's, not the name's,
//     while the body's own head noun left out on the left comes back ("министерства | иностранных дел
//     Японии": no name starts with a lower-case adjective right after its head noun);
//   * a body's remit after "по" ends its name ("Совета при Президенте РФ по развитию информационного
//     общества", "Организации по безопасности и сотрудничеству в Европе"): the tagger, which stops at
//     the lower-case words, is followed to the last noun of the phrase;
//   * a body "при" another body is one name ("Комиссии по правам человека при Президенте РФ", "Совета при
//     Минюсте"): the tagger often ends the first at "при" and calls the second an organization of its own.
import { Span } from './spans';
import { Line, sentenceStart } from './forms';
import { Morph, MorphClass } from './morph';
import { RU_ORG_NAMES } from './tables/ru-organizations';
import { RU_POST } from './tables/ru-posts';

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
    if (headLeftOut(line, s, spans, morph)) first--;
    while (s.last - first > 1 && RU_POST.test(toks[first].text)) first++;
    if (first !== s.first) s = { ...s, first, start: toks[first].start };
    const n = s.last - s.first;
    if (n >= 2 && n <= 3 && AUTHORITIES.test(toks[s.first].text) && line.forms[s.first + 1].cap) {
      out.push({ start: toks[s.first + 1].start, end: s.end, type: 'LOC', first: s.first + 1, last: s.last });
      continue;
    }
    if (n === 1 && sentenceStart(line, s.first) && genericNoun(morph, toks[s.first].text)) continue;
    if (n >= 2 && sentenceStart(line, s.first) && commonNounBeforeLowerCase(line, s, morph)) continue;
    const tail = remitTail(line, s, morph);
    out.push(tail > s.last ? { ...s, end: toks[tail - 1].end, last: tail } : s);
  }
  return joinAttachedBodies(line, out, morph);
}

/**
 * The organization head noun right before a span that starts with a lower-case word ("представитель
 * министерства | иностранных дел Японии"): a name does not start with "иностранных", the tagger left
 * its noun out.
 */
function headLeftOut(line: Line, s: Span, spans: readonly Span[], morph: Morph): boolean {
  const h = s.first - 1;
  if (h < 0 || !line.forms[h].orgHead || !/^\p{Ll}/u.test(line.tokens[s.first].text)) return false;
  // The stems also begin verbs ("дум" in "думал"); a head in another span is that span's.
  return morph.analyze(line.tokens[h].text.toLowerCase()).pos === 'NOUN' && !spans.some((o) => o.first <= h && h < o.last);
}

/**
 * An organization, "при", and an organization right after it become one span ("Совета | при | Президенте
 * РФ"), whose remit after "по" may then follow ("… при Президенте РФ по развитию …"). A place inside stays
 * a nested mention (the recognizer's nestedPlaces).
 */
function joinAttachedBodies(line: Line, spans: Span[], morph: Morph): Span[] {
  const toks = line.tokens;
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    let s = spans[i];
    while (s.type === 'ORG' && i + 1 < spans.length) {
      const b = spans[i + 1];
      if (b.type !== 'ORG' || b.first !== s.last + 1 || toks[s.last].text.toLowerCase() !== 'при') break;
      s = { ...s, end: b.end, last: b.last };
      const tail = remitTail(line, s, morph);
      if (tail > s.last) s = { ...s, end: toks[tail - 1].end, last: tail };
      i++;
    }
    out.push(s);
  }
  return out;
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
 * A span whose first word is capitalized only by the sentence start, a plain common noun (every parse a
 * noun, none a name, place, organization or abbreviation; no organization head), and whose other words
 * are lower-case Cyrillic: "Акции банка", "Сотрудники полиции".
 */
function commonNounBeforeLowerCase(line: Line, s: Span, morph: Morph): boolean {
  const toks = line.tokens;
  const first = toks[s.first].text;
  if (line.forms[s.first].orgHead || RU_ORG_NAMES.has(first) || !/^\p{Lu}[а-яё]+$/u.test(first)) return false;
  for (let k = s.first + 1; k < s.last; k++) if (!/^[а-яё-]+$/.test(toks[k].text)) return false;
  const parses = morph.analyze(first).parses;
  return parses.length > 0 && parses.every((p) => p.tag.POST === 'NOUN' && !p.tag.Orgn && !p.tag.Abbr && !p.tag.Geox && !p.tag.Name && !p.tag.Surn);
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
