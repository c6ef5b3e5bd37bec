// Hover command links: whatever an annotation id holds (sidecars are hand-editable), the link's
// argument part holds only URL-unreserved characters — nothing a Markdown parser can end the link
// at — and decodes back to exactly the arguments given.
import * as assert from 'assert';
import { commandLink } from '../../../src/extension/hover/command-link';

describe('extension: hover command links (commandLink)', () => {
  const ids: Array<[string, string]> = [
    ['closing parenthesis', 'per-1) [x](command:evil'],
    ['opening parenthesis', 'loc-(2'],
    ['quotes and apostrophe', `org-"it's"`],
    ['brackets, bang, star', 'num-[1]!*'],
    ['spaces and newline', 'a b\nc'],
    ['Cyrillic', 'per-Колокольцев'],
    // false positive: an ordinary id is unchanged by the round trip
    ['plain id', 'loc-13054e54'],
  ];
  for (const [name, id] of ids) {
    it(name, () => {
      const args = [{ uri: 'file:///w/a%20b.txt', id }];
      const link = commandLink('newsmark.accept', args);
      const m = /^command:newsmark\.accept\?([A-Za-z0-9%._~-]*)$/.exec(link);
      assert.ok(m, `only unreserved characters after '?': ${link}`);
      assert.deepStrictEqual(JSON.parse(decodeURIComponent(m[1])), args);
    });
  }
});
