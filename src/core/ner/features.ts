// Feature templates of the NER tagger, shared by training (scripts/train-ner.ts) and run time so
// the two cannot drift apart. Features come in three groups:
//   * form features, which depend on one word form in one role (the word itself, its left or right
//     neighbour): at run time their score vectors are cached per form, the main speed-up;
//   * context features, which pair neighbours or look at the document (is this word also written
//     in lower case elsewhere? was it tagged as a name earlier in the document?);
//   * history features, which look at the labels already predicted to the left.
import * as hash from './hash';
import * as forms from './forms';
import { FormInfo, Line } from './forms';
import * as labels from './labels';
import { U32Map, U32Set } from './u32-table';

// Module-local aliases: under CommonJS interop every use of an imported binding is a property
// read, which shows up in profiles of these per-token functions.
const featureIndex = hash.featureIndex;
const sentenceStart = forms.sentenceStart;
const quotedOf = forms.quotedOf;
const PAD = forms.PAD;
const labelType = labels.labelType;
const O = labels.O;
const N_LABELS = labels.N_LABELS;

export { Line, FormInfo } from './forms';

export const ROLE_OWN = 0;
export const ROLE_LEFT = 1;
export const ROLE_RIGHT = 2;
export const ROLE_LEFT2 = 3;
export const ROLE_RIGHT2 = 4;
export const N_ROLES = 5;
/**
 * Own form × sentence-start flag (2 roles), own form × previous label (N_LABELS roles), next form ×
 * previous label × whether the own word ends a sentence (2 × N_LABELS roles).
 */
// N_LABELS is the most labels any model has (9, with MISC): roles are laid out for that many, and a
// feature's hash takes the label, never the role number, so a 7-label model's features are unchanged.
export const ROLE_START = 5;
export const ROLE_PREV = 7;
export const ROLE_PREV_NEXT = ROLE_PREV + N_LABELS;
export const N_KEYED_ROLES = ROLE_PREV_NEXT + 2 * N_LABELS;

/** The role of the next form after label `prev` at a word that does or does not end a sentence. */
export function prevNextRole(prev: number, ender: boolean): number {
  return ROLE_PREV_NEXT + (ender ? N_LABELS : 0) + prev;
}

// Template ids are part of the model format: changing them means retraining.
export const T = {
  bias: 0,
  lower: 1,
  suf2: 2,
  suf3: 3,
  suf4: 4,
  pre3: 5,
  shape: 6,
  classes: 7,
  posCase: 8,
  classesShape: 9,
  scriptShape: 10,
  cases: 11,
  classBit: 12,
  classBitShape: 13,
  lemma: 14,
  lowerM1: 20,
  shapeM1: 21,
  classesM1: 22,
  suf3M1: 23,
  posCaseM1: 24,
  classBitM1: 25,
  lemmaM1: 26,
  lowerP1: 30,
  shapeP1: 31,
  classesP1: 32,
  suf3P1: 33,
  posCaseP1: 34,
  classBitP1: 35,
  lemmaP1: 36,
  lowerM2: 40,
  shapeM2: 41,
  lowerP2: 45,
  shapeP2: 46,
  shapeM1S: 50,
  shapeSP1: 51,
  startShape: 52,
  startClasses: 53,
  lowerSuf3M1: 54,
  startLower: 55,
  classesM1C: 56,
  classesCP1: 57,
  agreeM1: 58,
  agreeP1: 59,
  seenLower: 60,
  seenCapMid: 61,
  memory: 62,
  memoryShape: 63,
  lowerSuf3P1: 64,
  classBitStart: 65,
  quotedShape: 66,
  quotedLowerM1: 67,
  prevLabel: 80,
  prevLabelShape: 81,
  prevLabelLower: 82,
  prev2Label: 83,
  prevLabelClasses: 84,
  prevLabelSuf3: 85,
  prevLabelAgree: 86,
  prevLabelMemory: 87,
  prevLabelShapeP1: 88,
  prevLabelLowerP1: 89,
  prevLabelLemma: 90,
  prevLabelQuoted: 91,
  headDistShape: 100,
  headDistSuf2: 101,
  headShapeP1: 102,
  prevLabelHeadDist: 103,
  headDistQuoted: 104,
} as const;

