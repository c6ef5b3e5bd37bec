// Runs first (file order): the time from opening the sample to its first highlights in the
// annotate-on-open flow — activation on a plaintext article, the engine loaded lazily, the article
// read and painted — plus how long activate() itself takes. Measured and printed, never asserted
// (timings belong in `npm run bench`; the wait below has a deadline, not a target).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/api';
import { EXTENSION_ID, freshArticle, report, waitFor } from './editor-helpers';

describe('editor: activation', () => {
  it('activates on a plaintext article and paints its first highlights (annotate on open)', async () => {
    const ext = vscode.extensions.getExtension<NewsmarkApi>(EXTENSION_ID);
    assert.ok(ext);
    const config = vscode.workspace.getConfiguration('newsmark');
    await config.update('annotateOnOpen', ['**/*-on-open/*.txt'], vscode.ConfigurationTarget.Workspace);
    try {
      const file = freshArticle('on-open');
      const t0 = performance.now(); // the extension host's clock, shared with the extension
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(doc);
      const api = ext.isActive ? ext.exports : await ext.activate();
      const painted = await waitFor(
        'first highlights on open',
        api.onDidPaint,
        () => (Object.keys(api.decorations(doc.uri)).length > 0 ? performance.now() - t0 : undefined),
        30000,
      );
      const t = api.timings();
      report(
        `activate() ${t.activationMs?.toFixed(1)} ms; open → first highlights on the sample ${painted.toFixed(0)} ms (engine load ${t.engineLoadMs?.toFixed(0) ?? 'earlier'} ms)`,
      );
      // Annotate-on-open shows suggestions but writes nothing.
      assert.ok(!fs.existsSync(file + '.annotations.yaml'));
    } finally {
      await config.update('annotateOnOpen', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
