// Normal form of a Russian name: nominative case, as a dictionary would list it.
//   PER: every word to the nominative singular, keeping the person's gender ("Ивановой" → "Иванова").
//   ORG/LOC: words up to and including the head noun go to the nominative, agreeing with the head;
//   the dependent words after it stay as written ("Департамента полиции Западно-Казахстанской
//   области" → "Департамент полиции Западно-Казахстанской области").
// All words of a name share one case, so the case is chosen by consensus over the words, which
// resolves most single-word ambiguities ("Саденов" could be a genitive plural on its own).
import { RU_PLACE_KIND } from './tables/ru-place-kinds';
import { Morph, AzParse } from './morph';
import { NerType } from './labels';
import { isFixedPart, normalizePersonParts } from './norm-ru-person';
import { adjectiveNominative, Agreement } from './adjective-form';

interface Word {
  text: string;
  /** Index into the original string of the name. */
  at: number;
}

export function normalizeRu(text: string, type: NerType, morph: Morph): string {
  const words: Word[] = [];
  const re = /[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) words.push({ text: m[0], at: m.index });
  if (words.length === 0) return text;
  const repl = type === 'PER' ? normalizePerson(words, morph) : normalizeHeaded(words, type, morph);
  let out = '';
  let pos = 0;
  words.forEach((w, k) => {
    out += text.slice(pos, w.at) + (repl[k] ?? w.text);
    pos = w.at + w.text.length;
  });
  return out + text.slice(pos);
}

function isCyr(s: string): boolean {
  return /[\u0400-\u04FF]/.test(s);
}

/** Persons: each hyphen part of each word is a part of the name (norm-ru-person.ts). */
function normalizePerson(words: Word[], morph: Morph): Array<string | undefined> {
  const parts: Array<{ text: string; hyphenLead: boolean; word: number }> = [];
  words.forEach((w, k) => {
    const pieces = w.text.split(/[-‐]/);
    pieces.forEach((text, j) => parts.push({ text, hyphenLead: j < pieces.length - 1, word: k }));
  });
  const live = parts.filter((p, k) => !isFixedPart(p.text, k === parts.length - 1));
  const repl = normalizePersonParts(live, morph);
  const byPart = new Map(live.map((p, k) => [p, repl[k]]));
  return words.map((w, k) => {
    const mine = parts.filter((p) => p.word === k);
    if (!mine.some((p) => byPart.get(p) !== undefined)) return undefined;
    // Rebuild the word with its own hyphens between the parts.
    const seps = w.text.match(/[-‐]/g) ?? [];
    return mine.map((p, j) => (byPart.get(p) ?? p.text) + (seps[j] ?? '')).join('');
  });
}

function normalizeHeaded(words: Word[], type: NerType, morph: Morph): Array<string | undefined> {
  const out: Array<string | undefined> = words.map(() => undefined);
  const first = words[0].text;
  // Abbreviations, foreign names and indeclinables head their own name: "МВД Казахстана" stays.
  if (!isCyr(first) || /^[\p{Lu}\d-]{2,}$/u.test(first)) return out;
  // The head: the first noun that no agreeing adjective reading explains better; adjectives before it agree with it.
  let head = -1;
  let headParse: AzParse | undefined;
  for (let k = 0; k < words.length && head < 0; k++) {
    if (!isCyr(words[k].text)) break;
    const ps = morph.analyze(words[k].text).parses;
    const nouns = ps.filter((p) => p.tag.POST === 'NOUN');
    const adjs = ps.filter(isAdjective);
    if (nouns.length === 0) {
      if (adjs.length) continue;
      break;
    }
    // "сборной Бразилии": a lower-case adjective standing for a noun (the national team) heads the
    // name, and the place after it stays in the genitive ("Северной Америки", capitalized, agrees).
    if (k > 0 && type === 'ORG' && /^\p{Lu}/u.test(words[k].text) && nouns.some((p) => p.tag.Geox) && words.slice(0, k).every((w) => /^\p{Ll}/u.test(w.text))) {
      for (let j = 0; j < k; j++) {
        const p = morph.analyze(words[j].text).parses.find((q) => q.tag.POST === 'ADJF');
        if (p) out[j] = restore(words[j].text, adjectiveNominative(p, words[j].text, agreementOf(p)) ?? words[j].text, p);
      }
      return out;
    }
    // An adjective reading that agrees with the next word makes this word a modifier ("Невском
    // проспекте": not the surname "Невский"; "Самарской области").
    if (adjs.length && k + 1 < words.length && agreesWithNext(morph, adjs, words[k + 1].text)) continue;
    head = k;
    headParse = pickHead(nouns, type, k > 0 ? morph.analyze(words[k - 1].text).parses.filter(isAdjective) : []);
  }
  if (head < 0 || !headParse) return out;
  // An indeclinable head ("шоссе") takes its case from the adjectives before it.
  const fixed = !!headParse.tag.Fixd;
  if (!fixed && headParse.tag.CAse === 'nomn') return out;
  const num = headParse.tag.plur ? 'plur' : 'sing';
  if (!fixed) {
    const r = headParse.inflect(['nomn', num]) || headParse.inflect(['nomn']);
    if (!r) return out;
    out[head] = restore(words[head].text, r.word, headParse);
  }
  const agreement: Agreement = num === 'plur' ? 'plur' : headParse.tag.femn ? 'femn' : headParse.tag.neut ? 'neut' : 'masc';
  for (let k = 0; k < head; k++) {
    const p = morph.analyze(words[k].text).parses.find((q) => isAdjective(q) && (fixed ? agreementOf(q) === agreement : q.tag.CAse === headParse!.tag.CAse));
    if (!p || p.tag.CAse === 'nomn') continue;
    const a = adjectiveNominative(p, words[k].text, agreement);
    if (a) out[k] = restore(words[k].text, a, p);
  }
  return out;
}

