// Relations in the sidecar (`relations:`): read and written one per line, kept through re-annotation
// exactly as decisions on annotations are, through re-anchoring and the merge driver; loose ends reported.
import * as assert from 'assert';
import type { Entity } from '../../../src/core/types';
import {
  Annotation,
  annotationChanges,
  clearRelation,
  EngineRelation,
  looseEnds,
  mergeRelations,
  mergeSuggestions,
  parseSidecar,
  rebaseRelations,
  Relation,
  removeAnnotation,
  serializeSidecar,
  setRelation,
  setRelationStatus,
  setStatus,
} from '../../../src/sidecar';
import { mergeSidecars, unresolvedConflicts } from '../../../src/sidecar/merge3';
import { sidecarProblems } from '../../../src/cli/check';

const TEXT = '«Мы готовы к переговорам», — заявил Иван Петров.\nМинистр обороны Сергей Лавров сказал: «Нет».\n';
const at = (q: string, type: Entity['type'], nth = 0): Entity => {
  let s = -1;
  for (let i = 0; i <= nth; i++) s = TEXT.indexOf(q, s + 1);
  return { type, text: q, start: s, end: s + q.length };
};
// What the engine and the quote finder say: two quotes, two people, a role; relations by index.
const SUGGESTIONS: Entity[] = [
  at('Иван Петров', 'PER'),
  at('Сергей Лавров', 'PER'),
  at('Мы готовы к переговорам', 'QUOTE'),
  at('Нет', 'QUOTE'),
  at('Министр обороны', 'ROLE'),
];
const ENGINE: EngineRelation[] = [
  { type: 'speaker', from: 2, to: 0 },
  { type: 'speaker', from: 3, to: 1 },
  { type: 'role', from: 1, to: 4 },
];
const NAME = 'a.txt';

/** One `annotate` run against the previous sidecar text (undefined: first run). */
/** `engine` null: the quote finder did not run (the editor, --no-quotes). */
function annotate(previousYaml: string | undefined, suggestions = SUGGESTIONS, engine: EngineRelation[] | null = ENGINE, text = TEXT) {
  const prev = previousYaml === undefined ? undefined : parseSidecar(previousYaml, text, 'a.yaml', NAME);
  const annotations = mergeSuggestions(prev, suggestions, { quotes: engine !== null });
  const relations = mergeRelations(prev?.relations ?? [], annotations, suggestions, engine ?? undefined, prev?.handWritten);
  return serializeSidecar(prev, NAME, text, annotations, relations);
}
const read = (yaml: string, text = TEXT) => parseSidecar(yaml, text, 'a.yaml', NAME);
const idOf = (yaml: string, quote: string) => [...read(yaml).annotations, ...read(yaml).orphans].find((a) => a.text === quote)!.id;
const speakerOf = (yaml: string, quote: string) => {
  const sc = read(yaml);
  const q = idOf(yaml, quote);
  const live = sc.relations.filter((r) => r.type === 'speaker' && r.from === q && r.status !== 'rejected');
  return live.map((r) => `${sc.annotations.find((a) => a.id === r.to)?.text}:${r.status}`);
};
/** Edits the relations of a sidecar text the way the editor does: parse, change the list, serialize. */
function edit(yaml: string, change: (rels: Relation[], sc: ReturnType<typeof read>) => Relation[]): string {
  const sc = read(yaml);
  return serializeSidecar(sc, NAME, TEXT, [...sc.annotations, ...sc.orphans], change(sc.relations, sc));
}

