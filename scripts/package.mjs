#!/usr/bin/env node
// `npm run package`: build, stage run-time data the bundle cannot carry, then vsce → newsmark-<version>.vsix.
// vsce 3.9 (runs on Node 20) with --no-dependencies: esbuild already bundled every JS dependency
// into dist/extension.js; .vscodeignore is an allowlist of what ships.
// Options: --out <file.vsix> (default ./newsmark-<version>.vsix), --no-build.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// The files Az.Morph.init() opens (az/dist/az.js, init()); nothing else of the 12 MB package is needed.
const AZ_DICT_FILES = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../src/core/ner/az-files.json'), 'utf8'));

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
  return r;
}

/** True when the bundled extension loads az at run time (then the .vsix must carry its dictionaries). */
function bundleUsesAz() {
  const bundle = join(root, 'dist', 'extension.js');
  return existsSync(bundle) && /Az\.Morph|Please call Az\.Morph\.init/.test(readFileSync(bundle, 'utf8'));
}

/**
 * Copies the az dictionaries into data/az (git-ignored, generated): src/core/ner/morph.ts looks there
 * first, because an installed extension has no node_modules.
 */
function stageAzDictionaries() {
  const from = join(root, 'node_modules', 'az', 'dicts');
  const to = join(root, 'data', 'az');
  mkdirSync(to, { recursive: true });
  for (const f of AZ_DICT_FILES) {
    // Copied under another name, then renamed over: a running engine reads these files page by page
    // through a descriptor it keeps open (src/core/paged-file.ts), and a rename leaves it the old file
    // whole, where copying over it in place would change the pages it has not read yet.
    const tmp = join(to, `${f}.tmp-${process.pid}`);
    copyFileSync(join(from, f), tmp);
    renameSync(tmp, join(to, f));
  }
  const azPkg = JSON.parse(readFileSync(join(root, 'node_modules', 'az', 'package.json'), 'utf8'));
  writeFileSync(
    join(to, 'NOTICE.txt'),
    `Morphological dictionaries from az ${azPkg.version} (https://github.com/deNULL/Az.js, code MIT),\n` +
      'compiled from OpenCorpora (https://opencorpora.org) data, licensed CC BY-SA 3.0.\n' +
      'Copied here unchanged by scripts/package.mjs.\n',
  );
  return AZ_DICT_FILES.reduce((n, f) => n + statSync(join(to, f)).size, 0);
}

export function packageVsix({ out, build = true, log = console.log, quiet = false } = {}) {
  const outFile = resolve(out || join(root, `${pkg.name}-${pkg.version}.vsix`));
  if (build) run(process.execPath, ['scripts/build.mjs']);
  if (!existsSync(join(root, 'dist', 'extension.js'))) throw new Error('dist/extension.js missing: the build did not produce it');
  if (bundleUsesAz()) log(`staged az dictionaries into data/az (${(stageAzDictionaries() / 1e6).toFixed(1)} MB unpacked)`);
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  mkdirSync(dirname(outFile), { recursive: true });
  // stdin closed: vsce must never wait for a y/N answer (CI has no stdin)
  run(process.execPath, [vsce, 'package', '--no-dependencies', '--no-update-package-json', '--no-rewrite-relative-links', '-o', outFile], {
    stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'inherit'],
  });
  const size = statSync(outFile).size;
  log(`${relative(process.cwd(), outFile) || outFile}: ${(size / 1024).toFixed(0)} KB (${size} bytes)`);
  return { file: outFile, size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--out');
  try {
    packageVsix({ out: i > 0 ? process.argv[i + 1] : undefined, build: !process.argv.includes('--no-build') });
  } catch (e) {
    console.error(`package: ${e.message}`);
    process.exit(1);
  }
}
