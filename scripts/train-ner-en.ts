// Trains the English NER perceptron: `npx tsx scripts/train-ner.ts --lang en` writes
// data/ner-en.gazetteer (scripts/build-en-gazetteer.ts) and data/ner-en.model (card: data/ner-en.model.md).
//   options: --epochs N (default 12), --bits B (default 20), --prune P (default 0.02),
//            --detok none|all|mix (default mix: half the documents with clitics rejoined, see detokenize),
//            --wikigold (also train on wikigold_en), --eval (score the saved model on testa halves,
//            wikigold and test/fixtures/en-ner-dev.jsonl), --no-save
// Training data: ../shared/eval/conll2003_en_train.jsonl (CoNLL-2003, Reuters text: research only;
// never copied into the repo, the weights may ship). Deterministic: fixed seed, sorted tables.
import * as path from 'path';
import { tokenize } from '../src/core/tokenize';
import { toLines } from '../src/core/ner/forms';
import { N_LABELS } from '../src/core/ner/labels';
import { trainPerceptron, TrainingDoc } from '../src/core/ner/perceptron-train';
import { loadModel, saveModel } from '../src/core/ner/model-file';
import { EnglishTagger, englishForms, EN_MODEL_FILE } from '../src/core/ner/en-tagger';
import { loadGazetteer } from '../src/core/ner/en-gazetteer';
import { dataPath } from '../src/core/data-path';
import { halfOf } from '../src/core/eval/split';
import { Scorer } from '../src/core/eval/score';
import { formatReport } from '../src/core/eval/format';
import { EVAL_DIR, GoldDoc, labelLines, readJsonl } from './ner-data';
import { writeEnGazetteer } from './build-en-gazetteer';

const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : def;
}

// A clitic split off by the CoNLL tokenization ("Warner 's", "do n't"): real text writes it joined,
// and newsmark's tokenizer then reads "Warner's" as one word.
const CLITIC = / (?=(?:'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'RE|'VE|'LL|'D|'M)(?: |\n|$))/g;

/** The document with clitics rejoined, entity offsets moved with the text. */
export function detokenize(doc: GoldDoc): GoldDoc {
  const cuts: number[] = [];
  for (const m of doc.text.matchAll(CLITIC)) cuts.push(m.index!);
  if (!cuts.length) return doc;
  const shift = (o: number) => {
    let n = 0;
    while (n < cuts.length && cuts[n] < o) n++;
    return o - n;
  };
  const text = doc.text.replace(CLITIC, '');
  return { ...doc, text, entities: doc.entities.map((e) => ({ ...e, start: shift(e.start), end: shift(e.end), text: text.slice(shift(e.start), shift(e.end)) })) };
}

function example(forms: ReturnType<typeof englishForms>, doc: GoldDoc): TrainingDoc {
  const targets = doc.entities.filter((e) => TYPES.has(e.type)).sort((a, b) => a.start - b.start || b.end - a.end);
  const lines = toLines(tokenize(doc.text), forms);
  return { lines, gold: labelLines(lines, targets) };
}

function evaluate(tagger: EnglishTagger, docs: GoldDoc[], title: string): void {
  const scorer = new Scorer(['PER', 'ORG', 'LOC']);
  const forms = englishForms(loadGazetteer(dataPath('ner-en.gazetteer')));
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
}

export async function trainEnglish(): Promise<void> {
  const epochs = Number(arg('--epochs', '12'));
  const bits = Number(arg('--bits', '20'));
  const detok = arg('--detok', 'mix');
  const gazFile = writeEnGazetteer();
  const forms = englishForms(loadGazetteer(gazFile));
  let docs = readJsonl(`${EVAL_DIR}/conll2003_en_train.jsonl`);
  if (process.argv.includes('--wikigold')) docs = docs.concat(readJsonl(`${EVAL_DIR}/wikigold_en.jsonl`));
  // "mix": every other document rejoined, so the model knows both "Warner 's" (the test files) and "Warner's".
  docs = docs.map((d, i) => (detok === 'all' || (detok === 'mix' && i % 2 === 1) ? detokenize(d) : d));
  const data = docs.map((d) => example(forms, d));
  const log = (m: string) => process.stderr.write(m + '\n');
  const model = trainPerceptron(bits, N_LABELS, data, epochs, 42, log);
  const file = process.argv.includes('--no-save') ? path.join(require('os').tmpdir(), 'ner-en.model') : dataPath(EN_MODEL_FILE);
  saveModel(model, file, Number(arg('--prune', '0.02')));
  process.stderr.write(`saved ${file}\n`);
  if (!process.argv.includes('--eval')) return;
  const tagger = new EnglishTagger(loadModel(file, N_LABELS), loadGazetteer(gazFile));
  const testa = readJsonl(`${EVAL_DIR}/conll2003_en_testa.jsonl`);
  evaluate(tagger, testa.filter((d) => halfOf(d.text) === 'tuning'), 'testa tuning');
  evaluate(tagger, testa.filter((d) => halfOf(d.text) === 'check'), 'testa check');
  if (!process.argv.includes('--wikigold')) evaluate(tagger, readJsonl(`${EVAL_DIR}/wikigold_en.jsonl`), 'wikigold');
  const dev = readJsonl(path.join(__dirname, '../test/fixtures/en-ner-dev.jsonl'));
  evaluate(tagger, dev.filter((d) => halfOf(d.text) === 'tuning'), 'en-ner-dev tuning');
  evaluate(tagger, dev.filter((d) => halfOf(d.text) === 'check'), 'en-ner-dev check');
}