/**
 * A neighbour's templates sit at fixed offsets from its `lower` template, the same on either side
 * (T.lowerM1 + 1 = T.shapeM1, T.lowerP1 + 1 = T.shapeP1, …; features.test checks the table), so one
 * function writes either side.
 */
export const NEIGHBOUR = { lower: 0, shape: 1, classes: 2, suf3: 3, posCase: 4, classBit: 5, lemma: 6 } as const;

/** The features of a neighbour at `base` (its `lower` template): all of them next to the word, `lower` and `shape` two away. */
function neighbourFeatures(base: number, near: boolean, f: FormInfo, mask: number, out: number[], k: number): number {
  out[k++] = featureIndex(base + NEIGHBOUR.lower, f.lower, 0, mask);
  out[k++] = featureIndex(base + NEIGHBOUR.shape, f.shape, 0, mask);
  if (!near) return k;
  out[k++] = featureIndex(base + NEIGHBOUR.classes, f.classes, 0, mask);
  out[k++] = featureIndex(base + NEIGHBOUR.suf3, f.suf3, 0, mask);
  out[k++] = featureIndex(base + NEIGHBOUR.posCase, f.posCase, 0, mask);
  out[k++] = featureIndex(base + NEIGHBOUR.lemma, f.lemma, 0, mask);
  for (let b = 1; b <= 128; b <<= 1) if (f.classes & b) out[k++] = featureIndex(base + NEIGHBOUR.classBit, b, 0, mask);
  return k;
}

/**
 * Features of one form in one role (cacheable per form at run time): the form itself, a
 * neighbour, the form at a sentence start or not, the form after a given label. Written to out from
 * index `at` (by default appended); returns the index after the last one. Writing by index lets the
 * decoder reuse one scratch list for every form and role: emptying it with `length = 0` and pushing
 * again re-grew its storage each time, a tenth of all the bytes a first pass allocated.
 */
