// Offsets follow edits before the engine runs again: table of edits on a short Russian line,
// then undo/redo of a deletion that orphaned a person's decision.
import * as assert from 'assert';
import type { Annotation } from '../../../src/sidecar';
import { shiftAnnotations, TextChange, Tracked } from '../../../src/extension/model/shift';

const TEXT = 'Глава МВД Владимир Колокольцев прибыл в Астану.';
function ann(text: string, status: Annotation['status'], type: Annotation['type'] = 'PER', from = 0): Annotation {
  const start = TEXT.indexOf(text, from);
  assert.ok(start >= 0, text);
  return { id: `${type}-${start}`, type, status, text, start, end: start + text.length };
}
const PER = ann('Владимир Колокольцев', 'accepted');
const LOC = ann('Астану', 'suggested', 'LOC');
const ORG = ann('МВД', 'suggested', 'ORG');

function apply(text: string, changes: TextChange[]): string {
  for (const c of changes) text = text.slice(0, c.offset) + c.insertText + text.slice(c.offset + c.deleteLength);
  return text;
}
function run(changes: TextChange[], items: Annotation[] = [ORG, PER, LOC]) {
  const after = apply(TEXT, changes);
  const out = shiftAnnotations(
    items.map((a) => ({ ann: a })),
    changes,
    (s, e) => after.slice(s, e),
  );
  return { after, out };
}
const at = (s: string) => TEXT.indexOf(s);

describe('extension: offsets follow edits (shiftAnnotations)', () => {
  const cases: Array<[string, TextChange[], Array<[string, string, boolean?]>]> = [
    // [name, changes, expected [id-prefix, quote in new text, orphan?]]
    [
      'insert before everything shifts all',
      [{ offset: 0, deleteLength: 0, insertText: 'Срочно. ' }],
      [
        ['ORG', 'МВД'],
        ['PER', 'Владимир Колокольцев'],
        ['LOC', 'Астану'],
      ],
    ],
    [
      'typing right after a word does not extend it',
      [{ offset: at('МВД') + 3, deleteLength: 0, insertText: 'Ы' }],
      [
        ['ORG', 'МВД'],
        ['PER', 'Владимир Колокольцев'],
        ['LOC', 'Астану'],
      ],
    ],
    [
      'typing right before a word shifts it',
      [{ offset: at('Астану'), deleteLength: 0, insertText: 'г. ' }],
      [
        ['ORG', 'МВД'],
        ['PER', 'Владимир Колокольцев'],
        ['LOC', 'Астану'],
      ],
    ],
    [
      'a typo fixed inside a name stretches it',
      [{ offset: at('Колокольцев') + 4, deleteLength: 1, insertText: 'оо' }],
      [
        ['ORG', 'МВД'],
        ['PER', 'Владимир Колоооольцев'],
        ['LOC', 'Астану'],
      ],
    ],
    // Cyrillic, non-BMP: an emoji (2 code units) inserted before shifts by 2
    [
      'non-BMP insert shifts by two code units',
      [{ offset: 0, deleteLength: 0, insertText: '📰' }],
      [
        ['ORG', 'МВД'],
        ['PER', 'Владимир Колокольцев'],
        ['LOC', 'Астану'],
      ],
    ],
    [
      'CRLF for LF elsewhere leaves spans intact',
      [{ offset: TEXT.length, deleteLength: 0, insertText: '\r\n' }],
      [
        ['ORG', 'МВД'],
        ['PER', 'Владимир Колокольцев'],
        ['LOC', 'Астану'],
      ],
    ],
    // false positives: edits that must not keep a stale span
    [
      'deleting a suggestion drops it',
      [{ offset: at('Астану'), deleteLength: 'Астану'.length, insertText: '' }],
      [
        ['ORG', 'МВД'],
        ['PER', 'Владимир Колокольцев'],
      ],
    ],
    [
      'overwriting an accepted name keeps it as an orphan',
      [{ offset: at('Владимир'), deleteLength: 'Владимир Колокольцев'.length, insertText: 'министр' }],
      [
        ['ORG', 'МВД'],
        ['PER', 'Владимир Колокольцев', true],
        ['LOC', 'Астану'],
      ],
    ],
    [
      'multi-cursor edits apply in order (bottom first)',
      [
        { offset: at('Астану'), deleteLength: 0, insertText: '«' },
        { offset: 0, deleteLength: 0, insertText: '» ' },
      ],
      [
        ['ORG', 'МВД'],
        ['PER', 'Владимир Колокольцев'],
        ['LOC', 'Астану'],
      ],
    ],
  ];
  for (const [name, changes, expected] of cases) {
    it(name, () => {
      const { after, out } = run(changes);
      assert.deepStrictEqual(
        out.map((t) => [t.ann.id.split('-')[0], t.ann.orphan ? t.ann.text : after.slice(t.ann.start, t.ann.end), ...(t.ann.orphan ? [true] : [])]),
        expected,
      );
      for (const t of out) if (!t.ann.orphan) assert.strictEqual(t.ann.text, after.slice(t.ann.start, t.ann.end));
    });
  }

  it('undo of a deletion brings an orphaned decision back in place; a plain paste does not', () => {
    const del: TextChange = { offset: at('Владимир') - 1, deleteLength: ' Владимир Колокольцев'.length, insertText: '' };
    const afterDel = apply(TEXT, [del]);
    let items: Tracked[] = shiftAnnotations([{ ann: PER }, { ann: LOC }], [del], (s, e) => afterDel.slice(s, e));
    assert.strictEqual(items[0].ann.orphan, true);
    // typing elsewhere (after the point) moves the trace along with the text
    const typed: TextChange = { offset: afterDel.indexOf('Астану'), deleteLength: 0, insertText: 'г. ' };
    const afterTyping = apply(afterDel, [typed]);
    items = shiftAnnotations(items, [typed], (s, e) => afterTyping.slice(s, e));
    const undoTyping: TextChange = { offset: typed.offset, deleteLength: 3, insertText: '' };
    items = shiftAnnotations(items, [undoTyping], (s, e) => afterDel.slice(s, e), true);
    const undoDel: TextChange = { offset: del.offset, deleteLength: 0, insertText: ' Владимир Колокольцев' };
    items = shiftAnnotations(items, [undoDel], (s, e) => TEXT.slice(s, e), true);
    const back = items.find((t) => t.ann.id === PER.id)!;
    assert.strictEqual(back.ann.orphan, undefined);
    assert.deepStrictEqual([back.ann.start, back.ann.end, back.ann.status], [PER.start, PER.end, 'accepted']);
    // without the undo flag (a paste of the same words) nothing is resurrected
    const again = shiftAnnotations([{ ann: PER }], [del], (s, e) => afterDel.slice(s, e));
    const pasted = shiftAnnotations(again, [undoDel], (s, e) => TEXT.slice(s, e), false);
    assert.strictEqual(pasted[0].ann.orphan, true);
  });
});
