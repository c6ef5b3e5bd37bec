// Throw-away workspaces: tests write sidecars next to the articles, so they get a temporary copy
// of samples/ and never touch the repository's own files.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './env.mjs';

/** Copies samples/ into <parent or $TMPDIR>/<prefix>XXXXXX/samples and returns that folder. */
export function sampleWorkspace({ parent = tmpdir(), prefix = 'newsmark-ws-', from = join(repoRoot, 'samples') } = {}) {
  const dir = join(mkdtempSync(join(parent, prefix)), 'samples');
  cpSync(from, dir, { recursive: true });
  return dir;
}
