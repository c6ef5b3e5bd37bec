// Quotes, speakers and roles: [text, entities the engine would give, expected quotes with speakers].
import * as assert from 'assert';
import { findQuotes } from '../../../src/core/quotes/quotes';
import { findRoles } from '../../../src/core/quotes/roles';
import { quotesAndRoles } from '../../../src/core/quotes/relations';
import type { Entity, Lang } from '../../../src/core/types';
import { runCli, SAMPLE } from '../cli/helpers';

/** Entities placed by quote: [quote, type]. */
const ents = (text: string, marks: [string, Entity['type']][]): Entity[] =>
  marks.map(([q, type]) => {
    const start = text.indexOf(q);
    assert.ok(start >= 0, q);
    return { type, text: q, start, end: start + q.length };
  });

const table: [string, Lang, string, [string, Entity['type']][], [string, string | null][]][] = [
  [
    'attribution after, Russian dash',
    'ru',
    '«Мост откроют осенью», — заявил губернатор Олег Смирнов.',
    [['Олег Смирнов', 'PER']],
    [['Мост откроют осенью', 'Олег Смирнов']],
  ],
  [
    'attribution before, colon',
    'ru',
    'Министр Антон Кравцов сказал: «Бюджет будет исполнен».',
    [['Антон Кравцов', 'PER']],
    [['Бюджет будет исполнен', 'Антон Кравцов']],
  ],
  [
    'an organization speaks',
    'ru',
    '«Цены не вырастут до конца года», — сообщили в Минэнерго.',
    [['Минэнерго', 'ORG']],
    [['Цены не вырастут до конца года', 'Минэнерго']],
  ],
  [
    'reported speech',
    'ru',
    'По словам Марии Ивановой, школа откроется в сентябре.',
    [['Марии Ивановой', 'PER']],
    [['школа откроется в сентябре', 'Марии Ивановой']],
  ],
  [
    'a pronoun: the person last said to speak',
    'ru',
    'Как отметил Игорь Белов, решения будут. «Мы услышали каждого», — пообещал он.',
    [['Игорь Белов', 'PER']],
    [
      ['решения будут', 'Игорь Белов'],
      ['Мы услышали каждого', 'Игорь Белов'],
    ],
  ],
  [
    'a description naming a body: its head, the person last said to speak',
    'ru',
    'Как отметил Владимир Колокольцев, работа идёт. «Обмен налажен», — отметил глава МВД России.',
    [
      ['Владимир Колокольцев', 'PER'],
      ['МВД России', 'ORG'],
    ],
    [
      ['работа идёт', 'Владимир Колокольцев'],
      ['Обмен налажен', 'Владимир Колокольцев'],
    ],
  ],
  [
    'a mistyped opening guillemet after a colon',
    'ru',
    'Он сказал:»Между министерствами налажен обмен», — отметил Иван Петров.',
    [['Иван Петров', 'PER']],
    [['Между министерствами налажен обмен', 'Иван Петров']],
  ],
  [
    'continuation without attribution',
    'en',
    '"The talks went well," said Helen Carter. "Next meeting in March."',
    [['Helen Carter', 'PER']],
    [
      ['The talks went well,', 'Helen Carter'],
      ['Next meeting in March.', 'Helen Carter'],
    ],
  ],
  [
    'nested quotes stay inside',
    'ru',
    '«Слова „временные меры“ неуместны», — подчеркнул Семён Блинов.',
    [['Семён Блинов', 'PER']],
    [['Слова „временные меры“ неуместны', 'Семён Блинов']],
  ],
  [
    'a quote over two paragraphs reopens its mark',
    'en',
    '"The first stage is complete.\n"The second starts after the election," Gleb Vorontsov said.',
    [['Gleb Vorontsov', 'PER']],
    [['The first stage is complete.\n"The second starts after the election,', 'Gleb Vorontsov']],
  ],
  [
    'no speaker is better than a wrong one',
    'en',
    '"The situation is under control," a police spokesman said.',
    [],
    [['The situation is under control,', null]],
  ],
  // false positives: quoted names and titles are not quotes
  ['a company name in guillemets', 'ru', 'В пресс-службе «Газпрома» сообщили, что поставки идут.', [['Газпрома', 'ORG']], []],
  ['a film title', 'ru', 'Фильм «Белые ночи» вышел в прокат.', [], []],
  ['an English title', 'en', 'The film "White Nights" opened on Friday.', [], []],
  ['scare quotes', 'en', 'The company opened its "largest ever" site.', [], []],
];

