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

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

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

function personParses(morph: Morph, word: string): AzParse[] {
  if (!isCyr(word)) return [];
  return morph.analyze(word).parses.filter((p) => p.tag.sing && (p.tag.Name || p.tag.Surn || p.tag.Patr));
}

function normalizePerson(words: Word[], morph: Morph): Array<string | undefined> {
  const options = words.map((w) => personParses(morph, w.text));
  const kase = consensusCase(options);
  return words.map((w, k) => {
    const p = options[k].find((o) => o.tag.CAse === kase);
    if (!p || kase === 'nomn') return undefined;
    const g = p.tag.femn ? 'femn' : 'masc';
    const r = p.inflect(['nomn', 'sing', g]) || p.inflect(['nomn']);
    return r ? restore(w.text, r.word, p) : undefined;
  });
}

function normalizeHeaded(words: Word[], type: NerType, morph: Morph): Array<string | undefined> {
  const out: Array<string | undefined> = words.map(() => undefined);
  const first = words[0].text;
  // Abbreviations, foreign names and indeclinables head their own name: "МВД Казахстана" stays.
  if (!isCyr(first) || /^[\p{Lu}\d-]{2,}$/u.test(first)) return out;
  // The head: the first word with a noun reading; adjectives before it agree with it.
  let head = -1;
  let headParse: AzParse | undefined;
  for (let k = 0; k < words.length && head < 0; k++) {
    if (!isCyr(words[k].text)) break;
    const ps = morph.analyze(words[k].text).parses;
    const nouns = ps.filter((p) => p.tag.POST === 'NOUN' && !p.tag.Fixd);
    if (nouns.length === 0) {
      if (ps.some((p) => p.tag.POST === 'ADJF' || p.tag.POST === 'PRTF')) continue;
      break;
    }
    // "сборной Бразилии": a lower-case adjective standing for a noun (the national team) heads the
    // name, and the place after it stays in the genitive ("Северной Америки", capitalized, agrees).
    if (k > 0 && type === 'ORG' && /^\p{Lu}/u.test(words[k].text) && nouns.some((p) => p.tag.Geox)
      && words.slice(0, k).every((w) => /^\p{Ll}/u.test(w.text))) {
      for (let j = 0; j < k; j++) {
        const p = morph.analyze(words[j].text).parses.find((q) => q.tag.POST === 'ADJF');
        const g = p?.tag.femn ? 'femn' : p?.tag.neut ? 'neut' : 'masc';
        const a = p?.inflect(p.tag.plur ? ['nomn', 'plur'] : ['nomn', 'sing', g]);
        if (p && a) out[j] = restore(words[j].text, a.word, p);
      }
      return out;
    }
    // Adjective readings first when the word could be both and a later word is a noun ("Самарской области").
    const adj = ps.find((p) => p.tag.POST === 'ADJF');
    if (adj && adj.score >= nouns[0].score && k + 1 < words.length) continue;
    head = k;
    const adjCases = k > 0 ? new Set(morph.analyze(words[k - 1].text).parses.filter((p) => p.tag.POST === 'ADJF').map((p) => String(p.tag.CAse))) : undefined;
    headParse = pickHead(nouns, type, adjCases?.size ? adjCases : undefined);
  }
  if (head < 0 || !headParse || headParse.tag.CAse === 'nomn') return out;
  const kase = headParse.tag.CAse;
  const num = headParse.tag.plur ? 'plur' : 'sing';
  const r = headParse.inflect(['nomn', num]) || headParse.inflect(['nomn']);
  if (!r) return out;
  out[head] = restore(words[head].text, r.word, headParse);
  const gender = headParse.tag.femn ? 'femn' : headParse.tag.neut ? 'neut' : 'masc';
  for (let k = 0; k < head; k++) {
    const ps = morph.analyze(words[k].text).parses.filter((p) => (p.tag.POST === 'ADJF' || p.tag.POST === 'PRTF') && p.tag.CAse === kase);
    const p = ps[0];
    if (!p) continue;
    const want = num === 'plur' ? ['nomn', 'plur'] : ['nomn', 'sing', gender];
    const a = p.inflect(want);
    if (a) out[k] = restore(words[k].text, a.word, p);
  }
  return out;
}

function pickHead(nouns: AzParse[], type: NerType, adjCases?: ReadonlySet<string>): AzParse {
  // A kind of place heads its name in the reading that is that kind: "Чёрном море" is the sea
  // ("море"), not the plague ("мор") az ranks first.
  if (type === 'LOC') {
    const kinds = nouns.filter((p) => RU_PLACE_KIND.test(p.normalize().word));
    // the case the adjectives before it are in: "море" is nominative and prepositional alike
    const kind = kinds.find((p) => !adjCases || adjCases.has(String(p.tag.CAse))) ?? kinds[0];
    if (kind) return kind;
  }
  // Places are Geox; organizations are inanimate ("Главком" → "Главк", not the animate "главком").
  const pref = nouns.filter((p) => (type === 'LOC' ? p.tag.Geox : !p.tag.anim));
  return (pref.length ? pref : nouns)[0];
}

/** The case most words of the name can be read in; nominative wins ties. */
function consensusCase(options: AzParse[][]): string {
  let best = 'nomn';
  let bestCount = -1;
  for (const c of CASES) {
    let n = 0;
    for (const ps of options) if (ps.some((p) => p.tag.CAse === c)) n++;
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
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
