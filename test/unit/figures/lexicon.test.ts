// The figure lexicon (data/figures-ru-forms.json, src/core/figures/lexicon.ts) is read on the first
// Russian word asked about: an English document never reads it. It answers as the file says.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadLexicon } from '../../../src/core/figures/lexicon';
import { dataPath } from '../../../src/core/data-path';

const FILE = dataPath('figures-ru-forms.json');
const SHIPPED: Record<string, string[]> = JSON.parse(fs.readFileSync(FILE, 'utf8')).forms;

/** Calls fn while counting reads of `file` (through the fs module object the code under test reads). */
async function readsOf(file: string, fn: () => unknown): Promise<number> {
  const nodeFs: { readFileSync: (...a: unknown[]) => unknown } = require('fs');
  const own = nodeFs.readFileSync;
  let n = 0;
  nodeFs.readFileSync = (p: unknown, ...rest: unknown[]) => {
    if (p === file) n++;
    return own(p, ...rest);
  };
  try {
    await fn();
  } finally {
    nodeFs.readFileSync = own;
  }
  return n;
}

describe('figures: the Russian form lexicon, read on first use', () => {
  it('every form of the shipped table starts with a Cyrillic letter (what lets other words skip the read)', () => {
    const forms = Object.keys(SHIPPED);
    assert.ok(forms.length > 1000, `${forms.length} forms`);
    assert.deepStrictEqual(
      forms.filter((f) => !/^[\u0400-\u04FF]/.test(f)),
      [],
    );
  });

  it('English words are answered without reading the file; the first Russian word reads it once', async () => {
    const lex = await loadLexicon();
    assert.strictEqual(
      await readsOf(FILE, () =>
        ['million', 'percent', 'december', '', '5', 'constructor', '__proto__'].forEach((w) => assert.strictEqual(lex.lemmas(w), undefined, w)),
      ),
      0,
    );
    assert.strictEqual(
      await readsOf(FILE, () => {
        assert.deepStrictEqual(lex.lemmas('семисот'), SHIPPED['семисот']);
        assert.deepStrictEqual(lex.lemmas('декабря'), SHIPPED['декабря']);
      }),
      1,
    );
  });

  it('answers every form as the file says, and nothing for other words', async () => {
    const lex = await loadLexicon();
    for (const [form, lemmas] of Object.entries(SHIPPED)) assert.deepStrictEqual(lex.lemmas(form), lemmas, form);
    for (const w of ['москва', 'семьсотт', 'Семисот', 'ёжик']) assert.strictEqual(lex.lemmas(w), undefined, w);
  });

  it('a missing file fails at load, a damaged one at the first Russian word, with the file named', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nm-lexicon-'));
    await assert.rejects(loadLexicon(path.join(dir, 'none.json')), /cannot read the figure lexicon .*none\.json .*missing/);
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"forms": {"семь": ["семь"]');
    const lex = await loadLexicon(bad);
    assert.strictEqual(lex.lemmas('seven'), undefined);
    assert.throws(() => lex.lemmas('семь'), /cannot read the figure lexicon .*bad\.json/);
  });
});
