// A name in a line of capitals takes the type the story's sentences give it (src/core/ner/en-shouted-names.ts),
// on its own: the tagger's spans are given here, so each row shows what the step does. Invented names.
import { strict as assert } from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { englishTagger } from '../../../src/core/ner/en-tagger';
import { markShoutedNames } from '../../../src/core/ner/en-shouted-names';
import type { Span } from '../../../src/core/ner/spans';
import type { NerType } from '../../../src/core/ner/labels';

/** Runs the step over `text` with the given "TYPE name" spans (in text order); "TYPE text" out. */
function run(text: string, given: string[]): string[] {
  const lines = englishTagger().lines(tokenize(text));
  const spans: Span[][] = lines.map(() => []);
  let from = 0;
  for (const g of given) {
    const [type, name] = [g.slice(0, 3) as NerType, g.slice(4)];
    const at = text.indexOf(name, from);
    assert.ok(at >= 0, name);
    from = at + name.length;
    const k = lines.findIndex((l) => l.tokens.some((t) => t.start === at));
    const first = lines[k].tokens.findIndex((t) => t.start === at);
    let last = first;
    while (last < lines[k].tokens.length && lines[k].tokens[last].start < at + name.length) last++;
    spans[k].push({ start: at, end: at + name.length, type, first, last });
  }
  markShoutedNames(lines, spans);
  return spans.flat().map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}

const ROWS: Array<[string, string[], string[]]> = [
  // A person named in full below: the shouted full name, and the shouted surname alone.
  ['RUTH OKAFOR NAMED BRIGHTWATER CHIEF\nRuth Okafor will run the firm.', ['ORG RUTH', 'PER Ruth Okafor'], ['PER RUTH OKAFOR', 'PER Ruth Okafor']],
  ['OKAFOR QUITS AS CHIEF\nRuth Okafor resigned.', ['PER Ruth Okafor'], ['PER OKAFOR', 'PER Ruth Okafor']],
  ["OKAFOR'S FIRM GROWS\nRuth Okafor founded it.", ['PER Ruth Okafor'], ['PER OKAFOR', 'PER Ruth Okafor']],
  // The tagger's type gives way to the story's.
  ['TALKS WITH BRIGHTWATER FAIL\nBrightwater said talks failed.', ['PER BRIGHTWATER', 'ORG Brightwater'], ['ORG BRIGHTWATER', 'ORG Brightwater']],
  // A dateline's place stays the tagger's (the city, not its club of the same name).
  ['NEW YORK 2024-05-02\nNew York beat Boston.', ['LOC NEW YORK', 'ORG New York', 'LOC Boston'], ['LOC NEW YORK', 'ORG New York', 'LOC Boston']],
  // A tagger's name reaching beyond the run stays whole.
  ['TALKS WITH JAKARTA TIMES FAIL\nJakarta is hot.', ['ORG JAKARTA TIMES', 'LOC Jakarta'], ['ORG JAKARTA TIMES', 'LOC Jakarta']],
  // An acronym inside a sentence is no headline.
  ['He joined OKAFOR Group in May.\nRuth Okafor left.', ['PER Ruth Okafor'], ['PER Ruth Okafor']],
];

describe('English: a name in a line of capitals is the name the story spells (en-shouted-names)', function () {
  this.timeout(20000);
  for (const [text, given, expected] of ROWS) it(JSON.stringify(text), () => assert.deepEqual(run(text, given), expected));
});
