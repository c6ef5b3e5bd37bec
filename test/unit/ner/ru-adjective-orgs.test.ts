// joinAdjectiveOrgs on the tagger's spans given directly: a place (or person) made only of capitalized
// adjectives before a lower-case organization head that agrees with them becomes one organization with
// the head; a kind of place, a state, a head in another case, number or gender, a plural, a sentence
// start or a noun that heads no organization leave the span as it was.
import * as assert from 'assert';
import { joinAdjectiveOrgs } from '../../../src/core/ner/ru-adjective-orgs';
import { runSpanRule } from './helpers';

describe('NER ru: joinAdjectiveOrgs', function () {
  this.timeout(20000);
  const run = (text: string, tagged: string[]) => runSpanRule(joinAdjectiveOrgs, text, tagged);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['an exchange', 'Акции упали на Московской бирже во вторник.', ['LOC Московской'], ['ORG Московской бирже']],
    [
      'two adjectives read as a place',
      'Дело рассмотрели в Свердловском областном суде в среду.',
      ['LOC Свердловском областном'],
      ['ORG Свердловском областном суде'],
    ],
    [
      'the head already inside the place',
      'Дело рассмотрели в Свердловском областном суде в среду.',
      ['LOC Свердловском областном суде'],
      ['ORG Свердловском областном суде'],
    ],
    [
      'a lower-case adjective between',
      'Он учится в Казанском федеральном университете с 2020 года.',
      ['LOC Казанском'],
      ['ORG Казанском федеральном университете'],
    ],
    ['read as a person', 'Иск подан в Верховный суд вчера.', ['PER Верховный'], ['ORG Верховный суд']],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('false positives: left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a kind of place', 'Жители Московской области недовольны.', ['LOC Московской области']],
      ['a kind of place after the adjective', 'Он живёт в Московской области давно.', ['LOC Московской']],
      ['a state', 'Цены выросли по Российской федерации на 18%.', ['LOC Российской федерации']],
      ['a plural head', 'В Московской суды поступили иски.', ['LOC Московской']],
      ['another gender', 'Он вернулся из Московского бирж.', ['LOC Московского']],
      ['a sentence start', 'Итальянский клуб арендовал его до лета.', ['LOC Итальянский']],
      ['not an organization head', 'Он гулял по Московской улице вечером.', ['LOC Московской']],
      ['a noun, not an adjective', 'В Москве суд отклонил иск.', ['LOC Москве']],
      ['an organization already', 'Он работал в Московской бирже.', ['ORG Московской бирже']],
      ['the head starts the next span', 'Он прибыл в Казанский Университет утром.', ['LOC Казанский']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
