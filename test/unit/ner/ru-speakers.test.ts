// A name the tagger calls a place that speaks (a speech verb after a quote's dash, or right after the
// name at a sentence start) is a person (src/core/ner/ru-speakers.ts). Invented sentences; the tagger's
// spans are given directly.
import * as assert from 'assert';
import { retypeSpeakers } from '../../../src/core/ner/ru-speakers';
import { runSpanRule } from './helpers';

const run = (text: string, tagged: string[]) => runSpanRule(retypeSpeakers, text, tagged);

describe('NER ru: retypeSpeakers', function () {
  this.timeout(20000);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['an adjective-like surname after "— пояснил"', '«Так будет лучше», — пояснил Дубровский.', ['LOC Дубровский'], ['PER Дубровский']],
    ['a stage name after ", — сказала"', '«Я готова», — сказала Мадонна журналистам.', ['LOC Мадонна'], ['PER Мадонна']],
    ['a name opening the sentence before the verb', 'Выступление прошло. Мадонна сообщила, что устала.', ['LOC Мадонна'], ['PER Мадонна']],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      // az reads "Москва" first as a place: a state speaking through its capital stays a place.
      ['a real place that "says"', '«Это неприемлемо», — заявила Москва в ответ.', ['LOC Москва']],
      ['a place after a verb without a quote before it', 'Он рассказал Дубровский случай вчера.', ['LOC Дубровский']],
      ['an organization stays one', '«Рейс отменён», — сообщил Аэрофлот.', ['ORG Аэрофлот']],
      ['a place in the middle of a sentence', 'Вчера в Сочи сообщили о снеге.', ['LOC Сочи']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
