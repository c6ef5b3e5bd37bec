// Entry of the `newsmark` binary (dist/cli.js): runs the CLI bundle (dist/cli-main.js, from main.ts)
// through V8's code cache (dist/cli-main.js.cache, written by scripts/build.mjs). Compiling the
// ~1 MB bundle was about a third of a one-line `newsmark extract` past Node's own start-up, and
// Node 20 has no compile cache of its own (module.enableCompileCache is Node 22). The cache holds
// the bytecode of every function a warm-up run compiled, so those are not compiled again either.
// Kept tiny and dependency-free: it is compiled on every start, without a cache.
// A cache V8 rejects (another Node version, other V8 flags) or a missing one only costs the plain
// compile; NEWSMARK_WRITE_CODE_CACHE=FILE writes a fresh one at exit (the build's warm-up run).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import Module = require('node:module');

const main = path.join(__dirname, 'cli-main.js');
const source = fs.readFileSync(main, 'utf8');
/**
 * The cache, when it was written after the bundle. V8 checks a cache against its source by length
 * only: a bundle rebuilt to the same length (one letter of a message changed, `--watch`) would run
 * the old bytecode. The build writes the cache after the bundle, and `--watch` deletes it.
 */
function freshCache(): Buffer | undefined {
  try {
    const file = `${main}.cache`;
    if (fs.statSync(file).mtimeMs < fs.statSync(main).mtimeMs) return undefined;
    return fs.readFileSync(file);
  } catch {
    return undefined; // no cache (a build without its warm-up): compile as require() would
  }
}
const cachedData = freshCache();
const script = new vm.Script(Module.wrap(source), { filename: main, cachedData });
const writeTo = process.env.NEWSMARK_WRITE_CODE_CACHE;
if (writeTo) {
  // At exit, so the cache also holds the functions the run compiled lazily.
  process.on('exit', () => fs.writeFileSync(writeTo, script.createCachedData()));
}
const mod = { exports: {}, filename: main, id: main, loaded: false, children: [], paths: [] };
(script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, Module.createRequire(main), mod, main, __dirname);
