// Child-process bookkeeping for the test host: every long-lived process we start (the VS Code
// server) runs in its own process group, and is killed together with all its descendants when
// the caller stops it, when this Node process exits, or on Ctrl+C / SIGTERM. Why the tree walk
// as well as the group: a grandchild that calls setsid() leaves our group, but stays our
// descendant in /proc, so we find it by parent pid.
import { readdirSync, readFileSync, rmSync } from 'node:fs';

const live = new Map(); // pid -> label
const dirs = new Set(); // temp dirs to delete if we are interrupted
let hooked = false;

/** Parent pid of every process we can see, read from /proc (Linux only; that is the host we run on). */
function parentMap() {
  const map = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid ..." — comm may contain spaces and parentheses, so split after the last ')'
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(rest[1]));
    } catch {
      /* process ended while we looked */
    }
  }
  return map;
}

/** pid and all its descendants, children first. */
export function descendants(pid) {
  const parents = parentMap();
  const out = [];
  const walk = (p) => {
    for (const [child, parent] of parents) if (parent === p) walk(child);
    out.push(p);
  };
  walk(pid);
  return out;
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalTree(pid, signal) {
  const pids = descendants(pid);
  try {
    process.kill(-pid, signal);
  } catch {
    /* group already gone */
  }
  for (const p of pids) {
    try {
      process.kill(p, signal);
    } catch {
      /* gone */
    }
  }
  return pids;
}

/**
 * Stops a process started with `detached: true` (so its pid is also its process-group id):
 * SIGTERM to the group and every descendant, then SIGKILL to whatever is left after graceMs.
 */
export async function killTree(pid, graceMs = 3000) {
  const pids = signalTree(pid, 'SIGTERM');
  const until = Date.now() + graceMs;
  while (Date.now() < until && pids.some(isAlive)) await new Promise((r) => setTimeout(r, 100));
  const left = pids.filter(isAlive);
  for (const p of left) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* gone */
  }
  live.delete(pid);
  return left.length; // how many needed SIGKILL
}

/** Remember a process so that it dies with us even if the caller never reaches its stop(). */
export function track(pid, label) {
  live.set(pid, label);
  hook();
}

/** Delete `dir` when this process exits or is interrupted (unless untrackDir() is called first). */
export function trackDir(dir) {
  dirs.add(dir);
  hook();
}
export function untrackDir(dir) {
  dirs.delete(dir);
}

function hook() {
  if (hooked) return;
  hooked = true;
  // 'exit' handlers must be synchronous: SIGKILL the trees right away.
  process.on('exit', () => {
    for (const pid of live.keys()) signalTree(pid, 'SIGKILL');
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, async () => {
      await Promise.all([...live.keys()].map((p) => killTree(p, 1500)));
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
}

export function untrack(pid) {
  live.delete(pid);
}