export function formFeatures(role: number, f: FormInfo, mask: number, out: number[], at = out.length): number {
  let k = at;
  switch (role) {
    case ROLE_OWN:
      out[k++] = featureIndex(T.bias, 0, 0, mask);
      out[k++] = featureIndex(T.lower, f.lower, 0, mask);
      out[k++] = featureIndex(T.suf2, f.suf2, 0, mask);
      out[k++] = featureIndex(T.suf3, f.suf3, 0, mask);
      out[k++] = featureIndex(T.suf4, f.suf4, 0, mask);
      out[k++] = featureIndex(T.pre3, f.pre3, 0, mask);
      out[k++] = featureIndex(T.shape, f.shape, 0, mask);
      out[k++] = featureIndex(T.classes, f.classes, 0, mask);
      out[k++] = featureIndex(T.posCase, f.posCase, 0, mask);
      out[k++] = featureIndex(T.classesShape, f.classes, f.shape, mask);
      out[k++] = featureIndex(T.scriptShape, f.script, f.shape, mask);
      out[k++] = featureIndex(T.cases, f.cases, f.classes, mask);
      out[k++] = featureIndex(T.lemma, f.lemma, 0, mask);
      // Each tag class on its own as well as in combination: "Surn" must count whatever else az says.
      for (let b = 1; b <= 128; b <<= 1) {
        if (!(f.classes & b)) continue;
        out[k++] = featureIndex(T.classBit, b, 0, mask);
        out[k++] = featureIndex(T.classBitShape, b, f.shape, mask);
      }
      break;
    case ROLE_LEFT:
      return neighbourFeatures(T.lowerM1, true, f, mask, out, k);
    case ROLE_RIGHT:
      return neighbourFeatures(T.lowerP1, true, f, mask, out, k);
    case ROLE_LEFT2:
      return neighbourFeatures(T.lowerM2, false, f, mask, out, k);
    case ROLE_RIGHT2:
      return neighbourFeatures(T.lowerP2, false, f, mask, out, k);
    case ROLE_START:
    case ROLE_START + 1: {
      // Whether a capital letter means anything depends on the sentence start.
      const start = role - ROLE_START;
      out[k++] = featureIndex(T.startShape, start, f.shape, mask);
      out[k++] = featureIndex(T.startClasses, start, f.classes, mask);
      out[k++] = featureIndex(T.startLower, start, f.lower, mask);
      for (let b = 1; b <= 128; b <<= 1) if (f.classes & b) out[k++] = featureIndex(T.classBitStart, b, start, mask);
      break;
    }
    default: {
      if (role >= ROLE_PREV_NEXT) {
        // Whether a name goes on depends on what follows: "Института этнологии и антропологии РАН".
        // Not across a full stop, though: "— Sputnik. В Усть-Каменогорске" (the key says which).
        const r = role - ROLE_PREV_NEXT;
        const key = r < N_LABELS ? r : 16 + r - N_LABELS;
        out[k++] = featureIndex(T.prevLabelShapeP1, key, f.shape, mask);
        out[k++] = featureIndex(T.prevLabelLowerP1, key, f.lower, mask);
        break;
      }
      const prev = role - ROLE_PREV;
      out[k++] = featureIndex(T.prevLabelLemma, prev, f.lemma, mask);
      out[k++] = featureIndex(T.prevLabelShape, prev, f.shape, mask);
      out[k++] = featureIndex(T.prevLabelLower, prev, f.lower, mask);
      out[k++] = featureIndex(T.prevLabelClasses, prev, f.classes, mask);
      out[k++] = featureIndex(T.prevLabelSuf3, prev, f.suf3, mask);
    }
  }
  return k;
}

/** The forms at each role around position i (PAD outside the line). */
export function roleForms(line: Line, i: number, out: FormInfo[]): void {
  const f = line.forms;
  out[ROLE_OWN] = f[i];
  out[ROLE_LEFT] = i > 0 ? f[i - 1] : PAD;
  out[ROLE_RIGHT] = i + 1 < f.length ? f[i + 1] : PAD;
  out[ROLE_LEFT2] = i > 1 ? f[i - 2] : PAD;
  out[ROLE_RIGHT2] = i + 2 < f.length ? f[i + 2] : PAD;
}

/**
 * What the document says about its words. `memory` is filled as tagging proceeds, so a name
 * recognized once ("Ержан Саденов") helps its later bare mentions ("Саденов") — the prediction
 * history of Ratinov & Roth (2009), built from the model's own output in training and at run time.
 */
export class DocContext {
  // Keyed by form hashes (uint32): typed-array tables, not Set/Map (see u32-table.ts).
  readonly lowerSeen: U32Set;
  readonly capMid: U32Set;
  readonly memory = new U32Map();

  constructor(lines: Line[]) {
    let n = 0;
    for (const line of lines) n += line.forms.length;
    // Sized for the usual share of distinct stems (the tables grow if there are more).
    this.lowerSeen = new U32Set(n >> 2);
    this.capMid = new U32Set(n >> 4);
    for (const line of lines)
      for (let i = 0; i < line.forms.length; i++) {
        const f = line.forms[i];
        if (f.script === 0) continue;
        if (!f.cap) this.lowerSeen.add(f.stem);
        else if (!sentenceStart(line, i)) this.capMid.add(f.stem);
      }
  }

  remember(line: Line, labels: Uint8Array): void {
    for (let i = 0; i < labels.length; i++) {
      const t = labelType(labels[i]);
      const f = line.forms[i];
      if (t && t !== 'MISC' && f.cap) this.memory.set(f.stem, (this.memory.get(f.stem) ?? 0) | (t === 'PER' ? 1 : t === 'ORG' ? 2 : 4));
    }
  }
}

