// Trains the English NER perceptron: `npx tsx scripts/train-ner.ts --lang en` writes
// data/ner-en.gazetteer (scripts/build-en-gazetteer.ts) and data/ner-en.model (card: data/ner-en.model.md).
//   options: --epochs N (default 12), --bits B (default 20), --prune P (default 0.02),
//            --detok none|all|mix (default mix: half the documents with clitics rejoined, see detokenize),
//            --wikigold (also train on wikigold_en), --cv K (K models, each on CoNLL + wikigold without one
//            fold, scored on that fold; prints each fold's counts and the summed F1; saves nothing; --fold F:
//            fold F alone), --eval (score the saved model on testa halves,
//            wikigold and test/fixtures/en-ner-dev.jsonl), --eval-only [--model F --gazetteer G] (score data/ner-en.model
//            or F with G), --no-save
// Training data: ../shared/eval/conll2003_en_train.jsonl (CoNLL-2003, Reuters text: research only;
// never copied into the repo, the weights may ship). Deterministic: fixed seed, sorted tables.
import * as fs from 'fs';
import * as path from 'path';
import { tokenize } from '../src/core/tokenize';
import { toLines } from '../src/core/ner/forms';
import { N_LABELS } from '../src/core/ner/labels';
import { trainPerceptron, TrainingDoc } from '../src/core/ner/perceptron-train';
import { loadModel, saveModel } from '../src/core/ner/model-file';
import { EnglishTagger, englishForms, EN_MODEL_FILE } from '../src/core/ner/en-tagger';
import { loadGazetteer } from '../src/core/ner/en-gazetteer';
import type { WordLookup } from '../src/core/ner/word-table';
import { dataPath } from '../src/core/data-path';
import { halfOf } from '../src/core/eval/split';
import { Scorer } from '../src/core/eval/score';
import { formatReport } from '../src/core/eval/format';
import { EVAL_DIR, GoldDoc, labelLines, readJsonl } from './ner-data';
import { writeEnGazetteer } from './build-en-gazetteer';
import { detokenize } from './en-detokenize';

const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : def;
}

function example(forms: ReturnType<typeof englishForms>, doc: GoldDoc): TrainingDoc {
  const targets = doc.entities.filter((e) => TYPES.has(e.type)).sort((a, b) => a.start - b.start || b.end - a.end);
  const lines = toLines(tokenize(doc.text), forms);
  return { lines, gold: labelLines(lines, targets) };
}

function evaluate(tagger: EnglishTagger, docs: GoldDoc[], title: string): Record<string, { tp: number; fp: number; fn: number }> {
  const scorer = new Scorer(['PER', 'ORG', 'LOC']);
  const forms = englishForms(new Map());
  for (const d of docs) {
    const lines = toLines(tokenize(d.text), forms);
    const spans = tagger.tag(lines).flat();
    scorer.addSpanDoc(
      { id: d.id, text: d.text, entities: d.entities.filter((e) => e.type !== 'MISC') } as never,
      spans.map((s) => ({ start: s.start, end: s.end, type: s.type, text: d.text.slice(s.start, s.end) })) as never,
    );
  }
  const r = scorer.report();
  const row = (t: string) => {
    const x = t === 'micro' ? r.micro!.exact : r.types.find((y) => y.type === t)!.exact;
    return `${t} ${x.f1.toFixed(3)}`;
  };
  process.stdout.write(`${title.padEnd(28)} exact F1: ${['PER', 'ORG', 'LOC', 'micro'].map(row).join('  ')}\n`);
  if (process.argv.includes('--report')) process.stdout.write(formatReport(r, title) + '\n');
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of r.types) counts[t.type] = { tp: t.exact.tp, fp: t.exact.fp, fn: t.exact.fn };
  return counts;
}

