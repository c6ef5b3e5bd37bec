// Lost-update trials (issue 9 item 1): does a person's save that lands while `newsmark annotate`
// works on a large article survive? Prints counts and asserts nothing.
//
// A 240 KB article is made from development texts (factru_dev) in a temporary folder, annotated
// once, then edited at the top (so the next run rewrites the sidecar). Each trial restores that
// state, starts `annotate` under strace, and the moment strace shows the sidecar being opened for
// reading, writes the person's save: the same sidecar with one suggestion accepted. A trial "lost
// the decision" when the sidecar afterwards no longer has it.
//
//   node scripts/lost-update.mjs [DIST_DIR] [TRIALS]      (DIST_DIR default: dist)
// Needs strace (to see the read); NEWSMARK_EVAL_DIR as for the bench (default ../shared/eval).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const trials = Number(process.argv[3] ?? 10);
const evalDir = resolve(root, process.env.NEWSMARK_EVAL_DIR ?? '../shared/eval');

const texts = readFileSync(join(evalDir, 'factru_dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l).text);
let article = '';
for (let i = 0; Buffer.byteLength(article) < 240_000; i++) article += texts[i % texts.length] + '\n\n';

const dir = mkdtempSync(join(tmpdir(), 'newsmark-lost-update-'));
const file = join(dir, 'a.txt');
const side = `${file}.annotations.yaml`;
const cli = join(dist, 'cli.js');

function run(args, onLine) {
  return new Promise((res, rej) => {
    const p = spawn(args[0], args.slice(1), { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let buf = '';
    p.stderr.on('data', (d) => {
      buf += d;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        onLine?.(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
      }
    });
    p.on('error', rej);
    p.on('exit', (code) => res(code));
  });
}

writeFileSync(file, article);
await run(['node', cli, 'annotate', 'a.txt']);
const edited = 'Дополнение редакции.\n\n' + article;
writeFileSync(file, edited);
const base = readFileSync(side, 'utf8');
const m = /status: suggested(, text: [^,\n]+,)/.exec(base);
if (!m) throw new Error('no suggestion to decide in the sidecar');
const saved = base.replace(m[0], `status: accepted${m[1]}`);
const decision = `status: accepted${m[1]}`;

let lost = 0;
let landed = 0;
for (let t = 0; t < trials; t++) {
  writeFileSync(side, base);
  let savedAt = false;
  let renamedBeforeSave = false;
  const code = await run(['strace', '-f', '-qq', '-e', 'trace=openat,rename', 'node', cli, 'annotate', 'a.txt'], (line) => {
    if (!savedAt && line.includes('a.txt.annotations.yaml"') && line.includes('openat') && line.includes('O_RDONLY') && !line.includes('ENOENT')) {
      // The person's save, right after annotate opened the sidecar; written aside and renamed (as
      // editors do) so annotate never reads half a file.
      writeFileSync(`${side}.person`, saved);
      renameSync(`${side}.person`, side);
      savedAt = true;
    }
    if (!savedAt && line.includes('rename(')) renamedBeforeSave = true;
  });
  if (savedAt && !renamedBeforeSave) landed++;
  const survived = readFileSync(side, 'utf8').includes(decision);
  if (savedAt && !survived) lost++;
  console.log(
    `trial ${t + 1}: exit ${code}; ${savedAt ? `save landed ${renamedBeforeSave ? 'after the rename' : 'between read and rename'}; decision ${survived ? 'kept' : 'LOST'}` : 'no save (the sidecar read was not seen)'}`,
  );
}
console.log(
  `\n${dist}: ${Buffer.byteLength(edited)} bytes of article; ${landed} of ${trials} saves landed between read and rename; ${lost} of ${trials} lost the decision`,
);
rmSync(dir, { recursive: true, force: true });
