// The editor's grouping (hover counts, Entities view) and the `entity` key of `newsmark extract`
// come from the same grouping code: the same mentions fall into the same groups.
import { strict as assert } from 'assert';
import { mentionGroups } from '../../../src/extension/model/mentions';
import { entityKeys } from '../../../src/core/ner/group';
import type { Annotation } from '../../../src/sidecar';
import { EntityType } from '../../../src/core/types';

let next = 0;
function ann(type: EntityType, text: string, norm = text): Annotation {
  const start = next;
  next += text.length + 1;
  return { id: `a${start}`, status: 'suggested', start, end: start + text.length, type, text, norm } as Annotation;
}

/** Mentions as the partition they make: sorted lists of texts per group. */
function partition(keys: Map<Annotation, string>, of: Annotation[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const a of of) groups.set(keys.get(a)!, [...(groups.get(keys.get(a)!) ?? []), a.text]);
  return [...groups.values()].map((g) => g.sort()).sort((x, y) => x[0].localeCompare(y[0]));
}

describe('mentionGroups (editor) and entity keys (extract) agree', () => {
  it('one person under case forms and a surname; a namesake apart; places by normal form', () => {
    const anns = [
      ann('PER', 'Андрей Иванов'),
      ann('PER', 'Петром Ивановым', 'Пётр Иванов'),
      ann('PER', 'Иванова', 'Иванов'),
      ann('PER', 'Андрея Иванова', 'Андрей Иванов'),
      ann('LOC', 'России', 'Россия'),
      ann('LOC', 'Россия'),
    ];
    const editor = partition(mentionGroups(anns), anns);
    const extract = partition(entityKeys(anns) as Map<Annotation, string>, anns);
    assert.deepEqual(editor, extract);
    assert.deepEqual(editor, [
      ['Андрей Иванов', 'Андрея Иванова'],
      ['Иванова', 'Петром Ивановым'],
      ['России', 'Россия'],
    ]);
  });
});
