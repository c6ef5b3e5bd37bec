import { strict as assert } from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { FormCache, toLines } from '../../../src/core/ner/forms';
import { datelineAgency } from '../../../src/core/ner/dateline-ru';
import { recognize, brief } from './helpers';

function agency(text: string): string | undefined {
  const line = toLines(tokenize(text), new FormCache(undefined))[0];
  const s = datelineAgency(line);
  return s && text.slice(s.start, s.end);
}

// [line, agency of its dateline]
const AGENCIES: Array<[string, string]> = [
  ['АСТАНА, 22 июл — Sputnik. В Усть-Каменогорске встретились министры', 'Sputnik'],
  ['МОСКВА, 5 мая 2024 — РИА Новости. Президент подписал указ', 'РИА Новости'],
  ['НУР-СУЛТАН, 3 января – Интерфакс-Казахстан.', 'Интерфакс-Казахстан'],
  ['САНКТ-ПЕТЕРБУРГ, 1 сен - ТАСС.', 'ТАСС'],
];

// Lines that are not datelines, or whose words after the dash are not a short agency name.
const NOT_AGENCIES: string[] = [
  'Москва, 5 мая — РИА Новости.', // the place is not shouted
  'МОСКВА — РИА Новости.', // no date
  'МОСКВА, 5 мая — сообщили в министерстве.', // lower case after the dash
  'МОСКВА, 5 мая — Президент России Владимир Путин подписал указ.', // a sentence, not a name
  'В МОСКВЕ, 5 мая — Sputnik.', // a sentence opening, not a dateline
  'МОСКВА, 5 мая — Sputnik сообщает', // no full stop after the name
];

describe('NER, Russian datelines', function () {
  for (const [text, want] of AGENCIES) it(`${text} → ${want}`, () => assert.equal(agency(text), want));
  for (const text of NOT_AGENCIES) it(`no agency: ${text}`, () => assert.equal(agency(text), undefined));

  it('the recognizer reports the agency as ORG', async function () {
    this.timeout(20000);
    const got = brief(await recognize('АСТАНА, 22 июл — Sputnik. В Усть-Каменогорске встретились министры.'));
    assert.ok(got.includes('ORG Sputnik'), JSON.stringify(got));
  });
});
