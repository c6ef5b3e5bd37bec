// Regenerates the ready-made sidecar of the English sample with the real CLI, so the try-it
// workspace (`npm start`) shows highlights the moment the article opens, without a command.
// The Russian sample deliberately has no sidecar: it is the one the walkthrough annotates
// with "Newsmark: Annotate Document". `annotate` merges, so a person's decisions in the
// committed sidecar survive a rerun.  Usage: npm run samples  (builds first)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Articles that ship with a sidecar (paths relative to the repo root). */
export const SAMPLES_WITH_SIDECAR = ['samples/en-almaty-water-talks.txt'];
// The English sample's publication date: its dateline says "July 22" with no year, as wire copy
// does; the story is set in 2025 (a Tuesday), so "Tuesday" and "this year" resolve as a reader would.
const REF_DATE = '2025-07-22';

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`samples: \`node ${args.join(' ')}\` exited with ${r.status ?? r.signal}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    run(['scripts/build.mjs']);
    run(['dist/cli.js', 'annotate', '--ref-date', REF_DATE, ...SAMPLES_WITH_SIDECAR]);
    for (const f of SAMPLES_WITH_SIDECAR) {
      const sidecar = `${f}.annotations.yaml`;
      if (!existsSync(join(ROOT, sidecar))) throw new Error(`samples: annotate ran but ${sidecar} is missing`);
      console.log(`samples: ${sidecar} ready`);
    }
  } catch (e) {
    console.error(e.message);
    process.exitCode = 1;
  }
}
