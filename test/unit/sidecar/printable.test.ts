// File text on its way into a message: control/bidi characters escaped, link syntax broken. The
// oracle for "no link" is the pattern VS Code's notifications use to find links (parseLinkedText in
// src/vs/base/common/linkedText.ts) plus CommonMark's inline link `](`.
import * as assert from 'assert';
import { breakLinks, escapeControls, plainMessage } from '../../../src/sidecar';

const VSCODE_LINKED_TEXT = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
const HOSTILE = '[x](command:workbench.extensions.installExtension?%5B%22evil.pack%22%5D)';

describe('sidecar: printable text for messages', () => {
  const controls: Array<[string, string, string]> = [
    ['newline in a file name', 'a\nb.txt', 'a\\nb.txt'],
    ['carriage return and tab', 'a\r\tb', 'a\\r\\tb'],
    ['escape sequence (terminal colours)', '\u001b[31mred', '\\u001b[31mred'],
    ['DEL and a C1 control', 'a\u007fb\u0085', 'a\\u007fb\\u0085'],
    ['right-to-left override (Trojan Source)', 'txt.\u202egnp', 'txt.\\u202egnp'],
    // false positives: printable text passes unchanged
    ['Cyrillic and typographic quotes', 'Колокольцев «МВД» — 700', 'Колокольцев «МВД» — 700'],
    ['emoji (surrogate pair)', 'news 📰.txt', 'news 📰.txt'],
  ];
  for (const [name, input, expected] of controls) it(`escapeControls: ${name}`, () => assert.strictEqual(escapeControls(input), expected));

  const links: Array<[string, string]> = [
    ['inline command link', HOSTILE],
    ['link with a title', '[click](command:workbench.action.terminal.new "Open")'],
    ['space-free https link', '[docs](https://example.invalid/x)'],
    ['whitespace between ] and (', '[x]\t(command:foo)'],
    ['newline between ] and (', '[x]\n(command:foo)'],
    ['nested brackets', '[[x]](command:foo)'],
  ];
  for (const [name, input] of links) {
    it(`plainMessage leaves no link: ${name}`, () => {
      const out = plainMessage(`this sidecar belongs to '${input}', not to 'a.txt'`);
      assert.strictEqual(out.match(VSCODE_LINKED_TEXT), null, out);
      assert.ok(!out.includes(']('), `no Markdown inline link (CommonMark allows no space between ] and ( ) in ${out}`);
      assert.ok(out.includes('command:') === input.includes('command:'), 'the words stay readable');
    });
  }

  it('breakLinks also breaks autolinks and reference definitions', () => {
    assert.strictEqual(breakLinks('<command:foo> [x]: command:foo'), '< command:foo> [x] : command:foo');
  });

  it('plain messages pass unchanged', () => {
    const m = "/w/a.txt.annotations.yaml:4: unknown status 'done' (expected one of suggested, accepted, rejected, manual)";
    assert.strictEqual(plainMessage(m), m);
  });
});
