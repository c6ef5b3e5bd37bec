import * as assert from 'assert';
import { joinMemberStates } from '../../../src/core/ner/member-states';
import { Span } from '../../../src/core/ner/spans';

// Spans are given by their quotes; first/last token indexes do not matter to the rule.
function spansOf(text: string, quotes: Array<[Span['type'], string]>): Span[] {
  return quotes.map(([type, q]) => {
    const start = text.indexOf(q);
    return { start, end: start + q.length, type, first: 0, last: 0 };
  });
}
const show = (text: string, spans: Span[]) => spans.map((s) => `${s.type} ${text.slice(s.start, s.end)}`);

describe('NER: member-state compounds join an organization name', () => {
  const cases: Array<[string, Array<[Span['type'], string]>, string[]]> = [
    [
      'Совет министров внутренних дел государств – участников СНГ и ОДКБ.',
      [
        ['ORG', 'Совет министров внутренних дел государств'],
        ['ORG', 'СНГ'],
        ['ORG', 'ОДКБ'],
      ],
      ['ORG Совет министров внутренних дел государств – участников СНГ', 'ORG СНГ', 'ORG ОДКБ'],
    ],
    [
      'Совет глав государств - членов ШОС собрался.',
      [
        ['ORG', 'Совет глав государств'],
        ['ORG', 'ШОС'],
      ],
      ['ORG Совет глав государств - членов ШОС', 'ORG ШОС'],
    ],
    // false positives: no member word, a person, a sentence boundary
    [
      'Совет Федерации – СНГ.',
      [
        ['ORG', 'Совет Федерации'],
        ['ORG', 'СНГ'],
      ],
      ['ORG Совет Федерации', 'ORG СНГ'],
    ],
    [
      'Иванов – участник СНГ.',
      [
        ['PER', 'Иванов'],
        ['ORG', 'СНГ'],
      ],
      ['PER Иванов', 'ORG СНГ'],
    ],
    [
      'Совет Европы. Участники СНГ',
      [
        ['ORG', 'Совет Европы'],
        ['ORG', 'СНГ'],
      ],
      ['ORG Совет Европы', 'ORG СНГ'],
    ],
  ];
  for (const [text, given, expected] of cases) {
    it(text, () => assert.deepStrictEqual(show(text, joinMemberStates(text, spansOf(text, given))), expected));
  }
});