describe('quotes and speakers', () => {
  for (const [what, lang, text, marks, want] of table) {
    it(what, () => {
      const entities = ents(text, marks);
      const got = findQuotes(text, entities, lang).map((q) => [q.text, q.speaker === undefined ? null : entities[q.speaker].text]);
      assert.deepStrictEqual(got, want);
    });
  }
});

describe('roles', () => {
  it('coordinated people take coordinated places in order', () => {
    const text = 'В Астане встретились министры внутренних дел России и Казахстана Владимир Колокольцев и Ержан Саденов.';
    const entities = ents(text, [
      ['Астане', 'LOC'],
      ['России', 'LOC'],
      ['Казахстана', 'LOC'],
      ['Владимир Колокольцев', 'PER'],
      ['Ержан Саденов', 'PER'],
    ]);
    const roles = findRoles(text, entities, 'ru').map((r) => [entities[r.person].text, r.norm, r.of === undefined ? null : entities[r.of].text]);
    assert.deepStrictEqual(roles, [
      ['Владимир Колокольцев', 'министр внутренних дел', 'России'],
      ['Ержан Саденов', 'министр внутренних дел', 'Казахстана'],
    ]);
  });
  it('English: a possessive body before the role, an appositive after the name', () => {
    const text = "Kazakhstan's minister for water resources, Aidar Nurlanov, spoke. Richard Parsons, chairman of Time Warner, agreed.";
    const entities = ents(text, [
      ['Kazakhstan', 'LOC'],
      ['Aidar Nurlanov', 'PER'],
      ['Richard Parsons', 'PER'],
      ['Time Warner', 'ORG'],
    ]);
    const roles = findRoles(text, entities, 'en').map((r) => [entities[r.person].text, r.norm, r.of === undefined ? null : entities[r.of].text]);
    assert.deepStrictEqual(roles, [
      ['Aidar Nurlanov', 'minister for water resources', 'Kazakhstan'],
      ['Richard Parsons', 'chairman', 'Time Warner'],
    ]);
  });
  it('a capitalized word before a name is no role without a role word', () => {
    const text = 'Вчера Владимир Путин прибыл в Москву.';
    assert.deepStrictEqual(
      findRoles(
        text,
        ents(text, [
          ['Владимир Путин', 'PER'],
          ['Москву', 'LOC'],
        ]),
        'ru',
      ),
      [],
    );
  });
  it('relations point at list indices: speaker, role, of', () => {
    const text = 'Министр финансов России Антон Кравцов сказал: «Бюджет будет исполнен без дефицита».';
    const entities = ents(text, [
      ['России', 'LOC'],
      ['Антон Кравцов', 'PER'],
    ]);
    const { spans, relations } = quotesAndRoles(text, entities, 'ru');
    assert.deepStrictEqual(
      spans.map((s) => [s.type, s.text]),
      [
        ['QUOTE', 'Бюджет будет исполнен без дефицита'],
        ['ROLE', 'Министр финансов России'],
      ],
    );
    assert.deepStrictEqual(relations, [
      { type: 'speaker', from: 2, to: 1 },
      { type: 'role', from: 1, to: 3 },
      { type: 'of', from: 3, to: 0 },
    ]);
  });
});

describe('extract --quotes', function () {
  this.timeout(60000);
  it('the Russian sample: both quotes, the first by Колокольцев (through "глава МВД России"), the last by МВД; his role', async () => {
    const r = await runCli(['extract', '--quotes', SAMPLE]);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const speakerOf = (start: string) => {
      const q = out.entities.findIndex((e: { type: string; text: string }) => e.type === 'QUOTE' && e.text.startsWith(start));
      assert.ok(q >= 0, start);
      const rel = out.relations.find((x: { type: string; from: number }) => x.type === 'speaker' && x.from === q);
      return rel && out.entities[rel.to].text;
    };
    assert.strictEqual(speakerOf('Между министерствами'), 'Владимир Колокольцев');
    assert.strictEqual(speakerOf('По итогам обсуждения'), 'МВД');
    const per = out.entities.findIndex((e: { type: string; text: string }) => e.type === 'PER' && e.text === 'Владимир Колокольцев');
    const role = out.relations.find((x: { type: string; from: number }) => x.type === 'role' && x.from === per);
    assert.strictEqual(out.entities[role.to].norm, 'министр внутренних дел');
    const of = out.relations.find((x: { type: string; from: number }) => x.type === 'of' && x.from === role.to);
    assert.strictEqual(out.entities[of.to].text, 'России');
  });
  it('without --quotes the output has no relations (unchanged)', async () => {
    const out = JSON.parse((await runCli(['extract', SAMPLE])).stdout);
    assert.strictEqual(out.relations, undefined);
    assert.ok(!out.entities.some((e: { type: string }) => e.type === 'QUOTE'));
  });
});
