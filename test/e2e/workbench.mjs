// What a person does in the VS Code workbench, as Playwright steps: open a file from the Explorer,
// run a command from F1, go to a position, hover a word, read what highlights look like.
// Selectors are VS Code's own DOM classes (stable across 1.9x–1.13x releases).

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitForWorkbench(page, timeout = 60000) {
  await page.waitForSelector('.monaco-workbench', { timeout });
}

/** Clicks `name` in the Explorer and waits until the editor shows `probe` (a bit of its text). */
export async function openFromExplorer(page, name, probe, timeout = 60000) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout });
  await row.click();
  await page.locator('.editor-instance .view-lines', { hasText: probe }).first().waitFor({ timeout: 30000 });
}

/**
 * F1, type the title, wait for the matching row, click it. Tried twice: a keystroke typed while the
 * quick input is still taking focus can be lost ("Annotate Document" then lists "Format Document").
 */
export async function runCommand(page, title, timeout = 15000) {
  try {
    await runCommandOnce(page, title, timeout);
  } catch {
    await runCommandOnce(page, title, timeout);
  }
}

async function runCommandOnce(page, title, timeout) {
  // Focus the editor first. A click on its visible box, not on .view-lines: that element is as tall
  // as the whole text and moves while the editor scrolls, so an actionability-checked click on it
  // can wait out its timeout (seen once in CI with the sample scrolled to its end).
  const box = await page.locator('.editor-instance .monaco-editor').first().boundingBox();
  if (box) await page.mouse.click(box.x + Math.min(120, box.width / 2), box.y + 10);
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout });
  await page.keyboard.type(title, { delay: 10 });
  // the row whose label is exactly the title: "Preferences: Color Theme" must not pick
  // "Preferences: Browse Color Themes in Marketplace", nor "Annotate Document" pick "Format Document"
  const exact = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: exact }) })
    .first();
  if (
    !(await row.waitFor({ timeout }).then(
      () => true,
      () => false,
    ))
  ) {
    const seen = await page
      .locator('.quick-input-list .monaco-list-row')
      .allInnerTexts()
      .catch(() => []);
    await page.keyboard.press('Escape');
    throw new Error(`no command "${title}" in the F1 list (it showed: ${JSON.stringify(seen.slice(0, 5))})`);
  }
  await row.click(); // not Enter: the highlighted first row may be a fuzzy match of another command
}

/** Ctrl+G line:column — reveals the position (the editor scrolls it into view). 1-based, like the UI. */
export async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 10000 });
  await page.keyboard.type(`${line}:${column}`, { delay: 10 });
  await page.keyboard.press('Enter');
  await page
    .locator('.quick-input-widget')
    .waitFor({ state: 'hidden', timeout: 10000 })
    .catch(() => {});
  await sleep(300);
}