function agree(a: FormInfo, b: FormInfo): number {
  if (!a.cases || !b.cases) return 2;
  return a.cases & b.cases ? 1 : 0;
}

/**
 * Distance (1–6 words) back to the nearest organization head noun in the same sentence, 0 if none:
 * the words of a long name follow its head in a genitive chain ("Совет министров внутренних дел
 * государств – участников СНГ"), and a quoted name often follows it ("компания «Газпром»").
 */
export function headDistance(line: Line, i: number): number {
  const f = line.forms;
  for (let k = 1; k <= 6 && i - k >= 0; k++) {
    const g = f[i - k];
    if (g.orgHead) return k;
    if (g.ender) return 0;
  }
  return 0;
}

/**
 * The small facts of position i that most context features are made of, written to key[0..7):
 * the shapes of the word and its neighbours, their class bits, and in key[6] the small numbers
 * (distance to an organization head 0–6, quoted, organization head, case agreement left and right
 * 0–2, capital × sentence start 0–3, seen in lower case, seen capitalized mid-sentence, document
 * memory 0–7). Equal keys mean equal keyed features (keyedContextFeatures), so the decoder sums
 * those rows once per key (context-cache.ts) rather than once per word: their values repeat
 * across a text far more than words do.
 */
export const CONTEXT_KEY_WORDS = 7;

export function contextKey(line: Line, i: number, doc: DocContext, key: Uint32Array): void {
  const f = line.forms;
  const c = f[i];
  const m1 = i > 0 ? f[i - 1] : PAD;
  const p1 = i + 1 < f.length ? f[i + 1] : PAD;
  const capStart = (c.cap ? 2 : 0) + (sentenceStart(line, i) ? 1 : 0);
  const mem = c.cap ? (doc.memory.get(c.stem) ?? 0) : 0;
  key[0] = c.shape;
  key[1] = m1.shape;
  key[2] = p1.shape;
  key[3] = c.classes;
  key[4] = m1.classes;
  key[5] = p1.classes;
  key[6] =
    headDistance(line, i) |
    (quotedOf(line)[i] << 3) |
    (c.orgHead << 4) |
    (agree(m1, c) << 5) |
    (agree(c, p1) << 7) |
    (capStart << 9) |
    ((doc.lowerSeen.has(c.stem) ? 1 : 0) << 11) |
    ((doc.capMid.has(c.stem) ? 1 : 0) << 12) |
    (mem << 13);
}

/** The context features that depend on contextKey's facts alone, written to out from index k; returns the index after the last. */
export function keyedContextFeatures(key: Uint32Array, mask: number, out: number[], k: number): number {
  const shape = key[0];
  const small = key[6];
  const hd = small & 7;
  const q = (small >>> 3) & 1;
  const capStart = (small >>> 9) & 3;
  const mem = small >>> 13;
  out[k++] = featureIndex(T.headDistShape, hd, shape, mask);
  out[k++] = featureIndex(T.headShapeP1, (small >>> 4) & 1, key[2], mask);
  out[k++] = featureIndex(T.headDistQuoted, hd, q, mask);
  out[k++] = featureIndex(T.quotedShape, q, shape, mask);
  out[k++] = featureIndex(T.shapeM1S, key[1], shape, mask);
  out[k++] = featureIndex(T.shapeSP1, shape, key[2], mask);
  out[k++] = featureIndex(T.classesM1C, key[4], key[3], mask);
  out[k++] = featureIndex(T.classesCP1, key[3], key[5], mask);
  out[k++] = featureIndex(T.agreeM1, (small >>> 5) & 3, shape, mask);
  out[k++] = featureIndex(T.agreeP1, (small >>> 7) & 3, shape, mask);
  out[k++] = featureIndex(T.seenLower, capStart, (small >>> 11) & 1, mask);
  out[k++] = featureIndex(T.seenCapMid, capStart, (small >>> 12) & 1, mask);
  out[k++] = featureIndex(T.memory, mem, 0, mask);
  out[k++] = featureIndex(T.memoryShape, mem, shape, mask);
  return k;
}

