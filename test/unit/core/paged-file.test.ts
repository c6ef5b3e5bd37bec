// A data file read page by page on first use (src/core/paged-file.ts): what is read equals the file,
// only the pages asked for are read, and a file cut short while open is a clear error.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PagedFile, wholeBytes } from '../../../src/core/paged-file';

function fileOf(bytes: Uint8Array): string {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nm-paged-')), 'data.bin');
  fs.writeFileSync(f, bytes);
  return f;
}

const CONTENT = Uint8Array.from({ length: 3 * 4096 + 100 }, (_, i) => (i * 7 + (i >> 12)) & 0xff);

describe('paged file (core/paged-file.ts)', () => {
  it('reads only the pages of the ranges asked for, and they hold the file', () => {
    const f = new PagedFile(fileOf(CONTENT), 'the test file');
    assert.deepStrictEqual([f.size, f.pagesRead()], [CONTENT.length, { read: 0, total: 4 }]);
    f.need(5000, 5001);
    assert.deepStrictEqual(f.pagesRead(), { read: 1, total: 4 });
    assert.deepStrictEqual(f.bytes.subarray(4096, 8192), CONTENT.subarray(4096, 8192));
    assert.strictEqual(f.bytes[0], 0, 'page 0 not read yet');
    f.need(8000, 8200); // across two pages
    f.need(3 * 4096 + 50, 10 ** 9); // the short last page, and past the end
    f.need(100, 100); // empty
    assert.deepStrictEqual(f.pagesRead(), { read: 3, total: 4 });
    assert.deepStrictEqual(f.bytes.subarray(4096), CONTENT.subarray(4096));
  });

  it('a file cut short while open is a clear error naming it', () => {
    const file = fileOf(CONTENT);
    const f = new PagedFile(file, 'the test file');
    fs.truncateSync(file, 100);
    assert.throws(() => f.need(9000, 9001), /the test file .*data\.bin was cut short while in use/);
  });

  it('bytes in memory are a paged file with every page read', () => {
    const w = wholeBytes(CONTENT);
    assert.deepStrictEqual([w.size, Array.from(w.loaded)], [CONTENT.length, [1, 1, 1, 1]]);
    assert.deepStrictEqual(w.bytes, CONTENT);
  });
});
