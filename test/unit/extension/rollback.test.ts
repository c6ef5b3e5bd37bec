// After a failed sidecar write the editor shows the file's list again: decisions, notes and removals
// that did not reach the file are taken back, at the places typing has moved the annotations to.
import * as assert from 'assert';
import type { Annotation } from '../../../src/sidecar';
import { rollBack } from '../../../src/extension/model/rollback';

const TEXT = 'Глава МВД Владимир Колокольцев прибыл в Астану.';
const textAt = (a: number, b: number) => TEXT.slice(a, b);
function ann(text: string, status: Annotation['status'], type: Annotation['type'] = 'PER', extra: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(text);
  assert.ok(start >= 0, text);
  return { id: `${type}-${text}`, type, status, text, start, end: start + text.length, ...extra };
}
const PER = ann('Владимир Колокольцев', 'suggested');
const LOC = ann('Астану', 'accepted', 'LOC');
const ORG = ann('МВД', 'suggested', 'ORG');
const byId = (list: Annotation[]) => Object.fromEntries(list.map((a) => [a.id, a]));

describe('rollBack: the editor shows what the sidecar holds after a failed write', () => {
  it('a decision and a note that were not written are taken back; what was written stays', () => {
    const current = [{ ...PER, status: 'accepted' as const, note: 'checked' }, LOC, ORG];
    assert.deepStrictEqual(byId(rollBack(current, [PER, LOC, ORG], textAt)), byId([PER, LOC, ORG]));
  });

  it('keeps the places typing moved the annotations to (the saved list has the old offsets)', () => {
    const shifted = (a: Annotation) => ({ ...a, start: a.start + 3, end: a.end + 3 });
    const current = [shifted({ ...PER, status: 'rejected' }), shifted(LOC)];
    const out = byId(rollBack(current, [PER, LOC], textAt));
    assert.deepStrictEqual(out[PER.id], shifted(PER));
    assert.deepStrictEqual(out[LOC.id], shifted(LOC));
  });

  it('a removal that was not written brings the annotation back (an orphan when its quote is gone)', () => {
    assert.deepStrictEqual(rollBack([PER], [PER, LOC], textAt), [PER, LOC]);
    const gone = { ...ORG, start: 0, end: 3 }; // "Гла" is not "МВД" any more
    assert.deepStrictEqual(rollBack([PER], [PER, gone], textAt), [{ ...gone, orphan: true }, PER]);
  });

  it('what the file does not hold stays the engine’s: a manual annotation goes, a decided suggestion is a suggestion again', () => {
    // No sidecar yet: the first Accept and a relabel (old claim rejected, a manual one on its span) failed.
    const current = [{ ...PER, status: 'rejected' as const }, ann('Владимир Колокольцев', 'manual', 'ORG'), { ...LOC, note: 'x' }];
    assert.deepStrictEqual(rollBack(current, [], textAt), [PER, { ...LOC, status: 'suggested' }]);
  });

  it('an orphan stays an orphan; one that typing brought back is anchored again', () => {
    const orphan = { ...LOC, orphan: true as const };
    assert.deepStrictEqual(rollBack([orphan], [LOC], textAt), [orphan]);
    assert.deepStrictEqual(rollBack([{ ...LOC, status: 'rejected' }], [orphan], textAt), [LOC]);
  });
});