describe('sidecar relations', () => {
  it('are written one per line after the annotations, with stable ids, and read back', () => {
    const yaml = annotate(undefined);
    assert.match(
      yaml,
      /^relations:\n( {2}- \{ id: rel-[0-9a-f]{8}, type: (speaker|role), status: suggested, from: [a-z]+-[0-9a-f]{8}, to: [a-z]+-[0-9a-f]{8} \}\n){3}$/m,
    );
    assert.ok(yaml.indexOf('relations:') > yaml.lastIndexOf('type: ROLE'));
    assert.deepStrictEqual(speakerOf(yaml, 'Мы готовы к переговорам'), ['Иван Петров:suggested']);
    assert.deepStrictEqual(speakerOf(yaml, 'Нет'), ['Сергей Лавров:suggested']);
    // Same input, same bytes; a second run changes nothing.
    assert.strictEqual(annotate(undefined), yaml);
    assert.strictEqual(annotate(yaml), yaml);
  });

  it('a file without relations has no relations: key, and reads with an empty list (version 1 and 2 alike)', () => {
    const yaml = annotate(undefined, SUGGESTIONS.slice(0, 2), []);
    assert.doesNotMatch(yaml, /relations/);
    assert.deepStrictEqual(read(yaml).relations, []);
  });

  // [a person's decision on the speaker of "Мы готовы…", what the sidecar holds after the next annotate]
  const table: [string, (yaml: string) => string, string[]][] = [
    ['accepted stays accepted', (y) => edit(y, (r) => setRelationStatus(r, r[0].id, 'accepted')), ['Иван Петров:accepted']],
    ['rejected is not suggested again', (y) => edit(y, (r) => setRelationStatus(r, r[0].id, 'rejected')), []],
    [
      'Set Speaker to another person: theirs, the engine one rejected and not back',
      (y) => edit(y, (r) => setRelation(r, 'speaker', idOf(y, 'Мы готовы к переговорам'), idOf(y, 'Сергей Лавров')).relations),
      ['Сергей Лавров:manual'],
    ],
    ['Clear Speaker: none, and none suggested again', (y) => edit(y, (r) => clearRelation(r, 'speaker', idOf(y, 'Мы готовы к переговорам'))), []],
    [
      'the quote itself rejected: no speaker suggested for it',
      (y) => {
        const sc = read(y);
        const list = setStatus(sc.annotations, idOf(y, 'Мы готовы к переговорам'), 'rejected');
        return serializeSidecar(
          sc,
          NAME,
          TEXT,
          list,
          sc.relations.filter((r) => r.status !== 'suggested'),
        );
      },
      [],
    ],
  ];
  for (const [name, decide, expected] of table) {
    it(`re-annotation keeps a decision on a relation: ${name}`, () => {
      const decided = decide(annotate(undefined));
      assert.deepStrictEqual(speakerOf(decided, 'Мы готовы к переговорам'), expected);
      const again = annotate(decided);
      assert.deepStrictEqual(speakerOf(again, 'Мы готовы к переговорам'), expected);
      // The other quote's suggestion is untouched by the decision.
      assert.deepStrictEqual(speakerOf(again, 'Нет'), ['Сергей Лавров:suggested']);
    });
  }

  it("one role of two people: accepting one person's role relation leaves the other suggested", () => {
    const text = 'Министры обороны Иван Петров и Сергей Лавров встретились.\n';
    const e = (q: string, type: Entity['type']): Entity => ({ type, text: q, start: text.indexOf(q), end: text.indexOf(q) + q.length });
    const sugg = [e('Иван Петров', 'PER'), e('Сергей Лавров', 'PER'), e('Министры обороны', 'ROLE')];
    const engine: EngineRelation[] = [
      { type: 'role', from: 0, to: 2 },
      { type: 'role', from: 1, to: 2 },
    ];
    const first = annotate(undefined, sugg, engine, text);
    const sc = parseSidecar(first, text, 'a.yaml', NAME);
    const decided = serializeSidecar(sc, NAME, text, sc.annotations, setRelationStatus(sc.relations, sc.relations[0].id, 'accepted'));
    const again = parseSidecar(annotate(decided, sugg, engine, text), text, 'a.yaml', NAME);
    assert.deepStrictEqual(
      again.relations.map((r) => r.status),
      ['accepted', 'suggested'],
    );
  });

  it('a suggested relation follows the engine: gone when the engine no longer says it', () => {
    const yaml = annotate(undefined);
    const next = annotate(yaml, SUGGESTIONS, ENGINE.slice(1));
    assert.deepStrictEqual(speakerOf(next, 'Мы готовы к переговорам'), []);
  });

  it('without the quote finder (the editor, --no-quotes) quotes, roles and relations are left alone', () => {
    const yaml = annotate(undefined);
    const names = SUGGESTIONS.filter((e) => e.type === 'PER');
    assert.strictEqual(annotate(yaml, names, null), yaml);
  });

  it('a relation whose end became an orphan is kept when decided, reported by check; a suggested one goes', () => {
    let yaml = annotate(undefined);
    yaml = edit(yaml, (r, sc) => setRelationStatus(r, r.find((x) => x.to === sc.annotations.find((a) => a.text === 'Иван Петров')!.id)!.id, 'accepted'));
    const edited = TEXT.replace('Иван Петров', 'И. Петров');
    // Its quote is still there; the person (a suggestion) is gone and dropped by annotate. The
    // accepted relation stays; check names it.
    // (Indices into the list without Петров: Лавров 0, the quotes 1 and 2, the role 3.)
    const again = annotate(
      yaml,
      SUGGESTIONS.filter((e) => e.text !== 'Иван Петров').map((e) => ({ ...e, start: edited.indexOf(e.text), end: edited.indexOf(e.text) + e.text.length })),
      [
        { type: 'speaker', from: 2, to: 0 },
        { type: 'role', from: 0, to: 3 },
      ],
      edited,
    );
    const after = read(again, edited);
    const loose = looseEnds(after.relations, after.annotations, after.orphans);
    assert.strictEqual(loose.length, 1);
    assert.strictEqual(loose[0].relation.status, 'accepted');
    const problems = sidecarProblems(after, NAME).map((p) => p.message);
    assert.ok(
      problems.some((m) => /^loose relation: speaker .* \(accepted\): its to end per-[0-9a-f]{8} names no annotation/.test(m)),
      problems.join('\n'),
    );
    // The suggested role relation of Лавров is still there and not loose.
    assert.ok(after.relations.some((r) => r.type === 'role' && r.status === 'suggested'));
  });

  it('an orphaned end is named as such', () => {
    let yaml = annotate(undefined);
    const sc0 = read(yaml);
    // Accept the person, so it becomes an orphan (kept) rather than dropped when its text goes.
    const per = sc0.annotations.find((a) => a.text === 'Иван Петров')!.id;
    yaml = serializeSidecar(
      sc0,
      NAME,
      TEXT,
      setStatus(sc0.annotations, per, 'accepted'),
      sc0.relations.map((r) => (r.to === per ? { ...r, status: 'accepted' as const } : r)),
    );
    const sc = read(yaml, TEXT.replace('Иван Петров', 'Пётр'));
    const msgs = sidecarProblems(sc, NAME).map((p) => p.message);
    assert.ok(
      msgs.some((m) => /its to end per-[0-9a-f]{8} is an orphan \(PER "Иван Петров"/.test(m)),
      msgs.join('\n'),
    );
  });

  it('re-anchoring: text inserted above moves no relation line', () => {
    const yaml = annotate(undefined);
    const moved = 'Новый абзац.\n' + TEXT;
    const sc = read(yaml, moved);
    assert.strictEqual(sc.relations.length, 3);
    const out = serializeSidecar(sc, NAME, moved, sc.annotations, sc.relations);
    const rel = (y: string) => y.slice(y.indexOf('relations:'));
    assert.strictEqual(rel(out), rel(yaml));
  });

  it('an editor-style write that passes no relations keeps them; removing an annotation leaves its relation to check', () => {
    const yaml = annotate(undefined);
    const sc = read(yaml);
    const out = serializeSidecar(sc, NAME, TEXT, removeAnnotation(sc.annotations, idOf(yaml, 'Нет')));
    assert.strictEqual(read(out).relations.length, 3);
    assert.strictEqual(looseEnds(read(out).relations, read(out).annotations, []).length, 1);
  });

  it('comments and extra keys on a relation line survive rewrites; a hand-written relation without id gets one', () => {
    const yaml = annotate(undefined).replace(/(relations:\n)/, '$1  # checked with the recording\n');
    const quoteId = idOf(yaml, 'Нет');
    const perId = idOf(yaml, 'Иван Петров');
    const typed = yaml + `  - { type: speaker, status: manual, from: ${quoteId}, to: ${perId}, source: tape }\n`;
    const sc = read(typed);
    assert.strictEqual(sc.relations.length, 4);
    assert.match(sc.relations[3].id, /^rel-[0-9a-f]{8}$/);
    const again = annotate(typed);
    assert.match(again, /# checked with the recording/);
    assert.match(again, new RegExp(`\\{ id: ${sc.relations[3].id}, type: speaker, status: manual, from: ${quoteId}, to: ${perId}, source: tape \\}`));
  });

  // [what is wrong, the line, the message]
  const bad: [string, string, RegExp][] = [
    ['unknown type', '  - { id: rel-1, type: said, status: manual, from: a, to: b }', /unknown relation type 'said'/],
    ['no from', '  - { id: rel-1, type: speaker, status: manual, to: b }', /relation has no 'from'/],
    ['bad status', '  - { id: rel-1, type: speaker, status: maybe, from: a, to: b }', /unknown status 'maybe'/],
    ['not a map', '  - speaker', /each relation must be a mapping/],
  ];
  for (const [name, line, message] of bad) {
    it(`a bad relation entry is refused with its line: ${name}`, () => {
      const yaml = annotate(undefined, SUGGESTIONS.slice(0, 2), []) + 'relations:\n' + line + '\n';
      const lineNo = yaml.split('\n').indexOf(line) + 1;
      assert.throws(
        () => read(yaml),
        (e: Error & { line?: number }) => message.test(e.message) && e.line === lineNo,
      );
    });
  }
  it('a relation id equal to an annotation id is a duplicate', () => {
    const yaml = annotate(undefined);
    const id = idOf(yaml, 'Нет');
    assert.throws(() => read(yaml.replace(/id: rel-[0-9a-f]{8}/, `id: ${id}`)), /duplicate id/);
  });

  it('merge driver: decisions on relations merge by id; different ones conflict on the relation line', () => {
    const base = annotate(undefined);
    const sc = read(base);
    const [r0, r1, r2] = sc.relations;
    const ours = edit(base, (r) => setRelationStatus(setRelationStatus(r, r0.id, 'accepted'), r2.id, 'accepted'));
    const theirs = edit(base, (r) => setRelationStatus(setRelationStatus(r, r1.id, 'rejected'), r2.id, 'rejected'));
    const m = mergeSidecars(base, ours, theirs, TEXT, 'a.yaml', NAME);
    assert.deepStrictEqual(m.conflicts, [{ id: r2.id, fields: ['status'] }]);
    const merged = read(m.text);
    assert.deepStrictEqual(
      merged.relations.map((r) => r.status),
      ['accepted', 'rejected', 'accepted'],
    );
    assert.match(m.text, new RegExp(`id: ${r2.id}.*conflict: \\{ side: theirs, status: rejected \\}`));
    assert.deepStrictEqual(
      unresolvedConflicts(merged).map((c) => c.id),
      [r2.id],
    );
    // A relation added on their branch (Set Speaker) arrives; one deleted on theirs and untouched on ours goes.
    const theirs2 = edit(
      base,
      (r) =>
        setRelation(
          r.filter((x) => x.id !== r2.id),
          'speaker',
          idOf(base, 'Нет'),
          idOf(base, 'Иван Петров'),
        ).relations,
    );
    const m2 = read(mergeSidecars(base, base, theirs2, TEXT, 'a.yaml', NAME).text);
    assert.ok(!m2.relations.some((r) => r.id === r2.id));
    assert.deepStrictEqual(speakerOf(mergeSidecars(base, base, theirs2, TEXT, 'a.yaml', NAME).text, 'Нет'), ['Иван Петров:manual']);
  });

  it('diff: relations added, decided and removed are changes', () => {
    const base = annotate(undefined);
    const sc = read(base);
    const decided = edit(base, (r) => setRelationStatus(r, r[0].id, 'accepted').filter((x) => x.id !== r[2].id));
    const side = (y: string) => {
      const s = read(y);
      return { text: TEXT, annotations: [...s.annotations, ...s.orphans] as Annotation[], relations: s.relations };
    };
    const changes = annotationChanges(side(base), side(decided)).filter((c) => c.relation);
    assert.deepStrictEqual(
      changes.map((c) => [c.kind, c.relation!.relation.id, c.from, c.to]),
      [
        ['decided', sc.relations[0].id, 'suggested', 'accepted'],
        ['removed', sc.relations[2].id, undefined, undefined],
      ],
    );
    assert.strictEqual(changes[0].annotation.text, 'Мы готовы к переговорам');
    assert.strictEqual(annotationChanges(undefined, side(base)).filter((c) => c.relation && c.kind === 'added').length, 3);
  });
});

describe('rebaseRelations: a Set / Clear Speaker from the editor replayed onto a file written meanwhile', () => {
  const rel = (id: string, from: string, to: string, status: Relation['status'] = 'suggested'): Relation => ({ id, type: 'speaker', from, to, status });
  const base = [rel('r1', 'quote-1', 'per-1'), rel('r2', 'quote-2', 'per-2')];

  it('keeps what the file gained on another quote and the person’s choice on theirs', () => {
    const ours = setRelation(base, 'speaker', 'quote-1', 'per-3').relations; // r1 rejected, a manual one added
    const theirs = [base[0], { ...base[1], status: 'accepted' as const }, rel('r3', 'quote-3', 'per-1', 'manual')];
    const out = rebaseRelations(base, ours, theirs);
    const byId = new Map(out.map((r) => [r.id, r]));
    assert.strictEqual(byId.get('r2')?.status, 'accepted', 'the decision written on disk meanwhile is kept');
    assert.strictEqual(byId.get('r3')?.status, 'manual', 'the relation added on disk meanwhile is kept');
    assert.strictEqual(byId.get('r1')?.status, 'rejected', 'the person’s rejection of the old speaker');
    const chosen = out.filter((r) => r.from === 'quote-1' && r.status === 'manual');
    assert.deepStrictEqual(
      chosen.map((r) => r.to),
      ['per-3'],
    );
  });

  it('the person’s later choice wins where the file chose another speaker for the same quote', () => {
    const ours = setRelation(base, 'speaker', 'quote-1', 'per-3').relations;
    const theirs = [{ ...base[0], status: 'rejected' as const }, base[1], rel('r9', 'quote-1', 'per-9', 'manual')];
    const out = rebaseRelations(base, ours, theirs);
    assert.deepStrictEqual(
      out.filter((r) => r.from === 'quote-1' && r.status !== 'rejected').map((r) => r.to),
      ['per-3'],
      'one speaker per quote',
    );
  });

  it('a relation the person removed stays removed; nothing changed gives the file as it is', () => {
    const manual = [...base, rel('r4', 'quote-4', 'per-4', 'manual')];
    const cleared = clearRelation(manual, 'speaker', 'quote-4');
    assert.ok(!rebaseRelations(manual, cleared, manual).some((r) => r.id === 'r4'));
    const theirs = [{ ...base[0], note: 'checked' }, base[1]];
    assert.deepStrictEqual(rebaseRelations(base, base, theirs), theirs);
  });
});
