// Prints the Markdown table of newsmark's settings from package.json `contributes.configuration`
// (and, with --commands, the table of palette commands with their keybindings), so the README and
// README.md never drift from what the extension really declares.
// Usage: node scripts/settings-table.mjs             → settings table on stdout
//        node scripts/settings-table.mjs --commands  → commands table on stdout
//        node scripts/settings-table.mjs --write F   → regenerate the blocks between
//          <!-- settings-table:start/end --> and <!-- commands-table:start/end --> in file F
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = (name, edge) => `<!-- ${name}-table:${edge} -->`;

/** Table cells may not hold raw pipes or newlines (they would end the cell or the row). */
function cell(text) {
  return String(text)
    .replace(/\|/g, '\\|')
    .replace(/\r?\n+/g, ' ')
    .trim();
}

function typeOf(spec) {
  if (spec.enum) return spec.enum.map((v) => `\`${JSON.stringify(v)}\``).join(', ');
  const t = Array.isArray(spec.type) ? spec.type.join(' \\| ') : (spec.type ?? '');
  if (t === 'array' && spec.items?.type) return `array of ${spec.items.enum ? spec.items.enum.map((v) => `\`${v}\``).join(', ') : spec.items.type}`;
  return t;
}

/** `contributes.configuration` may be one object or an array of sections; both are valid manifests. */
export function settingsOf(pkg) {
  const conf = pkg.contributes?.configuration;
  const sections = Array.isArray(conf) ? conf : conf ? [conf] : [];
  const rows = [];
  for (const section of sections) {
    for (const [key, spec] of Object.entries(section.properties ?? {})) rows.push({ key, spec });
  }
  // VS Code orders by `order`, then by key; do the same so the table reads like the Settings UI.
  rows.sort((a, b) => (a.spec.order ?? 1e9) - (b.spec.order ?? 1e9) || a.key.localeCompare(b.key));
  return rows;
}

export function settingsTable(pkg) {
  const rows = settingsOf(pkg);
  if (rows.length === 0) return '_No settings are declared yet._\n';
  const lines = ['| Setting | Type | Default | What it does |', '|---|---|---|---|'];
  for (const { key, spec } of rows) {
    const desc = spec.markdownDescription ?? spec.description ?? '';
    const dflt = spec.default === undefined ? '' : `\`${JSON.stringify(spec.default)}\``;
    lines.push(`| \`${key}\` | ${cell(typeOf(spec))} | ${cell(dflt)} | ${cell(desc)} |`);
  }
  return lines.join('\n') + '\n';
}

/** "Ctrl+Alt+A" from VS Code's "ctrl+alt+a"; `mac` is shown after a slash when it differs. */
function keyLabel(kb) {
  const fmt = (k) =>
    k
      .split(' ')
      .map((chord) =>
        chord
          .split('+')
          .map((p) => (p.length === 1 ? p.toUpperCase() : p[0].toUpperCase() + p.slice(1)))
          .join('+'),
      )
      .join(' ');
  const key = kb.key ?? kb.linux ?? kb.win;
  if (!key) return kb.mac ? `${fmt(kb.mac)} (macOS)` : '';
  return kb.mac && kb.mac !== key ? `${fmt(key)} / ${fmt(kb.mac)}` : fmt(key);
}

export function commandsTable(pkg) {
  const cmds = pkg.contributes?.commands ?? [];
  if (cmds.length === 0) return '_No commands are declared yet._\n';
  // Commands hidden from the palette (menus.commandPalette "when": "false") are internal: hover links etc.
  const hidden = new Set((pkg.contributes?.menus?.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
  const keys = new Map();
  for (const kb of pkg.contributes?.keybindings ?? []) if (!keys.has(kb.command)) keys.set(kb.command, keyLabel(kb));
  const lines = ['| Command (F1) | Keybinding | Id |', '|---|---|---|'];
  for (const c of cmds) {
    if (hidden.has(c.command)) continue;
    const title = c.category ? `${c.category}: ${c.title}` : c.title;
    lines.push(`| ${cell(title)} | ${cell(keys.get(c.command) ?? '')} | \`${c.command}\` |`);
  }
  return lines.join('\n') + '\n';
}

/** Replaces the text between a named block's markers; returns null when the markers are missing. */
function replaceBlock(text, name, body) {
  const a = text.indexOf(marker(name, 'start'));
  const b = text.indexOf(marker(name, 'end'));
  if (a < 0 || b < a) return null;
  return text.slice(0, a + marker(name, 'start').length) + '\n' + body + text.slice(b);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const i = process.argv.indexOf('--write');
  if (i < 0) {
    process.stdout.write(process.argv.includes('--commands') ? commandsTable(pkg) : settingsTable(pkg));
  } else {
    const file = process.argv[i + 1];
    let text = readFileSync(file, 'utf8');
    for (const [name, body] of [
      ['settings', settingsTable(pkg)],
      ['commands', commandsTable(pkg)],
    ]) {
      const next = replaceBlock(text, name, body);
      if (next === null) console.error(`settings-table: ${file} has no ${marker(name, 'start')} … ${marker(name, 'end')} block; skipped`);
      else text = next;
    }
    writeFileSync(file, text);
  }
}
