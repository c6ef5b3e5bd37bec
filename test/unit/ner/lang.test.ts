import { strict as assert } from 'assert';
import { detectLang } from '../../../src/core/lang';
import { Lang } from '../../../src/core/types';

const CASES: Array<[string, Lang]> = [
  ['В Усть-Каменогорске встретились министры внутренних дел России и Казахстана.', 'ru'],
  ['Russian Interior Minister Vladimir Kolokoltsev met his Kazakh counterpart.', 'en'],
  // Mixed: a Russian article quoting Latin names stays Russian.
  ['АСТАНА, 22 июл — Sputnik. Компания Hewlett-Packard и Bank of East Asia объявили о сделке.', 'ru'],
  // Mixed: an English text with one Russian word stays English.
  ['The word "спутник" means companion; Sputnik was launched in 1957 by the Soviet Union.', 'en'],
  ['\uFEFFМосква\r\n', 'ru'],
  ['', 'ru'],
  ['12345 — 678', 'ru'],
];

describe('detectLang', () => {
  for (const [text, lang] of CASES) it(`${JSON.stringify(text.slice(0, 40))} → ${lang}`, () => assert.equal(detectLang(text), lang));
});
