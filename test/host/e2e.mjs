// The e2e layer: runs every test/e2e/*.e2e.mjs scenario in turn (alphabetical). A scenario module
// exports `async run({ log }) → { passed, failed }` and prints `ok - ...` / `not ok - ...` lines
// through `log`; one that throws counts as one failure and the next scenario still runs.
// A scenario with a failure runs once more, as Playwright's `retries: 1` would: these drive a real
// browser, and a busy disk or CPU can make a click land before the workbench has drawn its target.
// The first run's lines are printed (as comments, marked) so a flaky step stays visible; a step that
// fails twice fails the layer.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './env.mjs';

export async function runE2E({ log = console.log, only = process.env.NEWSMARK_E2E_ONLY } = {}) {
  const dir = join(repoRoot, 'test', 'e2e');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.e2e.mjs') && (!only || f.includes(only)))
    .sort();
  let passed = 0,
    failed = 0;
  for (const f of files) {
    log(`# e2e scenario ${f}`);
    try {
      const mod = await import(pathToFileURL(join(dir, f)).href);
      // `run` is the contract; a single exported run…E2E function is accepted too
      const fn = mod.run || mod.default || Object.entries(mod).find(([k, v]) => /^run\w*E2E$/.test(k) && typeof v === 'function')?.[1];
      if (!fn) throw new Error('exports no run({ log }) function');
      const lines = [];
      let r = await fn({ log: (line) => lines.push(String(line)) });
      if (r.failed > 0) {
        for (const line of lines) log(`# first run, retried: ${line}`);
        log(`# ${f}: ${r.failed} failed on the first run; running it once more`);
        r = await fn({ log });
      } else for (const line of lines) log(line);
      passed += r.passed;
      failed += r.failed;
    } catch (e) {
      failed++;
      log(
        `not ok - ${f} ran :: ${String(e?.stack || e)
          .split('\n')
          .slice(0, 3)
          .join(' | ')}`,
      );
    }
  }
  if (files.length === 0) {
    failed++;
    log('not ok - no test/e2e/*.e2e.mjs scenario found');
  }
  return { passed, failed };
}
