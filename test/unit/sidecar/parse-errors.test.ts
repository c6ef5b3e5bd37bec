// Sidecars that cannot be read safely: a clear error with file and line, never a guess.
import * as assert from 'assert';
import { mergeSuggestions, parseSidecar, serializeSidecar, SidecarError } from '../../../src/sidecar';
import { SAMPLE, sampleEntities } from './fixtures';

const NAME = 'article.txt';
const FILE = 'news/article.txt.annotations.yaml';
const good = serializeSidecar(undefined, NAME, SAMPLE, mergeSuggestions(undefined, sampleEntities()));
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const replaceLine = (text: string, needle: string, line: string) =>
  text
    .split('\n')
    .map((l) => (l.includes(needle) ? line : l))
    .join('\n');

function expectError(yamlText: string, line: number | number[], reason: RegExp, articleName: string | undefined = NAME): void {
  assert.throws(
    () => parseSidecar(yamlText, SAMPLE, FILE, articleName),
    (err: unknown) => {
      assert.ok(err instanceof SidecarError, String(err));
      assert.strictEqual(err.file, FILE);
      assert.ok([line].flat().includes(err.line!), `${err.message}: expected line ${line}`);
      assert.match(err.reason, reason);
      assert.strictEqual(err.message, `${FILE}:${err.line}: ${err.reason}`);
      return true;
    },
  );
}

describe('sidecar parse errors', () => {
  // [what a person or a tool did to the file, the line the error must point at, the reason]
  const cases: [string, () => [string, number | number[]], RegExp][] = [
    [
      'malformed YAML (unclosed flow map)',
      () => {
        const t = replaceLine(good, 'text: ОДКБ', '  - { id: org-x, type: ORG, text: ОДКБ, start: 1');
        // The parser notices at the broken line or the one after it.
        return [t, [lineOf(t, 'id: org-x'), lineOf(t, 'id: org-x') + 1]];
      },
      /invalid YAML/,
    ],
    [
      'git merge conflict markers',
      () => {
        const t = good.replace('annotations:\n', 'annotations:\n<<<<<<< HEAD\n  - { id: a }\n=======\n  - { id: b }\n>>>>>>> theirs\n');
        return [t, lineOf(t, '<<<<<<<')];
      },
      /merge conflict/,
    ],
    [
      'unknown schema version',
      () => {
        const t = good.replace('newsmark: 2', 'newsmark: 3');
        return [t, lineOf(t, 'newsmark: 3')];
      },
      /unsupported sidecar schema version 3 .*reads versions 1 and 2/,
    ],
    [
      'no schema marker',
      () => {
        const t = good.replace('newsmark: 2\n', '');
        return [t, lineOf(t, 'article:')];
      },
      /not a newsmark sidecar/,
    ],
    ['not a mapping at all', () => ['- just\n- a list\n', 1], /not a newsmark sidecar/],
    [
      'unknown status',
      () => {
        const t = good.replace(/(text: ОДКБ.*?)/, '$1').replace(/status: suggested(, text: ОДКБ)/, 'status: acepted$1');
        return [t, lineOf(t, 'text: ОДКБ')];
      },
      /unknown status 'acepted'/,
    ],
    [
      'unknown type',
      () => {
        const t = good.replace(/type: ORG(, status: suggested, text: ОДКБ)/, 'type: COMPANY$1');
        return [t, lineOf(t, 'text: ОДКБ')];
      },
      /unknown type 'COMPANY'/,
    ],
    [
      'end before start',
      () => {
        const t = good.replace(/(text: ОДКБ)/, '$1, start: 12, end: 3');
        return [t, lineOf(t, 'text: ОДКБ')];
      },
      /'end' \(3\) is before 'start'/,
    ],
    [
      'offset that is not a number',
      () => {
        const t = good.replace(/(text: ОДКБ)/, '$1, start: twelve, end: 20');
        return [t, lineOf(t, 'text: ОДКБ')];
      },
      /'start' must be a whole number/,
    ],
    [
      'version 2 with only one of start and end',
      () => {
        const t = good.replace(/(text: ОДКБ)/, '$1, start: 12');
        return [t, lineOf(t, 'text: ОДКБ')];
      },
      /annotation has no 'end'/,
    ],
    [
      'nth that is not a whole number ≥ 1',
      () => {
        const t = good.replace(/(text: ОДКБ)/, '$1, nth: 0');
        return [t, lineOf(t, 'text: ОДКБ')];
      },
      /'nth' must be a whole number ≥ 1, got 0/,
    ],
    [
      'version 1 without offsets',
      () => {
        const t = good.replace('newsmark: 2', 'newsmark: 1');
        return [t, lineOf(t, 'id: ')];
      },
      /annotation has no 'start'/,
    ],
    [
      'duplicate id (a line copied by hand)',
      () => {
        const l = good.split('\n').find((x) => x.includes('text: ОДКБ'))!;
        const t = good.replace(l, `${l}\n${l}`);
        return [t, lineOf(t, 'text: ОДКБ') + 1];
      },
      /duplicate id/,
    ],
    [
      'annotations is not a list',
      () => {
        const t = good.replace(/annotations:[\s\S]*$/, 'annotations: many\n');
        return [t, lineOf(t, 'annotations:')];
      },
      /'annotations' must be a list/,
    ],
  ];
  for (const [what, make, reason] of cases) {
    it(what, () => {
      const [text, line] = make();
      expectError(text, line, reason);
    });
  }

  it('a sidecar of another article', () => {
    expectError(good, lineOf(good, 'article:'), /belongs to 'article\.txt', not to 'other\.txt'/, 'other.txt');
  });

  it('without an article name to compare, the recorded one is reported', () => {
    assert.strictEqual(parseSidecar(good, SAMPLE, FILE).article, NAME);
  });

  it('an entry written by hand with neither offsets nor context anchors at its quote (a stale anchor until written)', () => {
    const t = good.replace('annotations:\n', 'annotations:\n  - { type: ORG, text: ШОС, status: manual }\n');
    const sc = parseSidecar(t, SAMPLE, FILE, NAME);
    const mine = sc.annotations.find((x) => x.text === 'ШОС')!;
    assert.strictEqual(SAMPLE.slice(mine.start, mine.end), 'ШОС');
    assert.deepStrictEqual(
      sc.moves.map((m) => [m.id, m.how]),
      [[mine.id, 'quote']],
    );
    const written = serializeSidecar(sc, NAME, SAMPLE, [...sc.annotations, ...sc.orphans]);
    assert.deepStrictEqual(parseSidecar(written, SAMPLE, FILE, NAME).moves, []);
  });

  it('an entry written by hand without id or context gets a stable id and anchors by its quote', () => {
    const at = SAMPLE.indexOf('ШОС');
    const t = good.replace('annotations:\n', `annotations:\n  - { type: ORG, text: ШОС, start: ${at}, end: ${at + 3}, status: manual }\n`);
    const a = parseSidecar(t, SAMPLE, FILE, NAME);
    const b = parseSidecar(t, SAMPLE, FILE, NAME);
    const mine = a.annotations.find((x) => x.text === 'ШОС')!;
    assert.match(mine.id, /^org-[0-9a-f]{8}$/);
    assert.strictEqual(mine.id, b.annotations.find((x) => x.text === 'ШОС')!.id);
    assert.deepStrictEqual(a.moves, []);
  });
});
