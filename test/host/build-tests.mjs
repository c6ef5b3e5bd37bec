// Compiles the integration suite with esbuild, one bundle per file, into out/test/integration/.
// Not a whole-project tsc: a type error in someone else's module must not stop the suite from
// running (`npm run typecheck` reports type errors separately); and each file is built on its own,
// so one test file that does not compile costs only its own tests (reported as a failure).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './env.mjs';

export const integrationSrc = join(repoRoot, 'test', 'integration');
export const integrationOut = join(repoRoot, 'out', 'test', 'integration');

/** Returns { built: [relative paths], failed: [{ file, error }] }. */
export async function buildIntegrationTests() {
  const entries = readdirSync(integrationSrc, { recursive: true })
    .filter((f) => /(^|\/)(index|runTest)\.ts$|\.test\.ts$/.test(f))
    .map((f) => join(integrationSrc, f));
  rmSync(integrationOut, { recursive: true, force: true });
  const results = await Promise.allSettled(
    entries.map((entry) =>
      esbuild.build({
        entryPoints: [entry],
        outdir: integrationOut,
        outbase: integrationSrc,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: 'inline', // stack traces in failures point at the .ts lines
        logLevel: 'silent',
        // provided by the extension host / resolved from node_modules at run time
        external: ['vscode', 'mocha', '@vscode/test-electron'],
      }),
    ),
  );
  const built = [],
    failed = [];
  results.forEach((r, i) => {
    const file = relative(repoRoot, entries[i]);
    if (r.status === 'fulfilled') built.push(file);
    else failed.push({ file, error: (r.reason?.errors || []).map((e) => `${e.location?.file}:${e.location?.line}: ${e.text}`).join('; ') || String(r.reason) });
  });
  return { built, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { built, failed } = await buildIntegrationTests();
  console.log(`built ${built.length} integration file(s) into ${relative(repoRoot, integrationOut)}`);
  for (const f of failed) console.error(`cannot compile ${f.file}: ${f.error}`);
  process.exit(failed.length ? 1 : 0);
}
