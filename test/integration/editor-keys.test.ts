// Keys: Newsmark's chords clash with nothing VS Code binds by default (read from VS Code's own
// default keybindings, this host's version) nor with common extensions' keys (Ctrl+Alt+N is Code
// Runner's on the desktop and "New Untitled Text File" in VS Code for the web).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './editor-helpers';

interface Binding {
  key: string;
  command: string;
  when?: string;
  mac?: string;
}

/** Keys of popular extensions, which VS Code's defaults do not list. */
const COMMON_EXTENSION_KEYS = ['ctrl+alt+n', 'ctrl+alt+m', 'ctrl+alt+j', 'ctrl+alt+k', 'ctrl+alt+l', 'alt+shift+f'];

function ours(): Binding[] {
  return (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON?.contributes?.keybindings ?? []) as Binding[];
}

async function defaultKeybindings(): Promise<Binding[]> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
  // The file is JSON with comments: drop whole-line comments before parsing.
  // It lists every installed extension's keys too: ours are what is checked, not what is checked against.
  return (JSON.parse(doc.getText().replace(/^\s*\/\/.*$/gm, '')) as Binding[]).filter((b) => !b.command.startsWith('newsmark.'));
}

describe('editor: keys', () => {
  it('no chord starts with a key VS Code or a common extension binds; single keys only in Review Mode', async () => {
    const defaults = await defaultKeybindings();
    assert.ok(defaults.length > 100, `VS Code's default keybindings were read (${defaults.length})`);
    const taken = new Set([...defaults.map((b) => b.key.split(' ')[0]), ...COMMON_EXTENSION_KEYS]);
    // Chords are always on; single keys exist only in Review Mode (their when-clause says so).
    const single = ours().filter((b) => !b.key.includes(' '));
    assert.deepStrictEqual(
      single.filter((b) => !/^newsmark\.reviewing && /.test(b.when ?? '')),
      [],
      'a single key outside Review Mode',
    );
    const prefixes = [
      ...new Set(
        ours()
          .filter((b) => b.key.includes(' '))
          .map((b) => b.key.split(' ')[0]),
      ),
    ];
    assert.ok(prefixes.length > 0);
    const clashes = prefixes
      .filter((p) => taken.has(p))
      .map(
        (p) =>
          `${p}: ${
            defaults
              .filter((b) => b.key.split(' ')[0] === p)
              .map((b) => b.command)
              .join(', ') || 'a common extension'
          }`,
      );
    assert.deepStrictEqual(clashes, []);
  });
});
