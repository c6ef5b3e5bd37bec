// One word built as an organization's name is an organization, not a place (src/core/ner/ru-org-words.ts).
// Invented sentences; the tagger's spans are given directly.
import * as assert from 'assert';
import { retypeOrganizationWords } from '../../../src/core/ner/ru-org-words';
import { runSpanRule } from './helpers';

const run = (text: string, tagged: string[]) => runSpanRule(retypeOrganizationWords, text, tagged);

describe('NER ru: retypeOrganizationWords', function () {
  this.timeout(20000);
  const cases: Array<[string, string, string[], string[]]> = [
    // [what, text, tagger's spans, expected]
    ['a compound ending in a body noun', 'Она работала в Госдепартаменте три года.', ['LOC Госдепартаменте'], ['ORG Госдепартаменте']],
    ['a declined abbreviation', 'Он учился во ВГИКе и в ГИТИСе.', ['LOC ВГИКе', 'LOC ГИТИСе'], ['ORG ВГИКе', 'ORG ГИТИСе']],
  ];
  for (const [what, text, tagged, expected] of cases) it(what, async () => assert.deepStrictEqual(await run(text, tagged), expected));

  describe('left alone', () => {
    const same: Array<[string, string, string[]]> = [
      ['an abbreviation of a state, not declined', 'Он прилетел в США вчера.', ['LOC США']],
      ['a place az knows, though it ends in a body noun', 'Он живёт в Краснозаводске.', ['LOC Краснозаводске']],
      ['two words', 'Он был в Белом доме.', ['LOC Белом доме']],
      ['a lower-case word', 'Он сидел в госдепартаменте.', ['LOC госдепартаменте']],
    ];
    for (const [what, text, tagged] of same) it(what, async () => assert.deepStrictEqual(await run(text, tagged), tagged));
  });
});
