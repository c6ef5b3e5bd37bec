// Word-form information for the NER tagger: everything that depends only on the form is
// computed once and cached (hashes, shape, az tag classes), so tagging a word costs a map lookup.
import { Token } from '../tokenize';
import { hashString } from './hash';
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
   * Score vectors cached by the model that owns this cache (run time only): one block of labels
   * per feature role, in one array for locality (a block not computed yet starts with NaN).
   */
  vec?: Float32Array;
  vecOwner?: object;
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
    const first = text.charAt(0);
    const cap = first.toLowerCase() !== first;
    const cyr = /[\u0400-\u04FF]/.test(text);
    const lat = !cyr && /[A-Za-z]/.test(text);
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
      for (const c of m.caseTags) cases |= CASE_BITS[c] ?? 0;
      if (m.lemma) lemma = hashString(m.lemma);
    }
    return {
      lower: hashString(lower),
      suf2: hashString(lower.slice(-2)),
      suf3: hashString(lower.slice(-3)),
      suf4: hashString(lower.slice(-4)),
      pre3: hashString(lower.slice(0, 3)),
      shape: hashString(shapeOf(text)),
      stem: hashString(lower.slice(0, 5)),
      classes,
      posCase,
      cases,
      lemma,
      orgHead: ORG_HEAD.test(lower) ? 1 : 0,
      cap,
      salient: cap || lat || /\p{Lu}/u.test(text),
      script: cyr ? 1 : lat ? 2 : 0,
      ender: ENDERS.has(text),
      opener: OPENERS.has(text),
      // Present from the start (not added later by the model): every form then has one hidden
      // class, so the per-token property reads of the tagger stay monomorphic and fast.
      vec: undefined,
      vecOwner: undefined,
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
