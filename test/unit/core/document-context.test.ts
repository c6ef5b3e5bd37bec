import * as assert from 'assert';
import { documentContext, lineLang } from '../../../src/core/document-context';
import { tokenize } from '../../../src/core/tokenize';
import { loadEngine } from '../../../src/core/engine';

const RU = 'АСТАНА, 22 июл — Sputnik. Министры внутренних дел встретились в 2025 году.';
const EN_QUOTE = 'The minister said that both countries will share about twenty five percent of the data next year.';

describe('documentContext', () => {
  it('detects the language and takes the reference date from the dateline, unless the caller gives them', () => {
    assert.deepStrictEqual(pick(documentContext(RU)), { lang: 'ru', refDate: '2025-07-22' });
    assert.deepStrictEqual(pick(documentContext(RU, { lang: 'en', refDate: '2026-01-05' })), { lang: 'en', refDate: '2026-01-05' });
    assert.deepStrictEqual(pick(documentContext('Ministers met on Monday.', { lang: 'auto' })), { lang: 'en', refDate: undefined });
  });

  it('rejects a reference date that is not a calendar day', () => {
    assert.throws(() => documentContext(RU, { refDate: '2025-02-30' }), /YYYY-MM-DD/);
  });

  it('groups lines into runs of one language that cover every token', () => {
    const text = `${RU}\n${EN_QUOTE}\n\n${RU}`;
    const tokens = tokenize(text);
    const runs = documentContext(text, {}, undefined, tokens).lineRuns;
    assert.deepStrictEqual(
      runs.map((r) => [r.lang, text.slice(r.start, r.end).trim()]),
      [
        ['ru', RU],
        ['en', EN_QUOTE],
        ['ru', RU],
      ],
    );
    assert.strictEqual(runs[0].tokenStart, 0);
    assert.strictEqual(runs[runs.length - 1].tokenEnd, tokens.length);
    for (let i = 1; i < runs.length; i++) assert.strictEqual(runs[i].tokenStart, runs[i - 1].tokenEnd);
  });

  it('keeps a one-language document in one run', () => {
    assert.deepStrictEqual(
      documentContext(`${RU}\n\n${RU}`).lineRuns.map((r) => r.lang),
      ['ru'],
    );
    assert.deepStrictEqual(documentContext('').lineRuns, []);
  });
});

describe('lineLang', () => {
  const line = (s: string) => tokenize(s);
  const cases: Array<[string, 'ru' | 'en', 'ru' | 'en']> = [
    // In a Russian document a few Latin names do not switch the line…
    ['Компания Bank of East Asia сообщила о прибыли', 'ru', 'ru'],
    // …a clearly English line does (eight Latin words, four times the Cyrillic ones).
    [EN_QUOTE, 'ru', 'en'],
    ['12 345', 'ru', 'ru'],
    // In an English document a line with no Cyrillic stays English, a Russian one switches.
    ['12 345', 'en', 'en'],
    [RU, 'en', 'ru'],
    ['Sputnik reported from Москва', 'en', 'en'],
  ];
  for (const [text, doc, want] of cases)
    it(`${JSON.stringify(text.slice(0, 40))} in a ${doc} document → ${want}`, () => assert.strictEqual(lineLang(line(text), doc), want));
});

describe("engine: figures in the line's own language", function () {
  // The first test to load the engine pays for the dictionaries (~1 s, more on a busy machine).
  this.timeout(20000);
  it('reads an English line inside a Russian article with the English figure grammar', async () => {
    const engine = await loadEngine();
    const text = `${RU}\n${EN_QUOTE}`;
    const r = engine.extract(text);
    assert.strictEqual(r.lang, 'ru');
    const pct = r.entities.find((e) => e.type === 'PERCENT');
    assert.ok(pct, `no PERCENT in ${JSON.stringify(r.entities.map((e) => `${e.type}:${e.text}`))}`);
    assert.strictEqual(pct.text, 'about twenty five percent');
    assert.strictEqual(pct.value, 25);
    // The Russian line keeps its Russian figures.
    assert.ok(r.entities.some((e) => e.type === 'DATE' && e.text.includes('2025 году')));
  });
});

function pick(c: { lang: string; refDate?: string }) {
  return { lang: c.lang, refDate: c.refDate };
}
