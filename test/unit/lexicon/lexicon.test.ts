// The workspace lexicon: word forms, learning from decisions, applying to engine output, the file, and
// `annotate DIR` carrying a decision made in one article over to another.
import * as assert from 'assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyLexicon } from '../../../src/core/lexicon/apply';
import { buildEntityIndex } from '../../../src/core/workspace/entity-index';
import { sameWord } from '../../../src/core/lexicon/endings';
import { Decision, learnLexicon } from '../../../src/core/lexicon/learn';
import { emptyLexicon, Lexicon } from '../../../src/core/lexicon/lexicon';
import type { Entity } from '../../../src/core/types';
import { runAnnotate } from '../../../src/cli/annotate';
import { parseLexicon, serializeLexicon } from '../../../src/sidecar/lexicon-file';
import { fakeEngine, runWith, tempDir } from '../sidecar/cli-helpers';
import { runCli } from '../cli/helpers';
import { mergeSuggestions, serializeSidecar, setStatus } from '../../../src/sidecar';

const ent = (text: string, quote: string, type: Entity['type'], extra: Partial<Entity> = {}): Entity => {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, quote);
  return { type, text: quote, start, end: start + quote.length, ...extra };
};

describe('lexicon', () => {
  describe('word forms of one name', () => {
    const same: [string, string][] = [
      ['Колокольцев', 'Колокольцевым'],
      ['Колокольцев', 'Колокольцева'],
      ['Саденов', 'Саденову'],
      ['Москва', 'Москвой'],
      ['Казань', 'Казани'],
      ['Ержан', 'Ержаном'],
      ['Интерпол', 'Интерпола'],
      ['Reuters', "Reuters'"],
      ['Warner', 'Warner’s'],
      ['Петровский', 'Петровского'],
      ['Шойгу', 'Шойгу'],
    ];
    for (const [a, b] of same) it(`${a} ~ ${b}`, () => assert.ok(sameWord(a, b)));
    // false positives: another name that starts the same way
    const different: [string, string][] = [
      ['Петров', 'Петра'],
      ['Петров', 'Петровский'],
      ['Иван', 'Ивантеевка'],
      ['Мос', 'Москва'],
      ['Paris', 'Parisian'],
    ];
    for (const [a, b] of different) it(`${a} ≁ ${b}`, () => assert.ok(!sameWord(a, b)));
  });

  describe('learning from decisions', () => {
    const d = (type: Decision['type'], text: string, status: Decision['status'], start: number, norm?: string): Decision => ({
      type,
      text,
      status,
      start,
      end: start + text.length,
      ...(norm ? { norm } : {}),
    });
    it('accepted and manual names, rejections and relabels; a figure teaches nothing', () => {
      const lex = learnLexicon(emptyLexicon(), [
        [
          d('PER', 'Ержаном Саденовым', 'accepted', 0, 'Ержан Саденов'),
          d('ORG', 'Sputnik', 'rejected', 40),
          d('LOC', 'Интерпола', 'rejected', 60),
          d('ORG', 'Интерпола', 'manual', 60),
          d('NUMBER', '120', 'accepted', 80),
        ],
        [d('PER', 'Ержан Саденов', 'manual', 5, 'Ержан Саденов'), d('PER', 'Иванов', 'suggested', 30)],
      ]);
      // The relabel's new annotation is a name the person stands behind too.
      assert.deepStrictEqual(lex.names, [
        { type: 'ORG', norm: 'Интерпола', forms: ['Интерпола'] },
        { type: 'PER', norm: 'Ержан Саденов', forms: ['Ержан Саденов', 'Ержаном Саденовым'] },
      ]);
      assert.deepStrictEqual(lex.never, [{ type: 'ORG', form: 'Sputnik' }]);
      // One relabel is not enough to move a form's type everywhere.
      assert.deepStrictEqual(lex.relabel, []);
    });
    it('a relabel needs two decisions, and none keeping the old type', () => {
      const moved = (start: number): Decision[] => [d('LOC', 'Интерпола', 'rejected', start), d('ORG', 'Интерпола', 'manual', start)];
      assert.deepStrictEqual(learnLexicon(emptyLexicon(), [moved(0), moved(10)]).relabel, [{ form: 'Интерпола', from: 'LOC', to: 'ORG' }]);
      assert.deepStrictEqual(learnLexicon(emptyLexicon(), [moved(0), moved(10), [d('LOC', 'Интерполе', 'accepted', 3)]]).relabel, []);
    });
    it('a form confirmed as a type is not also never that type; learning only adds', () => {
      const start: Lexicon = { names: [{ type: 'LOC', norm: 'Астана', forms: ['Астана'] }], never: [{ type: 'ORG', form: 'ТАСС' }], relabel: [] };
      const lex = learnLexicon(start, [[d('ORG', 'ТАСС', 'accepted', 0)]]);
      assert.deepStrictEqual(lex.never, []);
      assert.deepStrictEqual(
        lex.names.map((n) => n.norm),
        ['Астана', 'ТАСС'],
      );
    });
  });

  describe('applying to engine output', () => {
    const lex: Lexicon = {
      names: [
        { type: 'PER', norm: 'Ержан Саденов', forms: ['Ержан Саденов'] },
        { type: 'ORG', norm: 'ОДКБ', forms: ['ОДКБ'] },
      ],
      never: [{ type: 'ORG', form: 'Sputnik' }],
      relabel: [{ form: 'Интерпол', from: 'LOC', to: 'ORG' }],
    };
    const text = 'АСТАНА — Sputnik. Министр встретился с Ержаном Саденовым и с представителем Интерполом. ОДКБ молчит, а одкб не пишут строчными.';
    it('drops a never form, relabels, adds a confirmed name in another case form, keeps the rest', () => {
      const r = applyLexicon([ent(text, 'АСТАНА', 'LOC'), ent(text, 'Sputnik', 'ORG'), ent(text, 'Интерполом', 'LOC')], text, lex);
      assert.deepStrictEqual(
        r.entities.map((e) => [e.type, e.text, e.norm ?? null]),
        [
          ['LOC', 'АСТАНА', null],
          ['PER', 'Ержаном Саденовым', 'Ержан Саденов'],
          ['ORG', 'Интерполом', null],
          ['ORG', 'ОДКБ', 'ОДКБ'],
        ],
      );
      assert.deepStrictEqual([r.dropped, r.relabelled, r.added.length], [1, 1, 2]);
    });
    it("never overlaps the engine's own claim, and ignores lower-case words", () => {
      const r = applyLexicon([ent(text, 'Саденовым', 'PER', { norm: 'Саденов' })], text, lex);
      assert.ok(!r.added.some((e) => e.type === 'PER'));
      assert.ok(!r.entities.some((e) => e.text === 'одкб'));
    });
  });

  describe('the lexicon file', () => {
    const hand = [
      '# our newsroom lexicon',
      'newsmark-lexicon: 1',
      'names:',
      '  # checked with the desk',
      '  - { type: PER, norm: Ержан Саденов, forms: [Ержан Саденов] }',
      'never: []',
      'relabel: []',
      '',
    ].join('\n');
    it('a hand-edited file is kept byte for byte when nothing new is learned', () => {
      const file = parseLexicon(hand, 'x');
      assert.strictEqual(serializeLexicon(file, learnLexicon(file.lexicon, [])), hand);
    });
    it('learning adds one line and keeps the comments', () => {
      const file = parseLexicon(hand, 'x');
      const out = serializeLexicon(file, learnLexicon(file.lexicon, [[{ type: 'ORG', text: 'Sputnik', status: 'rejected', start: 0, end: 7 }]]));
      assert.match(out, /^# our newsroom lexicon$/m);
      assert.match(out, /^ {2}# checked with the desk$/m);
      assert.match(out, /^ {2}- \{ type: ORG, form: Sputnik \}$/m);
      assert.deepStrictEqual(parseLexicon(out, 'x').lexicon.never, [{ type: 'ORG', form: 'Sputnik' }]);
    });
    it('refuses a broken file with its line', () => {
      assert.throws(() => parseLexicon('newsmark-lexicon: 1\nnames:\n  - { type: XYZ, norm: a }\n', 'lex.yaml'), /lex\.yaml:3: 'type' must be one of/);
    });
  });

  it('annotate DIR: a rejection made by hand in one sidecar stops the suggestion in the other article', async () => {
    const dir = tempDir();
    const one = 'Sputnik сообщает: в Астане прошла встреча.\n';
    const two = 'По данным Sputnik, в Москве тоже.\n';
    writeFileSync(join(dir, 'one.txt'), one);
    writeFileSync(join(dir, 'two.txt'), two);
    const engine = fakeEngine((text) =>
      [...text.matchAll(/Sputnik/g)].map((m) => ({ type: 'ORG' as const, text: 'Sputnik', start: m.index!, end: m.index! + 7 })),
    );
    const annotate = (args: string[]) => runWith((a, io) => runAnnotate(a, io, engine), args, dir);
    await annotate(['one.txt']);
    const side = join(dir, 'one.txt.annotations.yaml');
    writeFileSync(side, readFileSync(side, 'utf8').replace(/(type: ORG, )status: suggested/, '$1status: rejected'));
    const r = await annotate(['.']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.ok(existsSync(join(dir, '.newsmark/lexicon.yaml')));
    assert.match(readFileSync(join(dir, '.newsmark/lexicon.yaml'), 'utf8'), /- \{ type: ORG, form: Sputnik \}/);
    // ("По данным Sputnik, …" is reported speech: a QUOTE's context may show the word, no annotation may be it.)
    assert.doesNotMatch(readFileSync(join(dir, 'two.txt.annotations.yaml'), 'utf8'), /text: Sputnik/);
    // --no-lexicon: the engine's suggestion is back.
    await annotate(['two.txt', '--no-lexicon']);
    assert.match(readFileSync(join(dir, 'two.txt.annotations.yaml'), 'utf8'), /text: Sputnik/);
  });
});

describe('entity index', () => {
  it('one row per type and normal form across articles, most widespread first, decisions counted', () => {
    const m = (type: Entity['type'], text: string, start: number, status: 'suggested' | 'accepted' | 'rejected' | 'manual', norm?: string) => ({
      type,
      text,
      start,
      end: start + text.length,
      status,
      ...(norm ? { norm } : {}),
    });
    const index = buildEntityIndex([
      {
        path: 'b.txt',
        mentions: [m('PER', 'Колокольцевым', 40, 'accepted', 'Колокольцев'), m('ORG', 'Sputnik', 10, 'rejected'), m('NUMBER', '120', 5, 'accepted')],
      },
      {
        path: 'a.txt',
        mentions: [
          m('PER', 'Колокольцев', 3, 'suggested', 'Колокольцев'),
          m('PER', 'Колокольцева', 30, 'manual', 'Колокольцев'),
          m('LOC', 'Астане', 12, 'suggested', 'Астана'),
        ],
      },
    ]);
    assert.deepStrictEqual(
      index.map((e) => [e.type, e.norm, e.articles.map((a) => a.path), e.mentions, e.accepted, e.rejected]),
      [
        ['PER', 'Колокольцев', ['a.txt', 'b.txt'], 3, 2, 0],
        ['LOC', 'Астана', ['a.txt'], 1, 0, 0],
        ['ORG', 'Sputnik', ['b.txt'], 1, 0, 1],
      ],
    );
    assert.deepStrictEqual(
      index[0].articles[0].mentions.map((x) => x.start),
      [3, 30],
    );
  });
});

describe('newsmark index', () => {
  it('prints CSV and JSON from sidecars (with decisions); --json and --csv together is a usage error', async () => {
    const dir = tempDir();
    const a = 'Сергей Лавров прибыл в Астану.\n';
    writeFileSync(join(dir, 'a.txt'), a);
    let list = mergeSuggestions(undefined, [ent(a, 'Сергей Лавров', 'PER', { norm: 'Сергей Лавров' }), ent(a, 'Астану', 'LOC', { norm: 'Астана' })]);
    list = setStatus(list, list[1].id, 'rejected');
    writeFileSync(join(dir, 'a.txt.annotations.yaml'), serializeSidecar(undefined, 'a.txt', a, list));
    const csv = await runCli(['index', '.', '--csv'], '', { cwd: dir });
    assert.strictEqual(csv.code, 0, csv.stderr);
    assert.strictEqual(
      csv.stdout,
      'type,norm,articles,mentions,accepted,rejected,first,last,aliases\r\nLOC,Астана,1,1,0,1,,,\r\nPER,Сергей Лавров,1,1,0,0,,,\r\n',
    );
    const json = JSON.parse((await runCli(['index', 'a.txt', '--json'], '', { cwd: dir })).stdout);
    assert.deepStrictEqual(json[0].articles, [
      { path: 'a.txt', mentions: [{ start: a.indexOf('Астану'), end: a.indexOf('Астану') + 6, text: 'Астану', status: 'rejected' }] },
    ]);
    assert.strictEqual((await runCli(['index', '.', '--json', '--csv'], '', { cwd: dir })).code, 2);
  });
});
