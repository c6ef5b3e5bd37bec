// Set Speaker…'s quick pick order: people and organizations nearest to the quote first; places,
// figures, rejected and orphaned annotations are never offered.
import * as assert from 'assert';
import type { Annotation } from '../../../src/sidecar';
import { speakerCandidates } from '../../../src/extension/model/speakers';

const TEXT = 'МВД России сообщило. Иван Петров приехал в Москву. «Мы готовы», — сказал Сергей Лавров. Ольга Ким промолчала.\n';
const ann = (id: string, type: Annotation['type'], q: string, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  type,
  text: q,
  start: TEXT.indexOf(q),
  end: TEXT.indexOf(q) + q.length,
  status: 'suggested',
  ...extra,
});

describe('extension: speaker candidates for Set Speaker', () => {
  it('nearest first, on either side of the quote; only PER and ORG that are not rejected or orphaned', () => {
    const list = [
      ann('org', 'ORG', 'МВД России'),
      ann('ivan', 'PER', 'Иван Петров'),
      ann('msk', 'LOC', 'Москву'),
      ann('q', 'QUOTE', 'Мы готовы'),
      ann('lavrov', 'PER', 'Сергей Лавров'),
      ann('kim', 'PER', 'Ольга Ким', { status: 'rejected' }),
      ann('gone', 'PER', 'Иван Петров', { orphan: true, id: 'gone' }),
    ];
    assert.deepStrictEqual(
      speakerCandidates(list, list[3]).map((a) => a.id),
      ['lavrov', 'ivan', 'org'],
    );
  });
});
