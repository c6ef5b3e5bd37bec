// Starts and stops the offline VS Code server (from the code-server npm package, on Node 24) on a
// free 127.0.0.1 port. Everything the server and its children write (user data, extensions, logs,
// XDG config/data/cache) goes into one temporary run directory, so $HOME only ever holds the host cache.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostPaths } from './env.mjs';
import { killTree, track, trackDir, untrackDir } from './procs.mjs';

/** Settings that keep the workbench quiet and offline: no welcome page, trust prompt, updates or AI panes. */
export const baseSettings = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'window.restoreWindows': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.hover.delay': 200,
};

/** A port the kernel says is free on 127.0.0.1 (there is a small race until the server binds it; startServer retries). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Environment for host processes (server and browser): XDG dirs inside the run dir keep side files out of $HOME. */
export function isolatedEnv(runDir, extra = {}) {
  const xdg = {
    XDG_CONFIG_HOME: join(runDir, 'xdg', 'config'),
    XDG_DATA_HOME: join(runDir, 'xdg', 'data'),
    XDG_CACHE_HOME: join(runDir, 'xdg', 'cache'),
    XDG_STATE_HOME: join(runDir, 'xdg', 'state'),
  };
  // TMPDIR too: the server leaves vscode-ipc-*.sock / vscode-git-*.sock behind when killed, and
  // Chromium its singleton dir. Only when short: a unix socket path must stay under 108 bytes.
  const tmp = join(runDir, 'tmp');
  if (tmp.length <= 48) xdg.TMPDIR = tmp;
  for (const d of Object.values(xdg)) mkdirSync(d, { recursive: true });
  const env = { ...process.env, ...xdg, ...extra };
  // Inherited from `npm run`: they would make the server's npm/node-gyp lookups point at the wrong Node.
  for (const k of Object.keys(env)) if (/^npm_config_(nodedir|prefix)$/i.test(k)) delete env[k];
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

export function writeUserSettings(userDataDir, settings) {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

function serverArgs(flavor, p, o) {
  if (flavor === 'code-server') {
    // code-server's own CLI: serves the same workbench, and installs .vsix files like a person would.
    return [
      p.codeServerEntry,
      '--config',
      join(o.runDir, 'code-server.yaml'),
      '--user-data-dir',
      o.userDataDir,
      '--extensions-dir',
      o.extensionsDir,
      '--bind-addr',
      `127.0.0.1:${o.port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...(o.workspace ? [o.workspace] : []),
    ];
  }
  // VS Code's own server entry: accepts --enable-smoke-test-driver, which makes the web client honour
  // ?payload=[["extensionDevelopmentPath",..],["extensionTestsPath",..]] (code-server's CLI rejects the flag).
  return [
    p.serverMain,
    '--host',
    '127.0.0.1',
    '--port',
    String(o.port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--server-data-dir',
    o.userDataDir,
    '--user-data-dir',
    o.userDataDir,
    '--extensions-dir',
    o.extensionsDir,
    '--disable-telemetry',
    '--disable-workspace-trust',
    ...(o.smokeDriver ? ['--enable-smoke-test-driver'] : []),
  ];
}

async function waitUp(url, child, logFile, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) {
      return { ok: false, exited: true, log: readFileSync(logFile, 'utf8') };
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return { ok: true };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { ok: false, exited: false, log: readFileSync(logFile, 'utf8') };
}

/**
 * Install .vsix files into an extensions dir with code-server's CLI (no server needed, ~1 s each).
 */
export async function installVsix(vsixPaths, { extensionsDir, userDataDir, runDir }) {
  const p = hostPaths();
  for (const vsix of vsixPaths) {
    const child = spawn(
      p.node24,
      [
        p.codeServerEntry,
        '--user-data-dir',
        userDataDir,
        '--extensions-dir',
        extensionsDir,
        '--config',
        join(runDir, 'code-server.yaml'),
        '--install-extension',
        vsix,
      ],
      { env: isolatedEnv(runDir), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    const code = await new Promise((r) => child.on('close', r));
    if (code !== 0 || !/successfully installed/i.test(out)) {
      throw new Error(`installing ${vsix} failed (exit ${code}):\n${out}`);
    }
  }
}

/**
 * Start a VS Code server. Options:
 *   workspace      folder to open (code-server opens it by default; for 'vscode' use folderUrl())
 *   flavor         'vscode' (server-main.js, default) | 'code-server' (code-server's CLI)
 *   smokeDriver    'vscode' flavor: allow extensionDevelopmentPath/extensionTestsPath in the URL payload
 *   port           default: a free port on 127.0.0.1
 *   runDir         default: a fresh mkdtemp dir under $TMPDIR (removed by stop() unless keepRunDir)
 *   userDataDir, extensionsDir   default: inside runDir
 *   settings       merged over baseSettings into <userDataDir>/User/settings.json
 *   vsix           .vsix files to install into extensionsDir before the server starts
 *   env            extra environment for the server (the extension host inherits it)
 * Returns { url, port, pid, runDir, userDataDir, extensionsDir, logFile, flavor, folderUrl(dir, payload?), stop() }.
 */
export async function startServer(opts = {}) {
  const p = hostPaths();
  const flavor = opts.flavor || 'vscode';
  const runDir = opts.runDir || mkdtempSync(join(tmpdir(), 'newsmark-host-'));
  if (!opts.runDir && !opts.keepRunDir) trackDir(runDir); // removed even if we are interrupted
  const userDataDir = opts.userDataDir || join(runDir, 'data');
  const extensionsDir = opts.extensionsDir || join(runDir, 'ext');
  mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir, { ...baseSettings, ...(opts.settings || {}) });
  const logFile = join(runDir, 'server.log');
  if (opts.vsix?.length) await installVsix(opts.vsix, { extensionsDir, userDataDir, runDir });

  let lastLog = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = opts.port || (await freePort());
    writeFileSync(join(runDir, 'code-server.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const fd = openSync(logFile, 'w');
    const child = spawn(p.node24, serverArgs(flavor, p, { ...opts, port, runDir, userDataDir, extensionsDir }), {
      cwd: runDir,
      env: isolatedEnv(runDir, opts.env),
      stdio: ['ignore', fd, fd],
      detached: true, // own process group, so stop() can take the whole tree down
    });
    closeSync(fd);
    track(child.pid, 'vscode-server');
    const url = `http://127.0.0.1:${port}`;
    const up = await waitUp(flavor === 'code-server' ? `${url}/healthz` : `${url}/version`, child, logFile, opts.startTimeoutMs || 60000);
    if (up.ok) {
      let stopped = false;
      return {
        url,
        port,
        pid: child.pid,
        runDir,
        userDataDir,
        extensionsDir,
        logFile,
        flavor,
        /** Workbench URL that opens `dir`; payload is VS Code's [[key, value]] list (needs smokeDriver). */
        folderUrl(dir, payload) {
          let u = `${url}/?folder=${encodeURIComponent(dir)}`;
          if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
          return u;
        },
        /** vscode-remote:// URI of a path on this server (what payload entries expect). */
        remoteUri(path) {
          return `vscode-remote://127.0.0.1:${port}${path}`;
        },
        async stop({ keepRunDir = opts.keepRunDir } = {}) {
          if (stopped) return;
          stopped = true;
          await killTree(child.pid);
          if (!keepRunDir && !opts.runDir) rmSync(runDir, { recursive: true, force: true });
          else untrackDir(runDir);
        },
      };
    }
    await killTree(child.pid, 1000);
    lastLog = up.log;
    if (!/EADDRINUSE/.test(up.log) || opts.port) break; // only a lost port race is worth a retry
  }
  if (!opts.runDir && !opts.keepRunDir) rmSync(runDir, { recursive: true, force: true });
  throw new Error(`VS Code server (${flavor}) did not come up. Last log lines:\n${lastLog.split('\n').slice(-25).join('\n')}`);
}
