// Sidecars open in their own language, newsmark-sidecar: YAML colours, and no unicode-highlight boxes
// around Cyrillic quotes (the language's configurationDefaults) — other YAML files keep VS Code's
// defaults. A sidecar with a suffix chosen in the settings gets the language when it opens.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { freshArticle, newsmark, open, sidecarOf, waitFor } from './editor-helpers';

const unicodeHighlight = (languageId: string) => {
  const c = vscode.workspace.getConfiguration('editor', { languageId });
  return { ambiguous: c.get('unicodeHighlight.ambiguousCharacters'), nonBasic: c.get('unicodeHighlight.nonBasicASCII') };
};

/** The document of `file` once it has `languageId` (VS Code reopens a document whose language changes). */
function inLanguage(file: string, languageId: string): Promise<vscode.TextDocument> {
  const find = () => vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file && d.languageId === languageId);
  return waitFor(`${path.basename(file)} in ${languageId}`, vscode.workspace.onDidOpenTextDocument, () => find());
}

describe('editor: the sidecar language', () => {
  before(async () => {
    await newsmark();
  });

  it('a sidecar opens as newsmark-sidecar, without unicode-highlight boxes; other YAML keeps the defaults', async () => {
    const file = freshArticle('sidecar-language');
    await open(file);
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    await vscode.commands.executeCommand('newsmark.openSidecar');
    const doc = await inLanguage(sidecarOf(file), 'newsmark-sidecar');
    assert.match(doc.getText(), /Колокольцев/);
    assert.deepStrictEqual(unicodeHighlight('newsmark-sidecar'), { ambiguous: false, nonBasic: false });
    const yaml = unicodeHighlight('yaml');
    assert.notStrictEqual(yaml.ambiguous, false, 'other YAML files keep the ambiguous-character boxes');
    const other = path.join(path.dirname(file), 'other.yaml');
    fs.writeFileSync(other, 'a: Москва\n');
    assert.strictEqual((await vscode.workspace.openTextDocument(other)).languageId, 'yaml');
  });

  it('a sidecar with a suffix from the settings gets the language when it opens', async () => {
    const config = vscode.workspace.getConfiguration('newsmark');
    await config.update('sidecar.suffix', '.ann.yaml', vscode.ConfigurationTarget.Workspace);
    try {
      const file = freshArticle('custom-suffix');
      const sidecar = `${file}.ann.yaml`;
      fs.writeFileSync(sidecar, `newsmark: 2\narticle: ${path.basename(file)}\nhash: x\nannotations: []\n`);
      const adopted = inLanguage(sidecar, 'newsmark-sidecar');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sidecar));
      await adopted;
    } finally {
      await config.update('sidecar.suffix', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
