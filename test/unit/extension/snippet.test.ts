// The line of context on a mention row: the words around the mention, cut at spaces.
import * as assert from 'assert';
import { snippet } from '../../../src/extension/tree/snippet';

const at = (line: string, words: string, width?: number) => snippet(line, line.indexOf(words), line.indexOf(words) + words.length, width);

describe('extension: mention row context (snippet)', () => {
  const LONG = 'В Уральске министр внутренних дел России Владимир Колокольцев провёл встречу с коллегой из Казахстана Ержаном Саденовым.';
  const cases: Array<[string, string, string, number | undefined, string]> = [
    ['short line kept whole', 'Колокольцев прибыл.', 'Колокольцев', undefined, 'Колокольцев прибыл.'],
    ['long line cut at spaces on both sides', LONG, 'Колокольцев', 20, '…России Владимир Колокольцев провёл встречу с…'],
    ['mention at the start', LONG, 'В Уральске', 12, 'В Уральске министр…'],
    ['mention at the end', LONG, 'Саденовым.', 12, '…Ержаном Саденовым.'],
    // a non-BMP character at the cut is never split into half a surrogate pair
    ['emoji at the cut', '😀😀😀😀😀😀МВД😀😀😀😀😀😀', 'МВД', 3, '…😀МВД😀…'],
    ['a partly cut word is left out', 'министр внутренних дел', 'дел', 5, '…дел'],
  ];
  for (const [name, line, words, width, expected] of cases) it(name, () => assert.strictEqual(at(line, words, width), expected));
});
