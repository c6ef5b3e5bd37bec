// Shared by scripts/train-ner.ts and scripts/score-ner.ts: reading the span corpora of
// ../shared/eval and turning their (possibly nested) gold mentions into flat training targets.
import * as fs from 'fs';
import * as path from 'path';
import { Line } from '../src/core/ner/forms';
import { beginLabel, TagType } from '../src/core/ner/labels';

export interface GoldEntity {
  start: number;
  end: number;
  type: string;
  text: string;
  optional?: boolean;
  core_span?: [number, number];
}
export interface GoldDoc {
  id: string;
  lang?: string;
  text: string;
  entities: GoldEntity[];
}

export const EVAL_DIR = process.env.NEWSMARK_EVAL_DIR ?? path.join(__dirname, '../../shared/eval');
const NER = new Set(['PER', 'ORG', 'LOC']);

export function readJsonl(file: string): GoldDoc[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/**
 * Flat training targets (outermost mentions). factRuEval: required mentions only, whole spans
 * (descriptors included: "Кронштадтскому бульвару" has no core, "мэрии Москвы" is an ORG, so the
 * whole span is the one target that is right under every reading). NEREL: an ORG with no capital
 * letter is a description ("правоохранительные органы"), so the mentions nested in it are used;
 * named facilities (FAC: "Белый дом", "Манежная площадь") are places in factRuEval's scheme.
 */
export function flatTargets(doc: GoldDoc, source: 'factru' | 'nerel'): Array<{ start: number; end: number; type: string }> {
  let spans = doc.entities
    .filter((e) => (NER.has(e.type) || (source === 'nerel' && e.type === 'FAC' && /\p{Lu}/u.test(e.text))) && !e.optional)
    .filter((e) => source !== 'nerel' || e.type !== 'ORG' || /\p{Lu}/u.test(e.text))
    .map((e) => {
      return { start: e.start, end: e.end, type: e.type === 'FAC' ? 'LOC' : e.type };
    });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: typeof spans = [];
  let reach = -1;
  for (const s of spans) {
    if (s.start < reach) continue; // nested in (or crossing) an outer mention
    out.push(s);
    reach = s.end;
  }
  spans = out;
  return spans;
}


/** BIO gold labels of the tokens of `lines` from flat, sorted target spans (a token overlapping a span takes its type). */
export function labelLines(lines: Line[], targets: ReadonlyArray<{ start: number; end: number; type: string }>): Uint8Array[] {
  let k = 0;
  return lines.map((line) => {
    const gold = new Uint8Array(line.tokens.length);
    line.tokens.forEach((t, i) => {
      while (k < targets.length && targets[k].end <= t.start) k++;
      const s = targets[k];
      if (!s || t.end <= s.start || t.start >= s.end) return;
      const prevIn = i > 0 && line.tokens[i - 1].end > s.start;
      gold[i] = beginLabel(s.type as TagType) + (prevIn ? 1 : 0);
    });
    return gold;
  });
}
