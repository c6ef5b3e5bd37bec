import { strict as assert } from 'assert';
import { recognize } from './helpers';

// Offsets are UTF-16 code units, end exclusive: every entity's text is input.slice(start, end).
const CASES: Array<[string, string, string]> = [
  // [label, input, a name that must be found at its exact position]
  ['CRLF', 'Заголовок\r\n\r\nВ Усть-Каменогорске встретились министры.\r\n', 'Усть-Каменогорске'],
  ['BOM', '\uFEFFВладимир Колокольцев прибыл в Астану.', 'Владимир Колокольцев'],
  ['NBSP', 'Министр\u00A0Владимир\u00A0Колокольцев прибыл в Астану.', 'Астану'],
  ['astral', '🇷🇺🇰🇿 😀 В Усть-Каменогорске встретились министры России и Казахстана.', 'Казахстана'],
  ['English CRLF + astral', '😀 Talks in Astana\r\nVladimir Kolokoltsev arrived.', 'Vladimir Kolokoltsev'],
];

describe('NER offsets', function () {
  this.timeout(20000);
  for (const [label, text, name] of CASES)
    it(label, async () => {
      const ents = await recognize(text);
      for (const e of ents) assert.equal(text.slice(e.start, e.end), e.text, `${e.type} ${e.text}`);
      const hit = ents.find((e) => e.text === name);
      assert.ok(hit, `${name} not found in ${JSON.stringify(ents.map((e) => e.text))}`);
      assert.equal(hit.start, text.indexOf(name));
    });
  it('a name never spans a line break', async () => {
    const text = 'Встреча в Москве\nВладимир Колокольцев прибыл.';
    for (const e of await recognize(text)) assert.ok(!e.text.includes('\n'), e.text);
  });
});
