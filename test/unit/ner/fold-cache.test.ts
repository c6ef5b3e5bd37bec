// The key of the CV fold-model cache (scripts/ner-fold-cache.ts): it must change with anything that
// shapes the weights and stay the same when only a rule after the tagger changes.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MODEL_ENTRY_FILES, modelInputsKey, sourceClosure } from '../../../scripts/ner-fold-cache';

describe('CV fold-model cache key', () => {
  let dir: string;
  const write = (f: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  };
  const key = (opts: Record<string, unknown> = { seed: 42 }) => modelInputsKey(dir, sourceClosure(dir, ['src/train.ts']), opts);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fold-cache-'));
    write('src/train.ts', "import { f } from './features';\nimport type { T } from '../lib/types';\nconst words = require('./words.json');\n");
    write('src/features.ts', "export * from './tables/heads';\nexport const f = 1;\n");
    write('src/tables/heads.ts', "export const HEADS = ['комитет'];\n");
    write('lib/types.ts', 'export type T = number;\n');
    write('src/words.json', '["a"]\n');
    write('src/rule.ts', "import { f } from './features';\n");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('follows relative imports, re-exports, type imports and required JSON, and nothing else', () => {
    assert.deepEqual(sourceClosure(dir, ['src/train.ts']), ['lib/types.ts', 'src/features.ts', 'src/tables/heads.ts', 'src/train.ts', 'src/words.json']);
  });

  it('changes when a file the training imports (even indirectly) or an option changes', () => {
    const before = key();
    write('src/tables/heads.ts', "export const HEADS = ['комитет', 'фонд'];\n");
    const afterTable = key();
    assert.notEqual(afterTable, before);
    write('src/words.json', '["a", "b"]\n');
    assert.notEqual(key(), afterTable);
    assert.notEqual(key({ seed: 7 }), key({ seed: 42 }));
  });

  it('stays when only a rule after the tagger changes', () => {
    const before = key();
    write('src/rule.ts', "import { f } from './features';\nexport const g = f + 1;\n");
    assert.equal(key(), before);
  });

  it('fails loudly on a missing entry file instead of keying without it', () => {
    assert.throws(() => sourceClosure(dir, ['src/nope.ts']), /nope\.ts does not exist/);
  });

  it('covers the real feature code and tables, not the rules after the tagger', () => {
    const root = path.join(__dirname, '../../..');
    const files = sourceClosure(root, MODEL_ENTRY_FILES);
    for (const f of ['src/core/ner/features.ts', 'src/core/ner/forms.ts', 'src/core/ner/tables/ru-org-heads.ts', 'src/core/ner/perceptron.ts'])
      assert.ok(files.includes(f), f);
    for (const f of ['src/core/ner/recognizer.ts', 'src/core/ner/org-edges.ts', 'src/core/ner/ru-quoted-orgs.ts']) assert.ok(!files.includes(f), f);
  });
});
