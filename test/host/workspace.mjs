// Throw-away workspaces: tests write sidecars next to the articles, so they get a temporary copy
// of samples/ and never touch the repository's own files.
import { cpSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from './env.mjs';

/** The files of `dir` that git tracks, or undefined outside a git checkout. */
function trackedFiles(dir) {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--', '.'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return new Set(
      out
        .split('\0')
        .filter(Boolean)
        .map((f) => join(dir, f)),
    );
  } catch {
    return undefined;
  }
}

/**
 * Copies samples/ into <parent or $TMPDIR>/<prefix>XXXXXX/samples and returns that folder.
 * `pristine` (the default, for tests) copies only what git tracks, so a sidecar a person made by
 * running the README's first command (`npm run annotate -- samples/…`) cannot change what the
 * tests see; `npm start` passes pristine: false to show the person's own work.
 */
export function sampleWorkspace({ parent = tmpdir(), prefix = 'newsmark-ws-', from = join(repoRoot, 'samples'), pristine = true } = {}) {
  const dir = join(mkdtempSync(join(parent, prefix)), 'samples');
  const tracked = pristine ? trackedFiles(from) : undefined;
  cpSync(from, dir, {
    recursive: true,
    filter: (src) => !tracked || src === from || tracked.has(src) || [...tracked].some((f) => !relative(src, f).startsWith('..')),
  });
  return dir;
}
