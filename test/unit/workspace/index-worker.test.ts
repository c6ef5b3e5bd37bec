// The Workspace view's index worker, called in-process: reads articles with sidecars, gives each
// mention its line and context, re-reads one changed file, forgets a dropped one, and reports (never
// touches) a broken sidecar.
import * as assert from 'assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityDetail, handle } from '../../../src/extension/workspace/index-worker';
import { mergeSuggestions, serializeSidecar } from '../../../src/sidecar';
import type { Entity } from '../../../src/core/types';
import { tempDir } from '../sidecar/cli-helpers';

const ent = (text: string, quote: string, type: Entity['type'], norm?: string): Entity => {
  const start = text.indexOf(quote);
  return { type, text: quote, start, end: start + quote.length, ...(norm ? { norm } : {}) };
};

describe('workspace index worker', () => {
  it('reads, re-reads, drops, and reports a broken sidecar', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    const ta = 'Заголовок\nВ Астане Колокольцев встретился с коллегой.\n';
    const tb = 'Колокольцева ждали в Москве.\n';
    writeFileSync(a, ta);
    writeFileSync(b, tb);
    const write = (file: string, text: string, list: Entity[]) =>
      writeFileSync(`${file}.annotations.yaml`, serializeSidecar(undefined, file.split('/').pop()!, text, mergeSuggestions(undefined, list)));
    write(a, ta, [ent(ta, 'Колокольцев', 'PER', 'Колокольцев'), ent(ta, 'Астане', 'LOC', 'Астана')]);
    write(b, tb, [ent(tb, 'Колокольцева', 'PER', 'Колокольцев')]);
    const suffix = '.annotations.yaml';

    let r = await handle({ id: 1, op: 'update', read: [a, b], drop: [], suffix });
    assert.strictEqual(r.articles, 2);
    const row = r.rows.find((e) => e.norm === 'Колокольцев')!;
    assert.deepStrictEqual([row.articles, row.mentions, row.forms], [2, 2, ['Колокольцев', 'Колокольцева']]);
    const per = entityDetail(row.key)!;
    assert.deepStrictEqual(
      per.articles.map((x) => [x.path, x.mentions[0].line, x.mentions[0].context]),
      [
        [a, 1, 'В Астане Колокольцев встретился с коллегой.'],
        [b, 0, 'Колокольцева ждали в Москве.'],
      ],
    );

    writeFileSync(`${b}.annotations.yaml`, '{ broken');
    r = await handle({ id: 2, op: 'update', read: [b], drop: [], suffix });
    assert.strictEqual(r.articles, 1);
    assert.strictEqual(r.problems.length, 1);
    assert.match(r.problems[0], /b\.txt\.annotations\.yaml/);
    assert.strictEqual(readFileSync(`${b}.annotations.yaml`, 'utf8'), '{ broken');

    r = await handle({ id: 3, op: 'update', read: [], drop: [a, b], suffix });
    assert.deepStrictEqual([r.articles, r.rows.length, r.problems, entityDetail(row.key)], [0, 0, [], undefined]);
  });
});
