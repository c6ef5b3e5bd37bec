import { strict as assert } from 'assert';
import { entityKeys, groupMentions, initialsOf } from '../../../src/core/ner/group';
import { Entity, EntityType } from '../../../src/core/types';

function ent(type: EntityType, text: string, norm = text): Entity {
  return { start: 0, end: text.length, type, text, norm };
}

/** Mentions laid out one after another, as in a text: the order matters for "the last one before". */
function doc(...mentions: Array<[EntityType, string, string?]>): Entity[] {
  let at = 0;
  return mentions.map(([type, text, norm]) => {
    const e: Entity = { start: at, end: at + text.length, type, text, norm: norm ?? text };
    at = e.end + 1;
    return e;
  });
}

// [mentions in text order, the entity key `extract` prints for each]
const ENTITY_CASES: Array<[string, Entity[], string[]]> = [
  [
    'one person under case forms, surname alone, initials and patronymic',
    doc(
      ['PER', 'Уоррен Баффет'],
      ['PER', 'Баффетом', 'Баффет'],
      ['PER', 'Баффета', 'Баффет'],
      ['PER', 'У. Баффет'],
      ['PER', 'Уоррена Эдварда Баффета', 'Уоррен Эдвард Баффет'],
    ),
    ['per-1', 'per-1', 'per-1', 'per-1', 'per-1'],
  ],
  [
    'two people sharing a surname are two; the feminine form joins the woman',
    doc(['PER', 'Андрей Иванов'], ['PER', 'Марией Ивановой', 'Мария Иванова'], ['PER', 'Иванова'], ['PER', 'Иванов']),
    ['per-1', 'per-2', 'per-2', 'per-1'],
  ],
  [
    'two men sharing a surname: a surname alone is the one named last before it',
    doc(['PER', 'Андрей Иванов'], ['PER', 'Пётр Иванов'], ['PER', 'Иванов'], ['PER', 'Андрея Иванова', 'Андрей Иванов'], ['PER', 'Иванова', 'Иванов']),
    ['per-1', 'per-2', 'per-2', 'per-1', 'per-1'],
  ],
  [
    'an initial joins the full name it fits, not another of the same surname',
    doc(['PER', 'Андрей Иванов'], ['PER', 'Пётр Иванов'], ['PER', 'А. Иванов']),
    ['per-1', 'per-2', 'per-1'],
  ],
  [
    'first name and patronymic alone join the one full name with that first name',
    doc(['PER', 'Пётр Ильич Чайковский'], ['PER', 'Петра Ильича', 'Пётр Ильич'], ['PER', 'Чайковского', 'Чайковский']),
    ['per-1', 'per-1', 'per-1'],
  ],
  [
    'types are numbered apart; an abbreviation joins its full name',
    doc(
      ['LOC', 'России', 'Россия'],
      ['ORG', 'Министерства внутренних дел', 'Министерство внутренних дел'],
      ['LOC', 'Москве', 'Москва'],
      ['ORG', 'МВД'],
      ['LOC', 'Россия'],
    ),
    ['loc-1', 'org-1', 'loc-2', 'org-1', 'loc-1'],
  ],
  [
    'an abbreviation joins every mention of its full name, of its own type only',
    doc(
      ['ORG', 'Министерство внутренних дел'],
      ['LOC', 'Министерство внутренних дел'],
      ['ORG', 'МВД'],
      ['ORG', 'Министерства внутренних дел', 'Министерство внутренних дел'],
    ),
    ['org-1', 'loc-1', 'org-1', 'org-1'],
  ],
];

// [mentions of one document, expected group key per mention]
const CASES: Array<[Entity[], string[]]> = [
  [
    [ent('PER', 'Владимир Колокольцев'), ent('PER', 'Колокольцевым', 'Колокольцев'), ent('PER', 'Владимир')],
    ['PER:колокольцев', 'PER:колокольцев', 'PER:колокольцев'],
  ],
  [
    [ent('LOC', 'Россия'), ent('LOC', 'России', 'Россия'), ent('LOC', 'Казахстана', 'Казахстан')],
    ['LOC:россия', 'LOC:россия', 'LOC:казахстан'],
  ],
  [
    [ent('ORG', 'Министерства внутренних дел', 'Министерство внутренних дел'), ent('ORG', 'МВД')],
    ['ORG:мвд', 'ORG:мвд'],
  ],
  [
    [ent('ORG', 'Commonwealth of Independent States'), ent('ORG', 'CIS')],
    ['ORG:cis', 'ORG:cis'],
  ],
  // Two people sharing a first name: a bare first name joins neither.
  [
    [ent('PER', 'Владимир Путин'), ent('PER', 'Владимир Колокольцев'), ent('PER', 'Владимир')],
    ['PER:путин', 'PER:колокольцев', 'PER:владимир'],
  ],
  // English: a possessive's norm and a bare surname join the full name; spacing does not split a name.
  [
    [ent('ORG', "Time Warner's", 'Time Warner'), ent('ORG', 'TimeWarner'), ent('PER', 'Richard Parsons'), ent('PER', 'Parsons')],
    ['ORG:time warner', 'ORG:time warner', 'PER:parsons', 'PER:parsons'],
  ],
  // … for people too: a particle written with or without its space, a name run together.
  [
    [ent('PER', 'Marco De Luca'), ent('PER', 'De Luca'), ent('PER', 'DeLuca')],
    ['PER:luca marco', 'PER:luca de', 'PER:luca de'],
  ],
  [
    [ent('PER', 'Brightwater Mining'), ent('PER', 'Mining'), ent('PER', 'BrightwaterMining'), ent('ORG', 'Brightwater Mining')],
    ['PER:mining', 'PER:mining', 'PER:mining', 'ORG:brightwater mining'],
  ],
  // … but a surname alone is not the person whose full name it ends in run together.
  [
    [ent('PER', 'Ruth Okafor'), ent('PER', 'RuthOkafor'), ent('PER', 'Okafor')],
    ['PER:okafor', 'PER:okafor', 'PER:okafor'],
  ],
  // An abbreviation whose letters match nothing stays on its own; different types never merge.
  [
    [ent('ORG', 'ОДКБ'), ent('LOC', 'Москва'), ent('ORG', 'Москва')],
    ['ORG:одкб', 'LOC:москва', 'ORG:москва'],
  ],
];

describe('groupMentions', () => {
  CASES.forEach(([mentions, keys], k) =>
    it(`case ${k + 1}: ${mentions.map((m) => m.text).join(' / ')}`, () => {
      const groups = groupMentions(mentions);
      assert.deepEqual(
        mentions.map((m) => groups.get(m)),
        keys,
      );
    }),
  );
  for (const [name, mentions, expected] of ENTITY_CASES)
    it(`entityKeys: ${name}`, () => {
      const keys = entityKeys(mentions);
      assert.deepEqual(
        mentions.map((m) => keys.get(m)),
        expected,
      );
    });
  it('ignores figures', () => {
    const n: Entity = { start: 0, end: 3, type: 'NUMBER', text: '120', value: 120 };
    assert.equal(groupMentions([n]).has(n), false);
  });
  const INITIALS: Array<[string, string]> = [
    ['Министерство по чрезвычайным ситуациям', 'мчс'],
    ['Организация Договора о коллективной безопасности', 'одкб'],
    ['Bank of East Asia', 'bea'],
    // A hyphenated word gives the initial of each part; function words give none.
    ['Северо-Западный федеральный округ', 'сзфо'],
    ['of the', ''],
  ];
  for (const [name, abbr] of INITIALS) it(`initials ${name} → ${abbr}`, () => assert.equal(initialsOf(name), abbr));
});
