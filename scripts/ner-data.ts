// Shared by the training and scoring scripts: reading the gold files of ../shared/eval through the one
// gold reader of `newsmark eval` (src/core/eval/gold.ts), and turning nested gold mentions into flat
// training targets.
import * as fs from 'fs';
import * as path from 'path';
import { GoldItem, SpanDoc, parseGoldLine } from '../src/core/eval/gold';
import { Line } from '../src/core/ner/forms';
import { beginLabel, TagType } from '../src/core/ner/labels';

/** A span document of a gold file, as `newsmark eval` reads it (types mapped, core_span as `core`). */
export type GoldDoc = SpanDoc;

export const EVAL_DIR = process.env.NEWSMARK_EVAL_DIR ?? path.join(__dirname, '../../shared/eval');
const NER = new Set(['PER', 'ORG', 'LOC']);

/** Every line of a gold file; the development files are clean, so a bad line stops the script with its number. */
export function readGold(file: string): GoldItem[] {
  const items: GoldItem[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const r = parseGoldLine(line, i + 1);
      if ('error' in r) throw new Error(`${file}:${i + 1}: ${r.error}`);
      items.push(r.ok);
    });
  return items;
}

/** The span documents of a gold file (pair lines are an error here). */
export function readJsonl(file: string): GoldDoc[] {
  return readGold(file).map((item) => {
    if (item.kind !== 'span') throw new Error(`${file}: ${item.id} is a pair line, not a span document`);
    return item;
  });
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
    .filter((e) => (NER.has(e.type) || (source === 'nerel' && e.type === 'FAC' && /\p{Lu}/u.test(doc.text.slice(e.start, e.end)))) && !e.optional)
    .filter((e) => source !== 'nerel' || e.type !== 'ORG' || /\p{Lu}/u.test(doc.text.slice(e.start, e.end)))
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
