// Shared by the editor feature tests: the extension's API, fresh copies of the sample article,
// and waiting on events or conditions with a deadline (never a fixed sleep).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import Mocha from 'mocha';
import type { NewsmarkApi } from '../../src/extension/api';
import { parseSidecar, type Sidecar } from '../../src/sidecar';

export const EXTENSION_ID = 'newsmark.newsmark';
export const SAMPLE = 'ru-mvd-kazakhstan-russia.txt';
export const SUFFIX = '.annotations.yaml';

export async function newsmark(): Promise<NewsmarkApi> {
  const ext = vscode.extensions.getExtension<NewsmarkApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed in the test host`);
  return ext.isActive ? ext.exports : ext.activate();
}

export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test host opens a workspace folder holding a copy of samples/');
  return folder.uri.fsPath;
}

export function sampleText(): string {
  return fs.readFileSync(path.join(workspaceDir(), SAMPLE), 'utf8');
}

let counter = 0;
/** A new article file (default: the sample's text) in its own folder, so tests never share sidecars. */
export function freshArticle(name: string, text = sampleText()): string {
  const dir = path.join(workspaceDir(), 'editor-tests', `${String(++counter).padStart(2, '0')}-${name}`);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.txt`);
  fs.writeFileSync(file, text);
  return file;
}

export async function open(file: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * Resolves with the first value `probe` returns truthy, re-checked after each `event` and once at
 * the start; rejects after `ms` with what was awaited.
 */
export function waitFor<T, E>(what: string, event: vscode.Event<E>, probe: (e?: E) => T | undefined | false, ms = 15000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let sub: vscode.Disposable | undefined;
    const timer = setTimeout(() => {
      sub?.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const check = (e?: E) => {
      let v: T | undefined | false;
      try {
        v = probe(e);
      } catch (e) {
        clearTimeout(timer);
        sub?.dispose();
        reject(e);
        return true;
      }
      if (v) {
        clearTimeout(timer);
        sub?.dispose();
        resolve(v);
        return true;
      }
      return false;
    };
    if (!check()) sub = event((e) => check(e));
  });
}

/** Waits on a file changing on disk: VS Code's own watcher events, with a deadline. */
export function fileEvent(file: string): vscode.Event<vscode.Uri> {
  return (listener) => {
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(path.dirname(file), '*'));
    const subs = [w.onDidChange(listener), w.onDidCreate(listener), w.onDidDelete(listener)];
    return new vscode.Disposable(() => {
      subs.forEach((s) => s.dispose());
      w.dispose();
    });
  };
}

export function sidecarOf(file: string): string {
  return file + SUFFIX;
}

/** The sidecar on disk, parsed against the article on disk. */
export function readSidecar(file: string): Sidecar {
  const text = fs.readFileSync(file, 'utf8');
  return parseSidecar(fs.readFileSync(sidecarOf(file), 'utf8'), text, sidecarOf(file), path.basename(file));
}

export function offsetOf(editor: vscode.TextEditor, needle: string, nth = 0): number {
  const text = editor.document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `the article contains "${needle}"`);
  return at;
}

export function putCursor(editor: vscode.TextEditor, offset: number): void {
  const p = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(p, p);
}

export async function hoverAt(editor: vscode.TextEditor, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
  // MarkdownString.appendText writes spaces as &nbsp; (so they survive rendering): read them as spaces.
  return (hovers ?? [])
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .replace(/&nbsp;/g, ' ');
}

/** Prints a measurement through mocha's reporter, whose lines the harness shows (console.log does not). */
export function report(line: string): void {
  (Mocha.reporters.Base as unknown as { consoleLog: (s: string) => void }).consoleLog(`      ${line}`);
}

/**
 * Runs a command that asks for confirmation (Accept All / Reject All over more than a handful) and
 * answers it: `yes` picks the action, otherwise Escape. Resolves with the question as shown.
 */
export async function answering<T>(api: NewsmarkApi, yes: boolean, run: () => Thenable<T>): Promise<{ result: T; question: string }> {
  const asked = waitFor('the confirmation', api.onDidNotify, (n) => (n?.severity === 'question' ? n.message : undefined));
  const running = run();
  const question = await asked;
  await vscode.commands.executeCommand(yes ? 'workbench.action.acceptSelectedQuickOpenItem' : 'workbench.action.closeQuickOpen');
  return { result: await running, question };
}