/** Screen rectangle of the first visible occurrence of `word` in the editor's rendered lines. */
export async function wordRect(page, word) {
  return page.evaluate((w) => {
    const walker = document.createTreeWalker(document.querySelector('.editor-instance .view-lines'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent.indexOf(w);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + w.length);
      const rect = [...r.getClientRects()].find((x) => x.width > 0);
      if (rect && rect.top >= 0 && rect.bottom <= innerHeight) return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
    return null;
  }, word);
}

/** Moves the mouse onto `word` and returns the hover's text once it matches `expect` (or null + what showed). */
export async function hoverWord(page, word, expect, timeout = 10000) {
  const rect = await wordRect(page, word);
  if (!rect) return { text: null, shown: `"${word}" is not visible in the editor` };
  const x = rect.x + rect.width / 2,
    y = rect.y + rect.height / 2;
  await page.mouse.move(x - 60, y + 60);
  await page.mouse.move(x, y, { steps: 5 });
  const until = Date.now() + timeout;
  let shown = '';
  while (Date.now() < until) {
    shown = await page.evaluate(() =>
      [...document.querySelectorAll('.monaco-hover')]
        .filter((e) => e.offsetParent !== null)
        .map((e) => e.innerText)
        .join(' | '),
    );
    if (expect.test(shown)) return { text: shown, shown };
    await sleep(200);
  }
  return { text: null, shown };
}

/** `decorations(page)` once some are drawn (they are painted asynchronously), or as they are after `tries` polls 200 ms apart. */
export async function drawnDecorations(page, tries) {
  let deco = await decorations(page);
  for (let i = 0; i < tries && deco.count === 0; i++) {
    await sleep(200);
    deco = await decorations(page);
  }
  return deco;
}

/**
 * Everything VS Code drew for extension decorations in the visible editor: element count, distinct
 * decoration types, and the colours they were painted with (normalised "rgb(a)(...)" strings).
 */
export async function decorations(page) {
  return page.evaluate(() => {
    const els = [...document.querySelectorAll('.editor-instance [class*="TextEditorDecorationType"]')];
    const types = new Set();
    const colours = new Set();
    const transparent = (c) => !c || c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    for (const e of els) {
      for (const c of e.classList) {
        const m = /TextEditorDecorationType\d+/.exec(c);
        if (m) types.add(m[0]);
      }
      const s = getComputedStyle(e);
      const painted = [s.backgroundColor];
      if (parseFloat(s.borderBottomWidth) > 0 && s.borderBottomStyle !== 'none') painted.push(s.borderBottomColor);
      if (s.textDecorationLine && s.textDecorationLine !== 'none') painted.push(s.textDecorationColor);
      if (e.closest('.view-lines')) painted.push(s.color); // inline text colour only matters inside the text
      if (parseFloat(s.outlineWidth) > 0 && s.outlineStyle !== 'none') painted.push(s.outlineColor);
      for (const c of painted) if (!transparent(c)) colours.add(c);
    }
    return { count: els.length, types: [...types], colours: [...colours] };
  });
}

/** The current theme's value of each contributed colour id, normalised like decorations() reports colours. */
export async function themeColours(page, ids) {
  return page.evaluate((colorIds) => {
    const root = document.querySelector('.monaco-workbench');
    const probe = document.createElement('div');
    document.body.appendChild(probe);
    const out = {};
    for (const id of colorIds) {
      const v = getComputedStyle(root)
        .getPropertyValue(`--vscode-${id.replace(/\./g, '-')}`)
        .trim();
      if (!v) continue;
      probe.style.color = '';
      probe.style.color = v;
      out[id] = getComputedStyle(probe).color;
    }
    probe.remove();
    return out;
  }, ids);
}

/** Picks a colour theme the way a person does: F1 → Preferences: Color Theme → its name. */
export async function pickColorTheme(page, label, timeout = 15000) {
  await runCommand(page, 'Preferences: Color Theme', timeout);
  // the picker replaces the F1 list: wait for its row (the built-in themes fit without scrolling)
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${label}\\s*$`) }) })
    .first();
  await row.waitFor({ timeout });
  await row.click();
}

/** 'dark' | 'light' | 'hc' from the workbench's theme class. */
export async function themeKind(page) {
  return page.evaluate(() => {
    const c = document.querySelector('.monaco-workbench')?.classList;
    if (!c) return null;
    return c.contains('hc-black') || c.contains('hc-light') ? 'hc' : c.contains('vs-dark') ? 'dark' : c.contains('vs') ? 'light' : null;
  });
}

export async function waitForTheme(page, kind, timeout = 15000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if ((await themeKind(page)) === kind) return true;
    await sleep(200);
  }
  return false;
}

/** The side-bar pane titled `title` (e.g. "Newsmark Entities"). */
export function paneOf(page, title) {
  return page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) }).first();
}

/**
 * The rows a tree view has rendered, top to bottom: { level (1 = root), label, description, expanded,
 * inView }. The list is virtual: only rows near the visible part are in the DOM, ordered by their
 * `top`; inView says the whole row lies inside the list's visible box (it can be clicked).
 */
export async function treeRows(page, title) {
  return paneOf(page, title)
    .locator('.monaco-list-row')
    .evaluateAll((els) => {
      // sticky-scroll copies of the groups above the top row are not rows of their own, and they
      // cover the rows scrolled under them
      const sticky = els[0]?.closest('.pane')?.querySelector('.monaco-tree-sticky-container')?.getBoundingClientRect();
      return els
        .filter((e) => !e.closest('.monaco-tree-sticky-container'))
        .map((e) => ({
          top: parseFloat(e.style.top) || 0,
          inView: ((r, box) => r.height > 0 && r.top >= Math.max(box.top, sticky?.height ? sticky.bottom - 0.5 : -Infinity) && r.bottom <= box.bottom + 0.5)(
            e.getBoundingClientRect(),
            e.closest('.monaco-list').getBoundingClientRect(),
          ),
          level: Number(e.getAttribute('aria-level')),
          label: e.querySelector('.label-name')?.textContent ?? e.innerText,
          description: e.querySelector('.label-description')?.textContent ?? '',
          expanded: e.getAttribute('aria-expanded'),
        }))
        .sort((a, b) => a.top - b.top)
        .map(({ top: _top, ...row }) => row);
    });
}

/**
 * Scrolls a tree view down (mouse wheel over it) until a row for which `test(row, rowsAbove)` holds is
 * in view; returns it with its parent row (the nearest row above it one level up), or null.
 * A second pass starts again from the top: a view that refreshes mid-scroll redraws from its start.
 */
export async function findTreeRow(page, title, test, { steps = 60, passes = 2 } = {}) {
  for (let pass = 0; pass < passes; pass++) {
    if (pass > 0) await scrollTreeToTop(page, title);
    const found = await scanTreeDown(page, title, test, steps);
    if (found) return found;
  }
  return null;
}

async function scanTreeDown(page, title, test, steps) {
  const box = await paneOf(page, title).locator('.monaco-list').first().boundingBox();
  if (!box) return null;
  let last = '';
  let still = 0;
  for (let i = 0; i < steps; i++) {
    const rows = await treeRows(page, title);
    for (let j = 0; j < rows.length; j++) {
      if (!rows[j].inView || !test(rows[j], rows.slice(0, j))) continue;
      const parent =
        rows
          .slice(0, j)
          .reverse()
          .find((r) => r.level === rows[j].level - 1) ?? null;
      return { row: rows[j], parent };
    }
    const seen = JSON.stringify(rows);
    // Unchanged rows after a wheel step mean the end — or a workbench too busy to have redrawn yet
    // (a loaded CI machine once took longer than one step's pause): only three still reads in a row,
    // each after a longer pause, count as the end.
    if (seen === last) {
      if (++still >= 3) return null;
      await sleep(300 * still);
    } else still = 0;
    last = seen;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // a third of the pane per step: sticky group headers cover the top rows, and a row must be seen
    // between them and the bottom edge at least once on its way up
    await page.mouse.wheel(0, box.height / 3);
    await sleep(150);
  }
  return null;
}

/** Scrolls a tree view back to its top. */
export async function scrollTreeToTop(page, title) {
  const box = await paneOf(page, title).locator('.monaco-list').first().boundingBox();
  if (!box) return;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  let last = '';
  for (let i = 0; i < 50; i++) {
    // a wheel step scrolls a bounded amount: repeat until nothing moves
    await page.mouse.wheel(0, -box.height);
    await sleep(100);
    const seen = JSON.stringify(await treeRows(page, title));
    if (seen === last) return;
    last = seen;
  }
}

/** The editor's cursor as the status bar shows it: { line, column, selected } (selected = chars, 0 if none). */
export async function cursorStatus(page) {
  const texts = await page.locator('.statusbar-item').allInnerTexts();
  for (const t of texts) {
    const m = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(t);
    if (m) return { line: Number(m[1]), column: Number(m[2]), selected: Number(m[3] ?? 0) };
  }
  return null;
}
