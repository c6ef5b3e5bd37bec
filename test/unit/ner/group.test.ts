import { strict as assert } from 'assert';
import { groupMentions, initialsOf } from '../../../src/core/ner/group';
import { Entity, EntityType } from '../../../src/core/types';

function ent(type: EntityType, text: string, norm = text): Entity {
  return { start: 0, end: text.length, type, text, norm };
}

// [mentions of one document, expected group key per mention]
const CASES: Array<[Entity[], string[]]> = [
  [
    [ent('PER', 'Владимир Колокольцев'), ent('PER', 'Колокольцевым', 'Колокольцев'), ent('PER', 'Владимир')],
    ['PER:колокольцев', 'PER:колокольцев', 'PER:колокольцев'],
  ],
  [[ent('LOC', 'Россия'), ent('LOC', 'России', 'Россия'), ent('LOC', 'Казахстана', 'Казахстан')], ['LOC:россия', 'LOC:россия', 'LOC:казахстан']],
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
  // An abbreviation whose letters match nothing stays on its own; different types never merge.
  [[ent('ORG', 'ОДКБ'), ent('LOC', 'Москва'), ent('ORG', 'Москва')], ['ORG:одкб', 'LOC:москва', 'ORG:москва']],
];

describe('groupMentions', () => {
  CASES.forEach(([mentions, keys], k) =>
    it(`case ${k + 1}: ${mentions.map((m) => m.text).join(' / ')}`, () => {
      const groups = groupMentions(mentions);
      assert.deepEqual(mentions.map((m) => groups.get(m)), keys);
    }),
  );
  it('ignores figures', () => {
    const n: Entity = { start: 0, end: 3, type: 'NUMBER', text: '120', value: 120 };
    assert.equal(groupMentions([n]).has(n), false);
  });
  const INITIALS: Array<[string, string]> = [
    ['Министерство по чрезвычайным ситуациям', 'мчс'],
    ['Организация Договора о коллективной безопасности', 'одкб'],
    ['Bank of East Asia', 'bea'],
  ];
  for (const [name, abbr] of INITIALS) it(`initials ${name} → ${abbr}`, () => assert.equal(initialsOf(name), abbr));
});
