// Where the Newsmark views live (issue 9 item 17): VS Code gives a view in the Explorer a sliver
// under the file tree (148 px, 6 rows, measured in the start e2e) and honours no size for it there,
// so the Entities and Workspace views have their own activity-bar container, where they fill the
// side bar. The icon must exist and ship in the .vsix.
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('the Newsmark views and their container (package.json)', () => {
  it('the Entities and Workspace views are in the Newsmark container, not the Explorer', () => {
    const ids = (where: string) => (pkg.contributes.views[where] ?? []).map((v: { id: string }) => v.id);
    assert.deepStrictEqual(ids('newsmark'), ['newsmark.entities', 'newsmark.workspace']);
    assert.deepStrictEqual(ids('explorer'), []);
  });

  it('the container is in the activity bar with an icon that exists and is shipped', () => {
    const c = pkg.contributes.viewsContainers.activitybar.find((x: { id: string }) => x.id === 'newsmark');
    assert.ok(c, 'no activity-bar container "newsmark"');
    assert.strictEqual(c.title, 'Newsmark');
    const svg = fs.readFileSync(path.join(ROOT, c.icon), 'utf8');
    assert.match(svg, /^<svg [^>]*viewBox="0 0 24 24"/);
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes(`!${path.dirname(c.icon)}/**`), `${c.icon} is left out of the .vsix`);
  });
});
