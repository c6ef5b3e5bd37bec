// Word-form information for the NER tagger: everything that depends only on the form is
// computed once and cached (hashes, shape, az tag classes), so tagging a word costs a map lookup.
import { Token } from '../tokenize';
import { hashRange, hashString } from './hash';
import { Morph, MorphClass } from './morph';
import { RU_ORG_HEAD_STEMS } from './tables/ru-org-heads';

export interface FormInfo {
  lower: number;
  suf2: number;
  suf3: number;
  suf4: number;
  pre3: number;
  shape: number;
  /** Crude stem for document memory: the first five letters ("России"/"Россия" → "росси"). */
  stem: number;
  /** az tag-class bits (0 for words az was not asked about). */
  classes: number;
  posCase: number;
  /** Dictionary form of the best parse (capitalized Cyrillic words), so "России" and "Россией" share evidence. */
  lemma: number;
  /** Possible grammatical cases (bits) among the top parses: words of one name agree in case. */
  cases: number;
  /** 1 when the word is an organization head noun ("министерство", "компании"; tables/ru-org-heads). */
  orgHead: number;
  cap: boolean;
  /** Could be (part of) a name: has a capital letter or Latin letters. Names start near such words. */
  salient: boolean;
  /** 1 Cyrillic, 2 Latin, 0 neither. */
  script: number;
  /** Sentence-final punctuation: the next word's capital letter says little. */
  ender: boolean;
  /** Opening quote or dash: a sentence may start after it. */
  opener: boolean;
  /**
   * Score vectors cached by the model that owns this cache (run time only): per feature role a
   * "computed" flag and a block of labels, in one array for locality (Perceptron.vectors).
   */
  vec?: Float32Array;
  vecOwner?: object;
  /**
   * Which roles of `vec` are summed: bit r for role r < 30, and bit r − 30 of vecDoneHi above (two
   * small integers: V8 keeps each in the form object itself, no heap number). Kept on the form, which
   * the tagger has just read, rather than as a flag in the vector block: testing a flag there missed
   * the CPU cache once for every new form and role of a first pass.
   */
  vecDone: number;
  vecDoneHi: number;
  /** The word as repeated-names.ts compares names (nameKey there), filled in on its first use. */
  nameKey?: string;
}

/** A line of non-space tokens: entities never cross a line break. */
export interface Line {
  tokens: Token[];
  forms: FormInfo[];
  /** Per token: inside «…» or "…" (names of papers, parties, companies often are). */
  quoted?: Uint8Array;
}

const OPEN_QUOTES = new Set(['«', '„', '“']);
const CLOSE_QUOTES = new Set(['»', '”']);

/** Marks tokens inside quotes; straight quotes toggle. Computed once per line. */
export function quotedOf(line: Line): Uint8Array {
  if (line.quoted) return line.quoted;
  const q = new Uint8Array(line.tokens.length);
  let depth = 0;
  let straight = false;
  const toks = line.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'punct') {
      if (OPEN_QUOTES.has(t.text)) depth++;
      else if (CLOSE_QUOTES.has(t.text)) depth = Math.max(0, depth - 1);
      else if (t.text === '"') straight = !straight;
    }
    q[i] = depth > 0 || straight ? 1 : 0;
  }
  return (line.quoted = q);
}

// Longest stems first, so the alternation tries "авиакомпани" before "компани".
const ORG_HEAD = new RegExp(`^(?:${[...RU_ORG_HEAD_STEMS].sort((a, b) => b.length - a.length).join('|')})[а-яё]{0,3}$`);
/** The first code units of the stems: a form starting with none of them cannot match ORG_HEAD (most forms). */
const ORG_HEAD_FIRST: ReadonlySet<number> = new Set(RU_ORG_HEAD_STEMS.map((s) => s.charCodeAt(0)));
const ENDERS = new Set(['.', '!', '?', '…', ':', ';']);
const OPENERS = new Set(['«', '"', '„', '“', '(', '—', '–', '-', "'"]);
const CASE_BITS: Record<string, number> = { nomn: 1, gent: 2, datv: 4, accs: 8, ablt: 16, loct: 32, voct: 64, gen2: 2, loc2: 32, acc2: 8 };

/** Word shape with runs collapsed: "Колокольцев" → "Xx", "МВД" → "X", "COVID-19" → "X-d". */
export function shapeOf(text: string): string {
  let out = '';
  let last = '';
  for (const ch of text) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/**
 * hashString(shapeOf(text)) without building the shape string or a string per character (a new form
 * made ~10 short-lived strings here). Each shape character is kept as a number: its code unit, or for
 * a character outside the BMP left as it is, its code point (two code units of the shape), so two
 * shape characters are equal exactly when these numbers are. Letters of basic Latin and Russian are
 * classified by range; any other character by the same case tests as shapeOf.
 */
export function shapeHash(text: string): number {
  let h = 0x811c9dc5;
  let units = 0;
  let last = -1;
  for (let i = 0; i < text.length && units < 6;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let c: number;
    if (cp >= 0x30 && cp <= 0x39)
      c = 0x64; // 'd'
    else if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x400 && cp <= 0x42f))
      c = 0x58; // 'X'
    else if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x430 && cp <= 0x45f))
      c = 0x78; // 'x'
    else if (cp < 0x80) c = cp;
    else {
      const ch = String.fromCodePoint(cp);
      c = ch.toLowerCase() !== ch ? 0x58 : ch.toUpperCase() !== ch ? 0x78 : cp;
    }
    i += width;
    if (c === last) continue;
    last = c;
    if (c > 0xffff) {
      // Two code units; shapeOf's slice(0, 6) may keep only the first.
      h = Math.imul(h ^ (0xd800 + ((c - 0x10000) >> 10)), 0x01000193);
      if (++units < 6) {
        h = Math.imul(h ^ (0xdc00 + ((c - 0x10000) & 0x3ff)), 0x01000193);
        units++;
      }
    } else {
      h = Math.imul(h ^ c, 0x01000193);
      units++;
    }
  }
  return h >>> 0;
}

