import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readArticle } from '../../../src/sidecar/io';
import { InputError } from '../../../src/core/utf8';

describe('readArticle refuses what is not an article', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-read-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, bytes: Buffer) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, bytes);
    return f;
  };

  const refused: Array<[string, Buffer, RegExp]> = [
    ['binary (NUL byte)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14]), /looks binary \(a NUL byte at byte offset 4\)/],
    ['Windows-1251, not UTF-8', Buffer.from([0xcc, 0xc2, 0xc4]), /not valid UTF-8: byte 0xCC at byte offset 0/],
    ['truncated UTF-8 sequence', Buffer.from('Москва', 'utf8').subarray(0, 3), /not valid UTF-8/],
  ];
  for (const [name, bytes, re] of refused) {
    it(name, async () => {
      await assert.rejects(readArticle(write(`${name}.txt`, bytes)), (err: Error) => err instanceof InputError && re.test(err.message));
    });
  }

  it('an oversized file is refused before it is read', async () => {
    const f = write('big.txt', Buffer.alloc(2048, 0x61));
    await assert.rejects(readArticle(f, 1024), /KB|MB is over the 0.00 MB limit for an article/);
    assert.strictEqual((await readArticle(f, 4096)).length, 2048);
  });

  it('UTF-8 with BOM, CRLF, NBSP and an astral character reads as an editor shows it', async () => {
    const f = write('ok.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('А\u00A0б\r\n😀', 'utf8')]));
    assert.strictEqual(await readArticle(f), 'А\u00A0б\r\n😀');
  });
});
