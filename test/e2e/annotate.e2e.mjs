// e2e scenario "annotate": what a person sees. Packages the extension into a .vsix, installs it into a
// throw-away code-server profile (as `npm start` and a person would), and drives the real VS Code UI
// in headless Chromium: open the sample article, run "Newsmark: Annotate Document" from F1, check
// that highlights are drawn in the theme's contributed colours, hover "семисот" and read "700",
// and save screenshots in a dark and a light theme under test/e2e/out/ (git-ignored).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageVsix } from '../../scripts/package.mjs';
import { launchBrowser } from '../host/browser.mjs';
import { trackDir, untrackDir } from '../host/procs.mjs';
import { repoRoot } from '../host/env.mjs';
import { baseSettings, startServer } from '../host/server.mjs';
import { sampleWorkspace } from '../host/workspace.mjs';
import {
  cursorStatus,
  decorations,
  drawnDecorations,
  goTo,
  hoverWord,
  openFromExplorer,
  pickColorTheme,
  runCommand,
  themeColours,
  waitForTheme,
  waitForWorkbench,
} from './workbench.mjs';

const SAMPLE = 'ru-mvd-kazakhstan-russia.txt';
const WORD = 'семисот';
// [kind, settings id, name in the theme picker]
const THEMES = [
  ['dark', 'Default Dark Modern', 'Dark Modern'],
  ['light', 'Default Light Modern', 'Light Modern'],
];

export async function run({ log = console.log, outDir = process.env.NEWSMARK_E2E_OUT || join(repoRoot, 'test', 'e2e', 'out') } = {}) {
  let passed = 0,
    failed = 0;
  const check = (name, ok, detail) => {
    if (ok) passed++;
    else failed++;
    log(`${ok ? 'ok' : 'not ok'} - ${name}${detail ? ` :: ${detail}` : ''}`);
    return ok;
  };
  const t0 = Date.now();
  const mark = (what) => log(`# [${((Date.now() - t0) / 1000).toFixed(1)} s] ${what}`);
  mkdirSync(outDir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const colourIds = (pkg.contributes?.colors ?? []).map((c) => c.id);
  const runDir = mkdtempSync(join(tmpdir(), 'newsmark-e2e-'));
  trackDir(runDir); // removed even on Ctrl+C
  const workspace = sampleWorkspace({ parent: runDir });
  const text = readFileSync(join(workspace, SAMPLE), 'utf8');
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes(WORD));
  const settings = (theme) => ({ ...baseSettings, 'workbench.colorTheme': theme, 'editor.wordWrap': 'on', 'editor.minimap.enabled': false });

  let server, browser;
  try {
    const vsix = packageVsix({ out: join(runDir, `${pkg.name}-${pkg.version}.vsix`), build: false, log: () => {}, quiet: true });
    mark(`packaged ${pkg.name}-${pkg.version}.vsix (${(vsix.size / 1024).toFixed(0)} KB)`);
    server = await startServer({ flavor: 'code-server', runDir, workspace, vsix: [vsix.file], settings: settings(THEMES[0][1]) });
    mark(`code-server up at ${server.url}, .vsix installed`);
    browser = await launchBrowser({ runDir });
    const { page } = browser;
    const consoleErrors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(server.folderUrl(workspace), { timeout: 180000 });
    await waitForWorkbench(page);
    await openFromExplorer(page, SAMPLE, 'Противодействие преступности');
    mark('sample article open in the editor');

    await runCommand(page, 'Newsmark: Annotate Document');
    mark('ran "Newsmark: Annotate Document" from F1');
    // highlights are drawn asynchronously after the command: poll until some appear
    const deco = await drawnDecorations(page, 50);
    check(
      'highlights drawn after Annotate Document',
      deco.count >= 3,
      `${deco.count} decorated spans, ${deco.types.length} decoration types, colours ${JSON.stringify(deco.colours)}`,
    );

    check(`${THEMES[0][0]} theme in use`, await waitForTheme(page, THEMES[0][0]));
    for (const [kind, , label] of THEMES) {
      if (kind !== THEMES[0][0]) {
        await pickColorTheme(page, label);
        check(`${kind} theme applied from the theme picker`, await waitForTheme(page, kind));
        await page.mouse.move(5, 5);
        await page.waitForTimeout(500);
      }
      const d = await decorations(page);
      const themed = await themeColours(page, colourIds);
      const used = d.colours.filter((c) => Object.values(themed).includes(c));
      const ok = colourIds.length > 0 && used.length > 0;
      const named = Object.entries(themed)
        .filter(([, v]) => used.includes(v))
        .map(([id, v]) => `${id}=${v}`);
      check(
        `${kind}: highlights painted with the theme's contributed newsmark colours`,
        ok,
        ok
          ? `${used.length} of ${d.colours.length} drawn colours are contributed theme colours: ${named.join(', ')}`
          : `contributed ${colourIds.length}, drawn ${JSON.stringify(d.colours)}, theme values ${JSON.stringify(themed)}`,
      );

      await goTo(page, line + 1, lines[line].indexOf(WORD) + 1);
      const hover = await hoverWord(page, WORD, /\b700\b/);
      check(`${kind}: hover over "${WORD}" shows 700`, hover.text !== null, JSON.stringify((hover.text || hover.shown || '').slice(0, 300)));
      await page.waitForTimeout(400); // let the hover finish fading in before the picture
      const shot = join(outDir, `annotate-${kind}.png`);
      await page.screenshot({ path: shot });
      mark(`${kind} screenshot: ${shot}`);
    }
    // A hover open under the mouse (the cursor elsewhere) refreshes after a decision made from it:
    // click its Accept link and read the hover again.
    await goTo(page, 1, 1);
    const before = await hoverWord(page, WORD, /suggested by the engine/);
    check(`hover under the mouse over "${WORD}" offers Accept`, before.text !== null, JSON.stringify((before.text || before.shown || '').slice(0, 200)));
    if (before.text !== null) {
      await page
        .locator('.monaco-hover a', { hasText: /^Accept$/ })
        .first()
        .click();
      mark('clicked Accept in the hover');
      let shown = '';
      for (let i = 0; i < 40 && !/· accepted/.test(shown); i++) {
        await page.waitForTimeout(200);
        shown = await page.evaluate(() =>
          [...document.querySelectorAll('.monaco-hover')]
            .filter((e) => e.offsetParent !== null)
            .map((e) => e.innerText)
            .join(' | '),
        );
      }
      check(
        'the hover shows the decision after Accept in it',
        /· accepted/.test(shown),
        `${JSON.stringify(shown.slice(0, 300) || '(no hover visible)')}; cursor ${JSON.stringify(await cursorStatus(page))}`,
      );
      if (!/· accepted/.test(shown)) await page.screenshot({ path: join(outDir, 'hover-after-accept.png') });
    }
    if (consoleErrors.length) log(`# browser console errors (${consoleErrors.length}), first: ${consoleErrors[0].slice(0, 200)}`);
  } catch (e) {
    check('e2e scenario ran to the end', false, String(e?.message || e).split('\n')[0]);
    if (browser) await browser.page.screenshot({ path: join(outDir, 'failure.png') }).catch(() => {});
    if (server) log(`# server log tail:\n${readFileSync(server.logFile, 'utf8').split('\n').slice(-15).join('\n')}`);
  } finally {
    await browser?.close();
    await server?.stop();
    rmSync(runDir, { recursive: true, force: true });
    untrackDir(runDir);
  }
  mark('done');
  return { passed, failed };
}
