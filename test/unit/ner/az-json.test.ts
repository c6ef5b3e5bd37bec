// az's JSON dictionaries precompiled to V8's serialization format (src/core/ner/az-json.ts): the same
// values as JSON.parse of the files, used only for sources of the recorded size, and never an error of
// their own (a missing or unreadable file leaves az to parse its JSON as before).
import * as assert from 'assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { AZ_JSON_FILE, AZ_JSON_SOURCES, compileAzJson, readAzJson } from '../../../src/core/ner/az-json';
import { dataPath } from '../../../src/core/data-path';

const ROOT = path.resolve(__dirname, '../../..');
const DICTS = path.join(ROOT, 'node_modules', 'az', 'dicts');

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'nm-azjson-'));
}

describe("az's JSON dictionaries precompiled (ner/az-json.ts)", () => {
  it('holds exactly what JSON.parse makes of each source', () => {
    const file = path.join(tempDir(), AZ_JSON_FILE);
    fs.writeFileSync(file, compileAzJson(DICTS));
    const values = readAzJson(file, DICTS);
    assert.deepStrictEqual([...values.keys()], AZ_JSON_SOURCES);
    for (const name of AZ_JSON_SOURCES) assert.deepStrictEqual(values.get(name), JSON.parse(fs.readFileSync(path.join(DICTS, name), 'utf8')), name);
  });

  it('a source whose size is not the recorded one is left to JSON.parse', () => {
    const file = path.join(tempDir(), AZ_JSON_FILE);
    fs.writeFileSync(file, compileAzJson(DICTS));
    const other = tempDir();
    for (const name of AZ_JSON_SOURCES) fs.copyFileSync(path.join(DICTS, name), path.join(other, name));
    fs.appendFileSync(path.join(other, 'suffixes.json'), '\n');
    fs.rmSync(path.join(other, 'grammemes.json'));
    assert.deepStrictEqual([...readAzJson(file, other).keys()], ['gramtab-opencorpora-int.json', 'gramtab-opencorpora-ext.json']);
  });

  it('a missing, damaged or foreign file gives nothing, not an error', () => {
    const dir = tempDir();
    assert.strictEqual(readAzJson(path.join(dir, 'none.v8'), DICTS).size, 0);
    const junk = path.join(dir, 'junk.v8');
    fs.writeFileSync(junk, 'not a V8 value at all');
    assert.strictEqual(readAzJson(junk, DICTS).size, 0);
    const cut = path.join(dir, 'cut.v8');
    fs.writeFileSync(cut, compileAzJson(DICTS).subarray(0, 1000));
    assert.strictEqual(readAzJson(cut, DICTS).size, 0);
    const other = path.join(dir, 'other.v8');
    fs.writeFileSync(other, v8.serialize({ format: 2, sources: {} }));
    assert.strictEqual(readAzJson(other, DICTS).size, 0);
  });

  it('the first Russian word parses none of az JSON files when the build made data/az-json.v8 (a fresh process)', function () {
    if (!fs.existsSync(dataPath(AZ_JSON_FILE))) this.skip(); // made by `npm run build`
    const out = execFileSync(
      process.execPath,
      [
        '--require',
        'tsx/cjs',
        '-e',
        `const own = JSON.parse; const big = [];
         JSON.parse = (s, ...a) => { if (s.length > 100000) big.push(s.length); return own(s, ...a); };
         const { Morph } = require('./src/core/ner/morph');
         const ok = new Morph().analyze('Силуанов').parses.length > 0;
         console.log(JSON.stringify([ok, big]));`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    ).trim();
    assert.deepStrictEqual(JSON.parse(out), [true, []]);
  });
});
