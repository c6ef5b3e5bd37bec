// The settings and commands tables in README.md are generated from package.json:
// check the rows, escaping and ordering on small manifests, table-driven.
import { strict as assert } from 'node:assert';
import { commandsTable, settingsTable, type ManifestLike } from '../../../scripts/settings-table.mjs';

describe('docs: settings table from contributes.configuration', () => {
  const cases: Array<[string, ManifestLike, string[]]> = [
    ['no configuration at all', {}, ['_No settings are declared yet._']],
    [
      'one boolean',
      {
        contributes: {
          configuration: {
            properties: {
              'newsmark.highlights.enabled': { type: 'boolean', default: true, description: 'Show highlights.' },
            },
          },
        },
      },
      ['| `newsmark.highlights.enabled` | boolean | `true` | Show highlights. |'],
    ],
    [
      'enum, markdownDescription wins, pipes and newlines escaped',
      {
        contributes: {
          configuration: {
            properties: {
              'newsmark.language': {
                type: 'string',
                enum: ['auto', 'ru'],
                default: 'auto',
                description: 'plain',
                markdownDescription: 'Pick `auto` | a fixed one\nper file',
              },
            },
          },
        },
      },
      ['| `newsmark.language` | `"auto"`, `"ru"` | `"auto"` | Pick `auto` \\| a fixed one per file |'],
    ],
    [
      'array of enum items, no default',
      {
        contributes: {
          configuration: {
            properties: {
              'newsmark.types': { type: 'array', items: { type: 'string', enum: ['PER', 'LOC'] } },
            },
          },
        },
      },
      ['| `newsmark.types` | array of `PER`, `LOC` |  |  |'],
    ],
    [
      'several sections, `order` first, then by key',
      {
        contributes: {
          configuration: [
            { properties: { 'newsmark.b': { type: 'number', default: 1 }, 'newsmark.a': { type: 'number', default: 2 } } },
            { properties: { 'newsmark.z': { type: 'string', default: '', order: 0 } } },
          ],
        },
      },
      ['| `newsmark.z` | string | `""` |  |', '| `newsmark.a` | number | `2` |  |', '| `newsmark.b` | number | `1` |  |'],
    ],
  ];
  for (const [name, manifest, rows] of cases) {
    it(name, () => {
      const lines = settingsTable(manifest).trimEnd().split('\n');
      const body = lines[0].startsWith('| Setting') ? lines.slice(2) : lines;
      assert.deepEqual(body, rows);
    });
  }
});

describe('docs: commands table from contributes.commands', () => {
  const cases: Array<[string, ManifestLike, string[]]> = [
    ['no commands', { contributes: { commands: [] } }, ['_No commands are declared yet._']],
    [
      'category, keybinding with a different macOS key',
      {
        contributes: {
          commands: [{ command: 'newsmark.annotateDocument', title: 'Annotate Document', category: 'Newsmark' }],
          keybindings: [{ command: 'newsmark.annotateDocument', key: 'ctrl+alt+a', mac: 'cmd+alt+a' }],
        },
      },
      ['| Newsmark: Annotate Document | Ctrl+Alt+A / Cmd+Alt+A | `newsmark.annotateDocument` |'],
    ],
    // false positive guard: commands hidden from the palette (hover links) are not listed
    [
      'hidden from the palette',
      {
        contributes: {
          commands: [
            { command: 'newsmark.accept', title: 'Accept', category: 'Newsmark' },
            { command: 'newsmark.hoverAccept', title: 'Accept (hover)' },
          ],
          menus: { commandPalette: [{ command: 'newsmark.hoverAccept', when: 'false' }] },
        },
      },
      ['| Newsmark: Accept |  | `newsmark.accept` |'],
    ],
  ];
  for (const [name, manifest, rows] of cases) {
    it(name, () => {
      const lines = commandsTable(manifest).trimEnd().split('\n');
      const body = lines[0].startsWith('| Command') ? lines.slice(2) : lines;
      assert.deepEqual(body, rows);
    });
  }
});

describe('docs: README tables match package.json', () => {
  // The README is what users read: a setting or command added without `npm run docs:settings` fails here.
  const root = `${__dirname}/../../..`;
  const readme: string = require('fs').readFileSync(`${root}/README.md`, 'utf8');
  const pkg = JSON.parse(require('fs').readFileSync(`${root}/package.json`, 'utf8'));
  const block = (name: string) => {
    const m = new RegExp(`<!-- ${name}-table:start -->\\n([\\s\\S]*?)\\n<!-- ${name}-table:end -->`).exec(readme);
    assert.ok(m, `README.md has no ${name}-table block`);
    return m[1].trim();
  };
  it('settings table', () => assert.strictEqual(block('settings'), settingsTable(pkg).trim()));
  it('commands table', () => assert.strictEqual(block('commands'), commandsTable(pkg).trim()));
});
