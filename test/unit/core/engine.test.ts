import * as assert from 'assert';
import { createEngine, EngineParts } from '../../../src/core/pipeline';
import { Entity, Lang } from '../../../src/core/types';
import { Token } from '../../../src/core/tokenize';

/** Fake recognizers that find given words, so the wiring is tested apart from the real models. */
function fakeParts(opts: { ner?: (text: string) => Entity[]; figures?: (text: string) => Entity[]; dateline?: string } = {}) {
  const calls: { ner: Array<{ lang: Lang; tokens: Token[] }>; figures: Array<{ lang: Lang; refDate?: string; tokens: Token[] }> } = { ner: [], figures: [] };
  const invalid: string[] = [];
  const parts: EngineParts = {
    ner: { recognize: (text, tokens, lang) => (calls.ner.push({ lang, tokens }), opts.ner?.(text) ?? []) },
    figures: { recognize: (text, tokens, o) => (calls.figures.push({ ...o, tokens }), opts.figures?.(text) ?? []) },
    detectLang: (text) => (/[а-я]/i.test(text) ? 'ru' : 'en'),
    findDateline: () => opts.dateline,
    onInvalid: (e, reason) => invalid.push(`${e.type}: ${reason}`),
  };
  return { parts, calls, invalid };
}

const find = (text: string, word: string, type: Entity['type']): Entity => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, type, text: word };
};

describe('engine', () => {
  it('detects the language unless one is given, and tokenizes once for both recognizers', () => {
    const { parts, calls } = fakeParts();
    const engine = createEngine(parts);
    assert.strictEqual(engine.extract('Министры встретились').lang, 'ru');
    assert.strictEqual(engine.extract('Ministers met').lang, 'en');
    assert.strictEqual(engine.extract('Ministers met', { lang: 'ru' }).lang, 'ru');
    assert.strictEqual(engine.extract('Ministers met', { lang: 'auto' }).lang, 'en');
    assert.strictEqual(calls.ner[3].lang, 'en');
    assert.strictEqual(calls.ner[0].tokens, calls.figures[0].tokens);
  });

  it("passes the reference date: --ref-date, else the dateline with the article's latest year", () => {
    const { parts, calls } = fakeParts({ dateline: 'XXXX-07-22' });
    const engine = createEngine(parts);
    const text = 'АСТАНА, 22 июл — Sputnik. За 2024 год и пять месяцев 2025-го';
    engine.extract(text);
    engine.extract(text, { refDate: '2026-01-05' });
    assert.deepStrictEqual(
      calls.figures.map((c) => c.refDate),
      ['2025-07-22', '2026-01-05'],
    );
  });

  it('merges both recognizers deterministically, keeping nested spans of different types', () => {
    const text = 'Глава МВД Казахстана сообщил о 120 лицах';
    const { parts } = fakeParts({
      ner: (t) => [find(t, 'Казахстана', 'LOC'), find(t, 'МВД Казахстана', 'ORG')],
      figures: (t) => [find(t, '120 лицах', 'NUMBER')],
    });
    const r = createEngine(parts).extract(text);
    assert.deepStrictEqual(
      r.entities.map((e) => `${e.type}:${e.text}`),
      ['ORG:МВД Казахстана', 'LOC:Казахстана', 'NUMBER:120 лицах'],
    );
  });

  it('drops and reports entities whose text is not the input slice or whose offsets are wrong', () => {
    const text = 'a😀 Анна';
    const { parts, invalid } = fakeParts({
      ner: () => [
        { start: 4, end: 8, type: 'PER', text: 'Анна' }, // right: the emoji is two code units
        { start: 3, end: 7, type: 'PER', text: 'Анна' }, // counted the emoji as one
        { start: 2, end: 4, type: 'PER', text: text.slice(2, 4) }, // cuts the surrogate pair
        { start: 5, end: 99, type: 'PER', text: 'нна' },
        { start: 4, end: 8, type: 'PER', text: 'Ан' }, // only a prefix of the slice (the check reads in place)
      ],
    });
    const r = createEngine(parts).extract(text);
    assert.deepStrictEqual(r.entities, [{ start: 4, end: 8, type: 'PER', text: 'Анна' }]);
    assert.strictEqual(invalid.length, 4);
    assert.strictEqual(invalid.filter((r) => /not the input's slice/.test(r)).length, 2);
    assert.match(invalid.join('\n'), /surrogate/);
  });
});
