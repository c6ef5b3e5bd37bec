// Which decoration styles a repaint sends to VS Code again (decorations/plan.ts changedSlots): when
// the full parse of a large sidecar arrives after the fast first reading, the editor keeps the objects
// it shows where nothing changed (sidecar keepSame), so a confirmed list sends nothing and a list that
// differs in one entry sends only the slots (style and stretch of text) that entry leaves and joins.
import * as assert from 'assert';
import { keepSame, type Annotation } from '../../../src/sidecar';
import { changedSlots, planDecorations, SLOT_TEXT, slotsOf, type SlotKey, type SlotSet } from '../../../src/extension/decorations/plan';

const FILTER = { types: new Set<Annotation['type']>(['PER', 'ORG', 'LOC', 'NUMBER']), showRejected: true };
const TYPES: Annotation['type'][] = ['PER', 'ORG', 'LOC', 'NUMBER'];

/** A first reading of `n` entries, as the worker sends it (new objects every time it is called). */
function reading(n: number, edit?: (a: Annotation) => Annotation): Annotation[] {
  const out: Annotation[] = [];
  for (let i = 0; i < n; i++) {
    const a: Annotation = { id: `e${i}`, type: TYPES[i % 4], text: 'Иван', start: i * 40, end: i * 40 + 4, status: i % 7 === 0 ? 'accepted' : 'suggested' };
    out.push(edit ? edit(a) : a);
  }
  return out;
}

/** What an editor holds after painting `list` whole at `version`. */
function painted(list: readonly Annotation[], version: number): Map<SlotKey, SlotSet> {
  return new Map([...slots(list)].map(([k, v]) => [k, { list: v, version }]));
}

const slots = (list: readonly Annotation[]) => slotsOf(planDecorations(list, FILTER));

describe('extension: decoration slots a repaint sends again (changedSlots)', () => {
  const shown = reading(2000);
  const editor = painted(shown, 1);

  it('the full parse confirms the first reading: no style is sent', () => {
    const confirmed = keepSame(shown, reading(2000));
    assert.deepStrictEqual(changedSlots(editor, slots(confirmed), 1), []);
  });

  it('a confirmed parse that differs from the preview in one entry sends exactly the slots it leaves and joins', () => {
    const confirmed = keepSame(
      shown,
      reading(2000, (a) => (a.id === 'e1005' ? { ...a, status: 'rejected' } : a)),
    );
    assert.deepStrictEqual(changedSlots(editor, slots(confirmed), 1).sort(), ['ORG:rejected#1', 'ORG:suggested#1']);
  });

  it('new objects for every entry (no keepSame) would send every slot', () => {
    assert.strictEqual(changedSlots(editor, slots(reading(2000)), 1).length, editor.size);
  });

  it('a slot that empties is sent (cleared); one empty before and after is not', () => {
    const withoutNumbers = shown.filter((a) => a.type !== 'NUMBER');
    assert.deepStrictEqual(changedSlots(editor, slots(withoutNumbers), 1).sort(), [...editor.keys()].filter((k) => k.startsWith('NUMBER:')).sort());
    assert.deepStrictEqual(changedSlots(new Map(), new Map(), 1), []);
    assert.deepStrictEqual(changedSlots(new Map([['PER:orphan#0', { list: [], version: 0 }]]), new Map(), 1), []);
  });

  it('the same objects set at another version of the text are sent again (the editor moved them since)', () => {
    assert.strictEqual(changedSlots(editor, slots(shown), 2).length, editor.size);
  });
});

describe('extension: decoration slots (slotsOf)', () => {
  it('each style is split by where its annotations start, in order, nothing lost', () => {
    const list = reading(2000);
    const plan = planDecorations(list, FILTER);
    const out = slotsOf(plan);
    assert.deepStrictEqual(
      [...out.keys()].filter((k) => k.startsWith('PER:suggested')),
      ['PER:suggested#0', 'PER:suggested#1', 'PER:suggested#2'],
    );
    for (const [key, slot] of out) {
      const band = Number(key.split('#')[1]);
      assert.ok(
        slot.every((a) => Math.floor(a.start / SLOT_TEXT) === band),
        key,
      );
    }
    for (const [style, annotations] of plan)
      assert.deepStrictEqual(
        [...out].filter(([k]) => k.startsWith(`${style}#`)).flatMap(([, v]) => v),
        annotations,
      );
  });
});
