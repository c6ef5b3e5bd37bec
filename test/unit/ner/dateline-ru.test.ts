import { strict as assert } from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { FormCache, toLines } from '../../../src/core/ner/forms';
import { datelineAgency, PLACE_END } from '../../../src/core/ner/dateline-ru';
import { parseDateline } from '../../../src/core/figures/dateline';
import { Line } from '../../../src/core/ner/forms';
import { recognize, brief } from './helpers';
import { rng } from '../seeded-random';

/** The agency as the parser reads the whole line's text, with no pre-check (what datelineAgency must equal). */
function agencyWithoutPrecheck(line: Line): [number, number] | undefined {
  const t = line.tokens;
  if (!t.length) return undefined;
  const base = t[0].start;
  let text = '';
  for (const tok of t) text += ' '.repeat(tok.start - base - text.length) + tok.text;
  const a = parseDateline(text)?.agency;
  if (!a) return undefined;
  const first = t.findIndex((tok) => tok.start === base + a.start);
  const last = t.findIndex((tok) => tok.end === base + a.end);
  return first < 0 || last < first ? undefined : [t[first].start, t[last].end];
}

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

  it('the pre-check never turns away a line the parser reads a dateline from (4,000 random lines)', () => {
    const random = rng(11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    // Places of every length around the limit (one capital and up to 40 more characters), in both scripts.
    const place = () => {
      const n = 1 + Math.floor(random() * (PLACE_END + 4));
      const cyrillic = random() < 0.5;
      const first = random() < 0.9 ? (cyrillic ? pick(['М', 'Н', 'Ё']) : pick(['M', 'L'])) : pick(['m', 'н', '5', '«']);
      const more = cyrillic ? ['А', 'Б', 'Ё', 'Я', ' ', '-'] : ['A', 'x', 'Y', ' ', '-', '.'];
      return first + Array.from({ length: n - 1 }, () => (random() < 0.02 ? ',' : pick(more))).join('');
    };
    const tail = ['5 мая', '22 июл 2024 года', 'July 22', '22 July 2024', 'Sept. 3, 1996', '1 сен'];
    const after = [' — Sputnik.', ' – РИА Новости.', ' (Reuters) -', ' (AP) —', ' - ТАСС.', '. /ТАСС/.', ', сообщили', ' — Президент сказал.'];
    let datelines = 0;
    for (let k = 0; k < 4000; k++) {
      const text = place() + pick([',', ',', ',', ', ', ' ,', ',,', '', ' ,,']) + ' ' + pick(tail) + pick(after) + pick(['', ' В Москве, 5 мая.', ' A, B']);
      const line = toLines(tokenize(text), new FormCache(undefined))[0];
      const want = agencyWithoutPrecheck(line);
      if (want) datelines++;
      const got = datelineAgency(line);
      assert.deepEqual(got && [got.start, got.end], want, text);
    }
    assert.ok(datelines > 100, `only ${datelines} lines with an agency`);
  });

  it('the recognizer reports the agency as ORG', async function () {
    this.timeout(20000);
    const got = brief(await recognize('АСТАНА, 22 июл — Sputnik. В Усть-Каменогорске встретились министры.'));
    assert.ok(got.includes('ORG Sputnik'), JSON.stringify(got));
  });
});
