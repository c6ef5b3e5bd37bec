// addKnownSurnames over hand-made spans: what it adds, and what it leaves alone.
import { strict as assert } from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { toLines } from '../../../src/core/ner/forms';
import { englishForms } from '../../../src/core/ner/en-tagger';
import { addKnownSurnames } from '../../../src/core/ner/en-surnames';
import { Span } from '../../../src/core/ner/spans';

/** Lines of `text` with the spans given as [line, first token, last token, type], then the step; "TYPE text" out. */
function run(text: string, given: Array<[number, number, number, Span['type']]>): string[] {
  const lines = toLines(tokenize(text), englishForms(new Map()));
  const spans: Span[][] = lines.map(() => []);
  for (const [k, first, last, type] of given) spans[k].push({ start: lines[k].tokens[first].start, end: lines[k].tokens[last - 1].end, type, first, last });
  addKnownSurnames(lines, spans);
  return spans.flat().map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}

describe('English surnames after a full name (en-surnames.ts)', () => {
  it('adds the bare surname, in any line, without its possessive', () => {
    assert.deepEqual(run('Ruth Okafor spoke.\nOkafor said no. Okafor’s plan failed.', [[0, 0, 2, 'PER']]), ['PER Ruth Okafor', 'PER Okafor', 'PER Okafor']);
  });
  it('leaves a word inside another span, a lower-case word and a one-word person alone', () => {
    assert.deepEqual(
      run('Ruth Okafor met Lee. The Okafor Trust paid; okafor is a word. Lee left.', [
        [0, 0, 2, 'PER'],
        [0, 3, 4, 'PER'],
        [0, 6, 8, 'ORG'],
      ]),
      ['PER Ruth Okafor', 'PER Lee', 'ORG Okafor Trust'],
    );
  });
});
