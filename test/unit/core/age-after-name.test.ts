// A number set off by commas after a person's name is the person's age (src/core/age-after-name.ts):
// the rule on its own (names and numbers given) and through the real engine. Invented sentences.
import { strict as assert } from 'assert';
import { ageAfterNames } from '../../../src/core/age-after-name';
import { loadEngine } from '../../../src/core/engine';
import { Entity } from '../../../src/core/types';

/** "TYPE text" marks in text order → entities; returns "TYPE text" after the rule. */
function run(text: string, given: string[]): string[] {
  let from = 0;
  const entities: Entity[] = given.map((g) => {
    const [type, name] = [g.slice(0, g.indexOf(' ')) as Entity['type'], g.slice(g.indexOf(' ') + 1)];
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, name);
    from = start + name.length;
    return { start, end: start + name.length, type, text: name, ...(type === 'NUMBER' ? { value: Number(name) } : {}) };
  });
  return ageAfterNames(text, entities).map((e) => `${e.type} ${e.text}`);
}

const ROWS: Array<[string, string, string[], string[]]> = [
  ['a full name, then the age between commas', 'Halvard Strand, 71, told reporters.', ['PER Halvard Strand', 'NUMBER 71'], ['PER Halvard Strand', 'AGE 71']],
  ['a surname alone, the age closing a sentence', 'The winner was Strand, 24.', ['PER Strand', 'NUMBER 24'], ['PER Strand', 'AGE 24']],
  ['in brackets', 'The winner (Strand, 45) left.', ['PER Strand', 'NUMBER 45'], ['PER Strand', 'AGE 45']],
  ['Russian', 'Иван Петров, 45, был задержан.', ['PER Иван Петров', 'NUMBER 45'], ['PER Иван Петров', 'AGE 45']],
  ['a no-break space after the comma', 'Halvard Strand,\u00a071, said no.', ['PER Halvard Strand', 'NUMBER 71'], ['PER Halvard Strand', 'AGE 71']],
  // False positives: left as numbers.
  [
    'a results row: another number follows',
    'Strand, 71, 68, 70',
    ['PER Strand', 'NUMBER 71', 'NUMBER 68', 'NUMBER 70'],
    ['PER Strand', 'NUMBER 71', 'NUMBER 68', 'NUMBER 70'],
  ],
  ['no comma before the number', 'Strand 71, said no.', ['PER Strand', 'NUMBER 71'], ['PER Strand', 'NUMBER 71']],
  ['after a place, not a person', 'Oslo, 71, said no.', ['LOC Oslo', 'NUMBER 71'], ['LOC Oslo', 'NUMBER 71']],
  ['no closing comma: the number goes on into a phrase', 'Strand, 71 points ahead.', ['PER Strand', 'NUMBER 71'], ['PER Strand', 'NUMBER 71']],
  ['a number no person reaches', 'Strand, 150, said no.', ['PER Strand', 'NUMBER 150'], ['PER Strand', 'NUMBER 150']],
  ['a decimal', 'Strand, 7.5, said no.', ['PER Strand', 'NUMBER 7.5'], ['PER Strand', 'NUMBER 7.5']],
  ['a name further back does not count', 'Strand met Oslo officials, 71, and left.', ['PER Strand', 'NUMBER 71'], ['PER Strand', 'NUMBER 71']],
];

describe('age after a name (age-after-name.ts)', () => {
  for (const [name, text, given, want] of ROWS) it(name, () => assert.deepEqual(run(text, given), want));

  it('the engine gives "Powell, 71," as AGE 71 years, and a results row stays numbers', async () => {
    const engine = await loadEngine();
    const age = engine.extract('"We are not there yet," Jerome Powell, 71, told reporters.').entities.find((e) => e.text === '71');
    assert.deepEqual(age && { type: age.type, value: age.value, unit: age.unit }, { type: 'AGE', value: 71, unit: 'years' });
    const row = engine.extract('Halvard Strand, 71, 68, 70').entities.filter((e) => e.type === 'AGE');
    assert.deepEqual(row, []);
  });
});
