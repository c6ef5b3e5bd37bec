// Churn-free layout: an edit to the article changes only the sidecar lines of annotations whose own
// text or context changed, plus at most two header lines. The edit kinds of scripts/churn.ts, on both
// samples with the real engine (the full table over 50 development articles is `npx tsx scripts/churn.ts`).
import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine, type Engine } from '../../../src/core/engine';
import { annotateText, applyEdit, changedLines, ChurnRow, EDIT_KINDS, EditKind, measureArticle } from '../../../scripts/churn-lib';

const SAMPLES: [string, 'ru' | 'en'][] = [
  ['ru-mvd-kazakhstan-russia.txt', 'ru'], // Cyrillic, blank-line paragraphs
  ['en-almaty-water-talks.txt', 'en'],
];

describe('sidecar churn (layout)', function () {
  this.timeout(60_000);
  let engine: Engine;
  const rows = new Map<string, ChurnRow[]>();
  before(async () => {
    engine = await loadEngine();
    for (const [name, lang] of SAMPLES) {
      const text = readFileSync(join(__dirname, '../../../samples', name), 'utf8');
      rows.set(
        name,
        measureArticle(name, text, lang, (t) => engine.extract(t, { lang }).entities),
      );
    }
  });

  it('counts a rewritten line once and an unchanged file as 0', () => {
    assert.strictEqual(changedLines('a\nb\nc\n', 'a\nb\nc\n'), 0);
    assert.strictEqual(changedLines('a\nb\nc\n', 'a\nB\nc\n'), 1);
    assert.strictEqual(changedLines('a\nb\nc\n', 'a\nx\nb\nc\n'), 1);
    assert.strictEqual(changedLines('a\nb\nc\nd\n', 'c\nd\na\nb\n'), 4); // a block moved: 2 removed here, 2 added there
  });

  for (const [name] of SAMPLES) {
    for (const kind of EDIT_KINDS) {
      it(`${name}: ${kind} changes at most changed annotations + 2 lines`, () => {
        const row = rows.get(name)!.find((r) => r.kind === kind);
        assert.ok(row, `${kind} applies to ${name}`);
        assert.ok(row.annotations > 10, 'the sample has annotations to churn');
        assert.ok(
          row.changedLines <= row.changedAnnotations + 2,
          `${kind}: ${row.changedLines} changed lines for ${row.changedAnnotations} changed annotations (of ${row.annotations})`,
        );
      });
    }
  }

  it('an edit is really applied, and annotating the same text twice changes nothing', () => {
    const [name, lang] = SAMPLES[0];
    const text = readFileSync(join(__dirname, '../../../samples', name), 'utf8');
    const extract = (t: string) => engine.extract(t, { lang }).entities;
    for (const kind of EDIT_KINDS as EditKind[]) assert.notStrictEqual(applyEdit(kind, text, extract(text), lang), text, kind);
    const once = annotateText(undefined, name, text, extract).out;
    assert.strictEqual(annotateText(once, name, text, extract).out, once);
  });
});
