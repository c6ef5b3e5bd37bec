// Corpus test: the review set of round 10 — eight news articles written for the review before the engine
// ran on them (test/fixtures/review10: Russian and English results pages, earnings, a court report and an
// obituary, local politics, a space story; CRLF line ends, NBSP inside numbers, an all-caps headline) with
// hand gold (gold.ann, built into gold.jsonl by scripts/build-review-gold.ts). Scored with the shipped
// scorer, as `newsmark eval` does. The floors sit a little under what the engine reached when they were
// set (README, quality table), so the test fails when quality on text nobody tuned on drops. A small set
// of our own: its numbers say little on their own; a drop below a floor says something broke.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadEngine, Engine } from '../../src/core/engine';
import { parseGoldLine, SpanDoc } from '../../src/core/eval/gold';
import { Scorer } from '../../src/core/eval/score';

const GOLD = path.resolve(__dirname, '../fixtures/review10/gold.jsonl');
const NAMES = ['PER', 'ORG', 'LOC'];
const FIGURES = ['NUMBER', 'PERCENT', 'MONEY', 'DATE', 'AGE', 'ORDINAL'];

/** Exact micro F1 floors per language (reached: ru names .803, figures .949; en names .879, figures .933). */
const FLOORS: ReadonlyArray<{ lang: 'ru' | 'en'; names: number; figures: number }> = [
  { lang: 'ru', names: 0.78, figures: 0.93 },
  { lang: 'en', names: 0.85, figures: 0.91 },
];
/** DATE values right among those found, both languages (reached .95 with issue 14's periods: year-less quarters from the reference date, recurring weekdays without a value; .87 before). */
const DATE_VALUE_FLOOR = 0.93;

function goldDocs(): SpanDoc[] {
  return fs
    .readFileSync(GOLD, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const p = parseGoldLine(l, i + 1);
      if ('error' in p) throw new Error(`gold.jsonl:${i + 1}: ${p.error}`);
      assert.strictEqual(p.ok.kind, 'span');
      return p.ok as SpanDoc;
    });
}

function score(engine: Engine, docs: SpanDoc[], types: string[]) {
  const scorer = new Scorer(types);
  for (const d of docs) scorer.addSpanDoc(d, engine.extract(d.text, { lang: d.lang ?? 'auto', refDate: d.refDate }).entities);
  return scorer.report();
}

describe('review set, round 10 (text nobody tuned on)', function () {
  this.timeout(120000);
  let engine: Engine;
  let docs: SpanDoc[];
  before(async () => {
    engine = await loadEngine();
    docs = goldDocs();
  });

  it('has eight articles, four per language, each with its reference date', () => {
    assert.strictEqual(docs.length, 8);
    for (const lang of ['ru', 'en']) assert.strictEqual(docs.filter((d) => d.lang === lang).length, 4);
    for (const d of docs) assert.ok(d.refDate, d.id);
  });

  for (const { lang, names, figures } of FLOORS) {
    it(`${lang}: people, organizations and places, exact micro F1 ≥ ${names}`, () => {
      const f1 = score(
        engine,
        docs.filter((d) => d.lang === lang),
        NAMES,
      ).micro!.exact.f1;
      assert.ok(f1 >= names, `exact micro F1 ${f1.toFixed(3)} < ${names}`);
    });
    it(`${lang}: figures, exact micro F1 ≥ ${figures}`, () => {
      const f1 = score(
        engine,
        docs.filter((d) => d.lang === lang),
        FIGURES,
      ).micro!.exact.f1;
      assert.ok(f1 >= figures, `exact micro F1 ${f1.toFixed(3)} < ${figures}`);
    });
  }

  it(`DATE values right ≥ ${DATE_VALUE_FLOOR} of those found`, () => {
    const date = score(engine, docs, ['DATE']).types.find((t) => t.type === 'DATE')!;
    assert.ok(date.value && date.value.accuracy >= DATE_VALUE_FLOOR, `DATE value accuracy ${date.value?.accuracy.toFixed(3)} < ${DATE_VALUE_FLOOR}`);
  });
});