export const PAD: FormInfo = {
  lower: hashString('<pad>'),
  suf2: 0,
  suf3: 0,
  suf4: 0,
  pre3: 0,
  shape: hashString('<pad>'),
  stem: 0,
  classes: 0,
  posCase: 0,
  cases: 0,
  lemma: 0,
  orgHead: 0,
  cap: false,
  salient: false,
  script: 0,
  ender: true,
  opener: false,
  vec: undefined,
  vecOwner: undefined,
  vecDone: 0,
  vecDoneHi: 0,
  nameKey: undefined,
};

export class FormCache {
  private cache = new Map<string, FormInfo>();
  /** `annotate` fills in what a language knows about a form without az (English word classes). */
  constructor(
    private morph: Morph | undefined,
    private annotate?: (text: string, f: FormInfo) => void,
  ) {}

  get(text: string): FormInfo {
    let f = this.cache.get(text);
    if (f) return f;
    f = this.compute(text);
    this.annotate?.(text, f);
    // Bounded so a long editor session cannot grow memory without end (a form with its cached
    // score vectors is ~1.5 KB; 50k forms cover a large corpus; clearing only costs recomputation).
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(text, f);
    return f;
  }

  private compute(text: string): FormInfo {
    const lower = text.toLowerCase();
    const n = lower.length;
    const first = text.charAt(0);
    const cap = first.toLowerCase() !== first;
    // One scan for the script: any Cyrillic code unit makes the word Cyrillic, else any basic Latin letter Latin.
    let cyr = false;
    let lat = false;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x400 && c <= 0x4ff) {
        cyr = true;
        break;
      }
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) lat = true;
    }
    if (cyr) lat = false;
    let classes = 0;
    let posCase = 0;
    let cases = 0;
    let lemma = 0;
    // Only capitalized Cyrillic words go to az: they are the name candidates and the expensive part.
    if (cap && cyr && this.morph) {
      // Datelines shout ("АСТАНА, 22 июл"): az knows "Астана", not "АСТАНА" (which it reads as an abbreviation).
      const shout = text.length > 3 && text === text.toUpperCase() && /^[\p{L}-]+$/u.test(text);
      let m = this.morph.analyze(text);
      if (shout) {
        const titled = this.morph.analyze(text.charAt(0) + text.slice(1).toLowerCase());
        if (titled.classes & MorphClass.Geox && titled.classes & MorphClass.Known) m = titled;
      }
      classes = m.classes;
      posCase = hashString(m.pos + '|' + m.kase);
      const tags = m.caseTags;
      for (let k = 0; k < tags.length; k++) cases |= CASE_BITS[tags[k]] ?? 0;
      if (m.lemma) lemma = hashString(m.lemma);
    }
    // The hashes of the affixes are those of lower.slice(-2), .slice(-3), .slice(-4), .slice(0, 3), .slice(0, 5).
    return {
      lower: hashString(lower),
      suf2: hashRange(lower, Math.max(0, n - 2), n),
      suf3: hashRange(lower, Math.max(0, n - 3), n),
      suf4: hashRange(lower, Math.max(0, n - 4), n),
      pre3: hashRange(lower, 0, Math.min(3, n)),
      shape: shapeHash(text),
      stem: hashRange(lower, 0, Math.min(5, n)),
      classes,
      posCase,
      cases,
      lemma,
      orgHead: ORG_HEAD_FIRST.has(lower.charCodeAt(0)) && ORG_HEAD.test(lower) ? 1 : 0,
      cap,
      salient: cap || lat || /\p{Lu}/u.test(text),
      script: cyr ? 1 : lat ? 2 : 0,
      ender: ENDERS.has(text),
      opener: OPENERS.has(text),
      // Present from the start (not added later by the model): every form then has one hidden
      // class, so the per-token property reads of the tagger stay monomorphic and fast.
      vec: undefined,
      vecOwner: undefined,
      vecDone: 0,
      vecDoneHi: 0,
      nameKey: undefined,
    };
  }
}

/** Splits tokens into lines of non-space tokens. */
export function toLines(tokens: Token[], forms: FormCache): Line[] {
  const lines: Line[] = [];
  let cur: Line = { tokens: [], forms: [] };
  for (const t of tokens) {
    if (t.kind === 'space') continue;
    if (t.kind === 'newline') {
      if (cur.tokens.length) lines.push(cur);
      cur = { tokens: [], forms: [] };
      continue;
    }
    cur.tokens.push(t);
    cur.forms.push(forms.get(t.text));
  }
  if (cur.tokens.length) lines.push(cur);
  return lines;
}

/** True when position i begins a sentence, so its capital letter is not evidence of a name. */
export function sentenceStart(line: Line, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && line.forms[j].opener) j--;
  return j < 0 || line.forms[j].ender;
}