/** The context features that pair a word with a neighbour's word or suffix (too many values to key), from index k. */
export function pairContextFeatures(line: Line, i: number, mask: number, out: number[], k: number): number {
  const f = line.forms;
  const c = f[i];
  const m1 = i > 0 ? f[i - 1] : PAD;
  const p1 = i + 1 < f.length ? f[i + 1] : PAD;
  out[k++] = featureIndex(T.headDistSuf2, headDistance(line, i), c.suf2, mask);
  out[k++] = featureIndex(T.quotedLowerM1, quotedOf(line)[i], m1.lower, mask);
  out[k++] = featureIndex(T.lowerSuf3M1, c.lower, m1.suf3, mask);
  out[k++] = featureIndex(T.lowerSuf3P1, c.lower, p1.suf3, mask);
  return k;
}

// contextFeatures' key (one call at a time: nothing in it awaits).
const KEY = new Uint32Array(CONTEXT_KEY_WORDS);

/**
 * Context features of position i that do not depend on predicted labels: the keyed ones and the
 * pairs, written to out from index `at` (by default appended); returns the index after the last one.
 * Training sums them as they are; the decoder takes the keyed ones' sum from its cache.
 */
export function contextFeatures(line: Line, i: number, doc: DocContext, mask: number, out: number[], at = out.length): number {
  contextKey(line, i, doc, KEY);
  return pairContextFeatures(line, i, mask, out, keyedContextFeatures(KEY, mask, out, at));
}

/**
 * The small facts about position i that label-history features pair with the previous label,
 * packed in one number below N_HISTORY_ATOMS: distance to an organization head (0–6), quoted (0–1),
 * case agreement with the left word (0–2), document memory of the word (0–7). Small enough that
 * the decoder caches a score vector per (previous labels, atoms).
 */
export const N_HISTORY_ATOMS = 7 * 2 * 3 * 8;

export function historyAtoms(line: Line, i: number, doc: DocContext): number {
  const c = line.forms[i];
  const m1 = i > 0 ? line.forms[i - 1] : PAD;
  const mem = c.cap ? (doc.memory.get(c.stem) ?? 0) : 0;
  return ((headDistance(line, i) * 2 + quotedOf(line)[i]) * 3 + agree(m1, c)) * 8 + mem;
}

/** Features of the previous two labels with the atoms of position i (see historyAtoms). */
export function labelFeatures(prev: number, prev2: number, atoms: number, mask: number, out: number[]): void {
  const mem = atoms & 7;
  const ag = (atoms >> 3) % 3;
  const q = Math.floor(atoms / 24) & 1;
  const hd = Math.floor(atoms / 48);
  out.push(
    featureIndex(T.prevLabelHeadDist, prev, hd, mask),
    featureIndex(T.prevLabelQuoted, prev, q, mask),
    featureIndex(T.prevLabel, prev, 0, mask),
    featureIndex(T.prev2Label, prev2, prev, mask),
    featureIndex(T.prevLabelAgree, prev, ag, mask),
    featureIndex(T.prevLabelMemory, prev === O ? 0 : prev, mem, mask),
  );
}

/** All features that pair the previous label(s) with position i (training; the decoder caches them). */
export function historyFeatures(line: Line, i: number, prev: number, prev2: number, doc: DocContext, mask: number, out: number[]): void {
  formFeatures(ROLE_PREV + prev, line.forms[i], mask, out);
  formFeatures(prevNextRole(prev, line.forms[i].ender), i + 1 < line.forms.length ? line.forms[i + 1] : PAD, mask, out);
  labelFeatures(prev, prev2, historyAtoms(line, i, doc), mask, out);
}
