// An organization span ending on a Latin word runs on over the Latin words of the name
// (src/core/ner/ru-latin-runs.ts). Tested over spans given directly, so a retrained tagger cannot hide it.
import * as assert from 'assert';
import { joinLatinRuns } from '../../../src/core/ner/ru-latin-runs';
import { runSpanRule } from './helpers';

/** The rule over spans given as "TYPE words" (each run of tokens found in the line). */
const run = (text: string, tagged: string[]) => runSpanRule((line, spans) => joinLatinRuns(line, spans), text, tagged);

describe('NER ru: joinLatinRuns', () => {
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['capitalized Latin words after the span', 'Об этом заявил глава Acme Steel Works на встрече.', ['ORG Acme'], ['ORG Acme Steel Works']],
    ['a span already two words long', 'Сделку одобрил совет Northern Rock Holdings вчера.', ['ORG Northern Rock'], ['ORG Northern Rock Holdings']],
    ['a joining word before a capital', 'Кредит выдал Bank of East Asia в июне.', ['ORG Bank'], ['ORG Bank of East Asia']],
    ['capitalized Latin words before the span', 'Об этом заявил глава Business NZ вчера.', ['ORG NZ'], ['ORG Business NZ']],
    ['both sides', 'Сделку одобрил совет Royal Bank of Scotland вчера.', ['ORG Bank'], ['ORG Royal Bank of Scotland']],
    [
      'two halves of one name the tagger split',
      'Яд нашли у компании Harles und Jentzsch в Германии.',
      ['ORG Harles', 'ORG Jentzsch'],
      ['ORG Harles und Jentzsch'],
    ],
    [
      'a span whose last word is Latin, after Cyrillic',
      'Контракт получила группа Газпром Germania Trading вчера.',
      ['ORG Газпром Germania'],
      ['ORG Газпром Germania Trading'],
    ],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['a lower-case Latin word', 'Сервис Acme beta открылся вчера.', ['ORG Acme']],
      ['a joining word with no capital after it', 'Акции Acme and others выросли.', ['ORG Acme']],
      ['punctuation between', 'Заявили Acme, Globex и другие.', ['ORG Acme']],
      ['a Cyrillic word after the span', 'Глава Acme Иван Петров уехал.', ['ORG Acme', 'PER Иван Петров']],
      ['a person after the span is not swallowed', 'Глава Acme John Smith уехал.', ['ORG Acme', 'PER John Smith']],
      ['a place and a person are no organizations', 'Он жил в Ponte San Pietro с женой.', ['LOC Ponte']],
      ['a lower-case Latin word before the span', 'Это сказал совет banks NZ вчера.', ['ORG NZ']],
      ['a name before the span is not swallowed', 'Глава Acme Globex сказал.', ['ORG Acme', 'ORG Globex']],
      ['an organization span ending on a Cyrillic word', 'Сотрудник Газпрома Acme Oil уехал.', ['ORG Газпрома']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
