// A reviewer who corrects a suggestion in the YAML (700 → 7000, LOC → ORG, a better norm) made a
// decision: the next `annotate` keeps it. The engine's own earlier output is still refreshed.
import * as assert from 'assert';
import { mergeSuggestions, parseSidecar, serializeSidecar } from '../../../src/sidecar';
import { claimSignature, isHandEdited } from '../../../src/sidecar/claim';
import { at, SAMPLE } from './fixtures';

const NAME = 'article.txt';
const engine = () => [
  at(SAMPLE, 'около 120', 'NUMBER', 0, { value: 120, qualifier: 'approx' }),
  at(SAMPLE, 'ОДКБ', 'ORG', 0, { norm: 'ОДКБ' }),
  at(SAMPLE, 'Ержан Саденов', 'PER', 0, { norm: 'Ержан Саденов' }),
];
/** The sidecar newsmark writes for the engine output, with `edit` applied to its text by hand. */
function handEdited(edit: (yaml: string) => string) {
  const yaml = serializeSidecar(undefined, NAME, SAMPLE, mergeSuggestions(undefined, engine()));
  const changed = edit(yaml);
  assert.notStrictEqual(changed, yaml, 'the edit must change the file');
  return parseSidecar(changed, SAMPLE, 'x.yaml', NAME);
}
const line = (yaml: string, quote: string) => yaml.split('\n').find((l) => l.includes(`text: ${quote},`))!;

describe('sidecar: corrections of suggestions made by hand in the YAML', () => {
  it('newsmark writes a fingerprint with each suggestion, and reads its own output as untouched', () => {
    const yaml = serializeSidecar(undefined, NAME, SAMPLE, mergeSuggestions(undefined, engine()));
    const sc = parseSidecar(yaml, SAMPLE, 'x.yaml', NAME);
    assert.ok(sc.annotations.every((a) => a.sig === claimSignature(a) && !isHandEdited(a)));
    assert.match(line(yaml, 'ОДКБ'), /sig: [0-9a-f]{8}/);
  });

  // [what the reviewer changes, the edit, what the entry must hold after the next annotate]
  const table: [string, (y: string) => string, string, (a: Record<string, unknown>) => void][] = [
    ['a value (120 → 1200)', (y) => y.replace(/value: 120,/, 'value: 1200,'), 'около 120', (a) => assert.strictEqual(a.value, 1200)],
    ['a norm', (y) => y.replace(/norm: Ержан Саденов,/, 'norm: Саденов Ержан,'), 'Ержан Саденов', (a) => assert.strictEqual(a.norm, 'Саденов Ержан')],
    ['the type (ORG → LOC)', (y) => y.replace(/type: ORG,/, 'type: LOC,'), 'ОДКБ', (a) => assert.strictEqual(a.type, 'LOC')],
    ['a qualifier removed', (y) => y.replace(/, qualifier: approx/, ''), 'около 120', (a) => assert.strictEqual(a.qualifier, undefined)],
  ];
  for (const [what, edit, quote, check] of table) {
    it(`keeps ${what} through the next annotate, and suggests nothing else on that span`, () => {
      const sc = handEdited(edit);
      const edited = sc.annotations.find((a) => a.text === quote)!;
      assert.ok(isHandEdited(edited));
      const merged = mergeSuggestions(sc, engine());
      const onSpan = merged.filter((a) => a.start === edited.start && a.end === edited.end);
      assert.strictEqual(onSpan.length, 1, JSON.stringify(onSpan));
      assert.strictEqual(onSpan[0].id, edited.id);
      check(onSpan[0] as unknown as Record<string, unknown>);
      // …and it stays that way in the file newsmark writes, still marked as corrected.
      const again = parseSidecar(serializeSidecar(sc, NAME, SAMPLE, merged), SAMPLE, 'x.yaml', NAME);
      const kept = again.annotations.find((a) => a.id === edited.id)!;
      check(kept as unknown as Record<string, unknown>);
      assert.ok(isHandEdited(kept));
    });
  }

  it('the engine changing its own claim is still a refresh (no person touched it)', () => {
    const sc = handEdited((y) => y.replace(/value: 120,/, 'value: 1200,'));
    const next = engine().map((e) => (e.text === 'ОДКБ' ? { ...e, norm: 'Организация Договора о коллективной безопасности' } : e));
    const merged = mergeSuggestions(sc, next);
    assert.strictEqual(merged.find((a) => a.text === 'ОДКБ')!.norm, 'Организация Договора о коллективной безопасности');
  });

  it('a sidecar written before fingerprints: a type that no longer matches the id prefix is a correction', () => {
    const sc = handEdited((y) => y.replace(/, sig: [0-9a-f]{8}/g, '').replace(/type: ORG,/, 'type: LOC,'));
    const odkb = sc.annotations.find((a) => a.text === 'ОДКБ')!;
    assert.ok(odkb.sig === undefined && odkb.id.startsWith('org-') && isHandEdited(odkb));
    assert.ok(!isHandEdited(sc.annotations.find((a) => a.text === 'около 120')!));
    const merged = mergeSuggestions(sc, engine());
    assert.deepStrictEqual(
      merged.filter((a) => a.text === 'ОДКБ').map((a) => a.type),
      ['LOC'],
    );
  });
});