export async function trainEnglish(): Promise<void> {
  const epochs = Number(arg('--epochs', '12'));
  const bits = Number(arg('--bits', '20'));
  const detok = arg('--detok', 'mix');
  if (process.argv.includes('--eval-only'))
    return evaluateAll(arg('--model', dataPath(EN_MODEL_FILE)), loadGazetteer(arg('--gazetteer', dataPath('ner-en.gazetteer'))));
  const gazFile = writeEnGazetteer();
  // --no-gazetteer: the same model without word classes, to measure what they are worth.
  const gazetteer: WordLookup = process.argv.includes('--no-gazetteer') ? new Map<string, number>() : loadGazetteer(gazFile);
  const forms = englishForms(gazetteer);
  const conll = readJsonl(`${EVAL_DIR}/conll2003_en_train.jsonl`);
  // --wikigold: train on wikigold (CC BY 4.0) too; its own figure then comes from cross-validation:
  // --cv K trains K models, each without one fold of wikigold (CoNLL train always in), scores each on
  // the fold it did not see and prints the summed counts; --fold F runs fold F alone (saves nothing).
  const cv = Number(arg('--cv', '0'));
  const wikigold = process.argv.includes('--wikigold') || cv ? readJsonl(`${EVAL_DIR}/wikigold_en.jsonl`) : [];
  const train = (docs: GoldDoc[], file: string): void => {
    // "mix": every other document rejoined, so the model knows both "Warner 's" (the test files) and "Warner's".
    const data = docs.map((d, i) => example(forms, detok === 'all' || (detok === 'mix' && i % 2 === 1) ? detokenize(d) : d));
    const log = (m: string) => process.stderr.write(m + '\n');
    saveModel(trainPerceptron(bits, N_LABELS, data, epochs, Number(arg('--seed', '42')), log), file, Number(arg('--prune', '0.02')));
    process.stderr.write(`saved ${file}\n`);
  };
  const scratch = path.join(require('os').tmpdir(), `ner-en-${process.pid}.model`);
  if (cv) {
    const folds = process.argv.includes('--fold') ? [Number(arg('--fold', '0'))] : Array.from({ length: cv }, (_, f) => f);
    const total: Counts = {};
    for (const fold of folds) {
      train(conll.concat(wikigold.filter((_, i) => i % cv !== fold)), scratch);
      const tagger = new EnglishTagger(loadModel(scratch, N_LABELS), gazetteer);
      const counts = evaluate(
        tagger,
        wikigold.filter((_, i) => i % cv === fold),
        `wikigold fold ${fold}/${cv}`,
      );
      process.stdout.write(JSON.stringify({ fold, counts }) + '\n');
      addCounts(total, counts);
    }
    fs.unlinkSync(scratch);
    process.stdout.write(`wikigold ${cv}-fold CV, folds ${folds.join(',')} (held out; exact F1): ${formatCounts(total)}\n`);
    return;
  }
  const file = process.argv.includes('--no-save') ? scratch : dataPath(EN_MODEL_FILE);
  train(conll.concat(wikigold), file);
  if (process.argv.includes('--eval')) evaluateAll(file, gazetteer);
}

type Counts = Record<string, { tp: number; fp: number; fn: number }>;

function addCounts(total: Counts, counts: Counts): void {
  for (const [t, c] of Object.entries(counts)) {
    const x = (total[t] ??= { tp: 0, fp: 0, fn: 0 });
    x.tp += c.tp;
    x.fp += c.fp;
    x.fn += c.fn;
  }
}

/** F1 per type and micro from summed counts (the folds' own F1 values are not averaged: they differ in size). */
export function formatCounts(total: Counts): string {
  const f1 = (c: { tp: number; fp: number; fn: number }) => (c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0).toFixed(3);
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const c of Object.values(total)) {
    micro.tp += c.tp;
    micro.fp += c.fp;
    micro.fn += c.fn;
  }
  return [...Object.entries(total).map(([t, c]) => `${t} ${f1(c)}`), `micro ${f1(micro)}`].join('  ');
}

function evaluateAll(file: string, gazetteer: WordLookup): void {
  const tagger = new EnglishTagger(loadModel(file, N_LABELS), gazetteer);
  const testa = readJsonl(`${EVAL_DIR}/conll2003_en_testa.jsonl`);
  evaluate(
    tagger,
    testa.filter((d) => halfOf(d.text) === 'tuning'),
    'testa tuning',
  );
  evaluate(
    tagger,
    testa.filter((d) => halfOf(d.text) === 'check'),
    'testa check',
  );
  if (!process.argv.includes('--wikigold')) evaluate(tagger, readJsonl(`${EVAL_DIR}/wikigold_en.jsonl`), 'wikigold');
  const dev = readJsonl(path.join(__dirname, '../test/fixtures/en-ner-dev.jsonl'));
  evaluate(
    tagger,
    dev.filter((d) => halfOf(d.text) === 'tuning'),
    'en-ner-dev tuning',
  );
  evaluate(
    tagger,
    dev.filter((d) => halfOf(d.text) === 'check'),
    'en-ner-dev check',
  );
}
