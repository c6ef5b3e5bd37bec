// az's dictionaries load on the first Cyrillic word the build-time table cannot answer, synchronously,
// and only then: an English document never pays for them. Module state is per process, so each case runs in a fresh one.
import * as assert from 'assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'fs';
import * as path from 'path';
import { dataPath } from '../../../src/core/data-path';
import { MORPH_TABLE_FILE } from '../../../src/core/ner/morph-table';
import { Morph, MorphClass } from '../../../src/core/ner/morph';

const ROOT = path.resolve(__dirname, '../../..');

/** Runs TypeScript `body` (inside an async function) in a fresh Node process; returns its stdout. */
function fresh(body: string): string {
  const src = `(async () => { ${body} })().catch((e) => { console.log('ERROR ' + e.message); });`;
  return execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', src], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

const ENGINE = `const { loadEngine } = require('./src/core/engine'); const { azLoaded } = require('./src/core/ner/morph');`;

describe('morphology loads on the first Russian word (ner/morph.ts)', function () {
  this.timeout(60000);

  it('loading the engine and extracting English text leaves az unloaded', () => {
    const out = fresh(`${ENGINE}
      const engine = await loadEngine();
      const after = [azLoaded()];
      const en = engine.extract('Finance minister Rachel Reeves met Tim Cook in London on Monday.');
      after.push(azLoaded(), en.entities.some((e) => e.type === 'PER'));
      engine.extract('Министр финансов Антон Силуанов прилетел в Казань.');
      after.push(azLoaded());
      console.log(JSON.stringify(after));`);
    assert.deepStrictEqual(JSON.parse(out), [false, false, true, true]);
  });

  it('a Russian line whose capitalized words the build-time table holds leaves az unloaded', function () {
    if (!fs.existsSync(dataPath(MORPH_TABLE_FILE))) this.skip(); // made by `npm run build`
    const out = fresh(`${ENGINE}
      const engine = await loadEngine();
      const found = engine.extract('Однако он сказал, что всё будет хорошо.').entities.length;
      console.log(JSON.stringify([found, azLoaded()]));`);
    assert.deepStrictEqual(JSON.parse(out), [0, false]);
  });

  it('analyze() answers with the dictionary reading', () => {
    const m = new Morph().analyze('Москвы');
    assert.deepStrictEqual(
      [!!(m.classes & MorphClass.Geox), !!(m.classes & MorphClass.Known), m.pos, m.kase, m.lemma, m.parses.length > 0],
      [true, true, 'NOUN', 'gent', 'москва', true],
    );
  });

  it('missing dictionaries give a clear error naming the folder, and nothing is half-loaded', () => {
    const out = fresh(`const { Morph, azLoaded } = require('./src/core/ner/morph');
      try { new Morph('/nonexistent/az-dicts').analyze('Москва').parses; console.log('no error'); }
      catch (e) { console.log(e.message.includes('cannot load az dictionaries from /nonexistent/az-dicts') + ' ' + azLoaded()); }`);
    assert.strictEqual(out, 'true false');
  });
});