function isAdjective(p: AzParse): boolean {
  return p.tag.POST === 'ADJF' || p.tag.POST === 'PRTF';
}

function agreementOf(p: AzParse): Agreement {
  return p.tag.plur ? 'plur' : p.tag.femn ? 'femn' : p.tag.neut ? 'neut' : 'masc';
}

/** Some adjective reading shares case, number and (in the singular) gender with a reading of the next word. */
function agreesWithNext(morph: Morph, adjs: AzParse[], next: string): boolean {
  const ps = morph.analyze(next).parses.filter((q) => q.tag.POST === 'NOUN' || isAdjective(q));
  return adjs.some((a) => ps.some((q) => (q.tag.Fixd || q.tag.CAse === a.tag.CAse) && agreementOf(q) === agreementOf(a)));
}

function pickHead(allNouns: AzParse[], type: NerType, adjs: AzParse[]): AzParse {
  // The readings the adjective before agrees with, in case and number: "Российские железные дороги"
  // is a nominative plural, not the genitive singular az ranks first; "море" after "Чёрном" is prepositional.
  const agreeing = allNouns.filter((n) => adjs.some((a) => a.tag.CAse === n.tag.CAse && !!a.tag.plur === !!n.tag.plur));
  const nouns = agreeing.length ? agreeing : allNouns;
  // A kind of place heads its name in the reading that is that kind: "Чёрном море" is the sea
  // ("море"), not the plague ("мор") az ranks first.
  if (type === 'LOC') {
    const kind = nouns.find((p) => RU_PLACE_KIND.test(p.normalize().word));
    if (kind) return kind;
  }
  // Places are Geox; organizations are inanimate ("Главком" → "Главк", not the animate "главком").
  const pref = nouns.filter((p) => (type === 'LOC' ? p.tag.Geox : !p.tag.anim));
  return (pref.length ? pref : nouns)[0];
}

/** Re-applies the original spelling: letter case per hyphen part, and a prefix az dropped. */
function restore(original: string, lemma: string, p: AzParse): string {
  let word = lemma;
  const oParts = original.split(/(?=[-‐])/);
  if (p.parser === 'HyphenWords' || (oParts.length > 1 && !/[-‐]/.test(word))) {
    // az analyzed only the last part of "Западно-Казахстанской": keep the rest as written.
    const lastO = oParts[oParts.length - 1].replace(/^[-‐]/, '');
    if (!/[-‐]/.test(word)) word = original.slice(0, original.length - lastO.length) + word;
  }
  const src = original.split(/([-‐])/);
  const dst = word.split(/([-‐])/);
  if (src.length !== dst.length) return matchCase(original, word);
  return dst.map((part, k) => matchCase(src[k], part)).join('');
}

function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const f = model.charAt(0);
  if (f !== f.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
