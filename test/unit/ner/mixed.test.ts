import { strict as assert } from 'assert';
import { recognize, brief } from './helpers';
import { detectLang } from '../../../src/core/lang';

// A Russian article quoting an English paragraph: each line is read in its own language.
const MIXED = [
  'В Усть-Каменогорске встретились министры Владимир Колокольцев и Ержан Саденов.',
  '',
  'Reuters quoted the statement: "Russian Interior Minister Vladimir Kolokoltsev met Kazakh officials in Astana on Tuesday."',
  '',
  'Колокольцев отметил, что Россия и Казахстан давно взаимодействуют.',
].join('\n');

describe('NER, mixed Russian and English document', function () {
  this.timeout(20000);
  it('is a Russian document', () => assert.equal(detectLang(MIXED), 'ru'));
  it('finds names in both languages', async () => {
    const got = brief(await recognize(MIXED));
    for (const e of [
      'LOC Усть-Каменогорске',
      'PER Владимир Колокольцев',
      'PER Ержан Саденов',
      'ORG Reuters',
      'PER Vladimir Kolokoltsev',
      'LOC Astana',
      'PER Колокольцев',
      'LOC Россия',
      'LOC Казахстан',
    ])
      assert.ok(got.includes(e), `missing ${e}; got ${JSON.stringify(got)}`);
    assert.ok(!got.some((g) => / (Russian|Kazakh|Tuesday)$/.test(g)), JSON.stringify(got));
  });
});
