// Headless Debian Chromium driven by playwright-core (no browser download: the host uses apt's chromium).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { hostPaths } from './env.mjs';
import { isolatedEnv } from './server.mjs';

// --no-sandbox: we may run as root in a container; the rest stop Chromium from phoning home
// (no network here) and from wasting the two CPUs on GPU emulation.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launch Chromium with a fresh throw-away profile. Options: headless (default true),
 * viewport ({width,height}, default 1400x900), colorScheme ('light'|'dark'), runDir (for XDG dirs).
 * Returns { context, page, close() }; close() also deletes the profile.
 */
export async function launchBrowser(opts = {}) {
  const profile = mkdtempSync(join(opts.runDir || tmpdir(), 'chromium-profile-'));
  // Playwright refuses --user-data-dir in args; launchPersistentContext takes the dir itself.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: hostPaths().chromium,
    headless: opts.headless !== false,
    viewport: opts.viewport || { width: 1400, height: 900 },
    colorScheme: opts.colorScheme,
    args: chromiumArgs,
    env: isolatedEnv(opts.runDir || profile),
  });
  const page = context.pages()[0] || (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
