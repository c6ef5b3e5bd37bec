// Runs INSIDE the VS Code extension host (extensionTestsPath). VS Code calls run(); we load every
// compiled *.test.js next to this file, run mocha, print mocha's own spec output (it reaches the
// extension-host log / browser console), and write the outcome as JSON to $NEWSMARK_TEST_RESULT so
// the harness outside VS Code can read it: the offline host has no stdout we could parse.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/api';

interface TestRecord {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  ms?: number;
  error?: string;
}

export interface ResultFile {
  passed: number;
  failed: number;
  pending: number;
  tests: TestRecord[];
  /** mocha's spec reporter output, line by line, so the harness can print it unchanged */
  output: string[];
  vscodeVersion: string;
  appName: string;
  appHost: string;
  node: string;
  uiKind: string;
}

function findTests(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

async function preloadEngine(this: Mocha.Context): Promise<void> {
  this.timeout(120000);
  const ext = vscode.extensions.getExtension<NewsmarkApi>('newsmark.newsmark');
  if (!ext) throw new Error('newsmark.newsmark is not installed in the test host');
  const api = ext.isActive ? ext.exports : await ext.activate();
  await api.loadEngine();
  // Every test shares one workspace folder, hence one .newsmark/lexicon.yaml: a decision in one test
  // must not change the suggestions another test expects. The lexicon's own tests turn learning on.
  await vscode.workspace.getConfiguration('newsmark').update('lexicon.learn', false, vscode.ConfigurationTarget.Global);
}

export function run(): Promise<void> {
  // the bundles carry inline source maps: failures then point at test/integration/*.ts lines
  process.setSourceMapsEnabled(true);
  const output: string[] = [];
  // The spec reporter prints through Base.consoleLog; tee it so the harness gets mocha's exact lines.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void };
  const original = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    output.push(...format(...args).split('\n'));
    original(...args);
  };
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.NEWSMARK_TEST_TIMEOUT || 30000),
    grep: process.env.NEWSMARK_TEST_GREP || undefined,
    // Loading the engine's dictionaries takes seconds on a busy machine: one root hook pays it up
    // front, so no test needs a longer timeout for being the first to annotate.
    rootHooks: { beforeAll: preloadEngine },
  });
  for (const f of findTests(__dirname)) mocha.addFile(f);

  const tests: TestRecord[] = [];
  return new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      base.consoleLog = original;
      const result: ResultFile = {
        passed: tests.filter((t) => t.state === 'passed').length,
        failed: failures,
        pending: tests.filter((t) => t.state === 'pending').length,
        tests,
        output,
        vscodeVersion: vscode.version,
        appName: vscode.env.appName,
        appHost: vscode.env.appHost,
        node: process.version,
        uiKind: vscode.UIKind[vscode.env.uiKind],
      };
      const file = process.env.NEWSMARK_TEST_RESULT;
      if (file) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        // write then rename: the harness polls for the file and must never read half of it
        fs.writeFileSync(file + '.tmp', JSON.stringify(result, null, 2));
        fs.renameSync(file + '.tmp', file);
      }
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
    runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('fail', (t, err: Error) => tests.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack || err) }));
    runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending' }));
  });
}
