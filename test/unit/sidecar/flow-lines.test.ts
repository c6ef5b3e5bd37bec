// The line reader of the fast first reading (src/sidecar/flow-lines.ts) gives exactly what js-yaml's
// core-schema load gives, or nothing (and the caller asks js-yaml): every sidecar below is read both
// ways. Files newsmark writes must be read by it, or it saves nothing.
import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { readFlowLines } from '../../../src/sidecar/flow-lines';
import { mergeSuggestions, serializeSidecar, setNote, setStatus } from '../../../src/sidecar';
import { SAMPLE, sampleEntities } from './fixtures';
import { rng } from '../seeded-random';

const ROOT = join(__dirname, '../../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const yamlOf = (y: string) => load(y, { schema: CORE_SCHEMA });

function written(note?: string): string {
  let list = mergeSuggestions(undefined, sampleEntities());
  list = setStatus(list, list[0].id, 'accepted');
  if (note !== undefined) list = setNote(list, list[1].id, note);
  return serializeSidecar(undefined, 'article.txt', SAMPLE, list);
}

// Values a person may type, or text may hold: quotes, YAML indicators, numbers, booleans, odd spaces.
const PIECES = [
  'a',
  'ё',
  ' ',
  ', ',
  ': ',
  ':',
  ' #',
  '#',
  '"',
  "'",
  '\\',
  '{',
  '}',
  '[',
  '-',
  '- ',
  '?',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '0',
  '12',
  '0x1F',
  '0o17',
  '0b101',
  '1_000',
  '.5',
  '.inf',
  '-0',
  '+1',
  '1e3',
  '12:30',
  'true',
  'Null',
  '~',
  'yes',
  '\t',
  '\u2028',
  '\u0085',
  '\x7f',
  '😀',
  "O'Brien",
  '2025-07-22',
  '2 млн',
  '100%',
  '\n',
];

describe('sidecar: the line reader of the fast first reading', () => {
  const files: Array<[string, string]> = [
    ['as newsmark writes it', written()],
    ['the English sample', read('samples/en-almaty-water-talks.txt.annotations.yaml')],
    ['a note that needs quoting', written('yes: "checked"\tin the atlas')],
  ];
  for (const [name, yaml] of files)
    it(`reads ${name} as js-yaml does`, () => {
      const fast = readFlowLines(yaml);
      assert.ok(fast, 'read by the line reader');
      assert.deepStrictEqual(fast, yamlOf(yaml));
    });

  it('reads the values of 400 random notes as js-yaml does, or leaves the file to it', () => {
    const next = rng(11);
    let fast = 0;
    for (let round = 0; round < 400; round++) {
      let note = '';
      const n = 1 + Math.floor(next() * 4);
      for (let i = 0; i < n; i++) note += PIECES[Math.floor(next() * PIECES.length)];
      const yaml = written(note);
      const mine = readFlowLines(yaml);
      if (mine === undefined) continue;
      fast++;
      assert.deepStrictEqual(mine, yamlOf(yaml), `note ${JSON.stringify(note)}`);
    }
    assert.ok(fast > 200, `most files stay on the fast path (${fast} of 400)`);
  });

  it('reads plain numbers as js-yaml does (whole and decimal), and leaves other forms to it', () => {
    const yaml = written();
    const m = /value: (\d+)/.exec(yaml);
    assert.ok(m, 'the sample has a plain number');
    for (const [form, fast] of [
      ['0.5', true],
      ['1.0', true],
      ['12.50', true],
      ['0.30000000000000004', true],
      ['1200000000', true],
      ['007', false],
      ['1e3', false],
      ['1_000', false],
      ['-1.5', false],
      ['.5', false],
    ] as const) {
      const y: string = yaml.replace(m[0], `value: ${form}`);
      const mine = readFlowLines(y);
      assert.strictEqual(mine !== undefined, fast, form);
      if (mine) assert.deepStrictEqual(mine, yamlOf(y), form);
    }
  });

  const OTHERS: Array<[string, string]> = [
    ['a comment among the entries', written().replace(/\n( {2}- \{[^\n]*\n)/, '\n# checked\n$1')],
    ['CRLF line ends', written().replace(/\n/g, '\r\n')],
    ['a block entry', written().replace(/\n {2}- \{ id: ([^,]+), /, '\n  - id: $1\n    ')],
    ['an entry without spaces', written().replace(/\n {2}- \{ (.*) \}\n/, '\n  - {$1}\n')],
    ['an escape only YAML has', written('x').replace('note: x', 'note: "\\x41"')],
    ['a hex number', written().replace(/status: accepted/, 'status: 0x10')],
    ['a comment after an entry', written().replace(/ \}\n/, ' } # ok\n')],
    ['a key typed twice', written().replace(/status: accepted/, 'status: accepted, status: rejected')],
    ['an empty list written []', written().replace(/annotations:\n[\s\S]*$/, 'annotations: []\n')],
  ];
  for (const [name, yaml] of OTHERS)
    it(`leaves ${name} to js-yaml`, () => {
      assert.notStrictEqual(yaml, written(), 'the case changes the file');
      assert.strictEqual(readFlowLines(yaml), undefined);
    });
});
