// Making annotations: the engine over the document or a whole folder, or a person's own span
// (Annotate Selection As…). Folder runs show a cancellable progress notification and read files
// that are not open straight from disk, by the same sidecar rules as `newsmark annotate`; their
// extraction runs on the worker pool (src/pool), so a large folder never blocks the extension host.
import * as vscode from 'vscode';
import * as os from 'node:os';
import * as path from 'node:path';
import { annotateFile, discoverArticles, isSidecarPath, SidecarError, StrayIndex } from '../../sidecar';
import { createExtractPool } from '../../pool/pool';
import { withQuotes } from '../../core/quotes/relations';
import { inform, log, warn } from '../util/errors';
import { Services } from './context';

export async function annotateDocument(s: Services, uri?: unknown): Promise<number | undefined> {
  const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || isSidecarDocument(s, doc)) {
    inform(doc ? 'this is a sidecar; open its article to annotate it.' : 'open an article first.');
    return undefined;
  }
  if (doc.uri.scheme !== 'file') inform('highlights only: save the document to keep its annotations in a sidecar.');
  // A keystroke during the run cancels it (stale offsets); try again on the new text a few times.
  for (let attempt = 0; attempt < 3; attempt++) {
    const n = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Newsmark: annotating' }, () => s.tracker.annotate(doc));
    if (n !== undefined) {
      const problem = s.store.get(doc.uri)?.problem;
      if (problem) warn(`highlights updated, but the sidecar was not written: ${problem.message}`);
      return n;
    }
    if (doc.isClosed) return undefined;
  }
  warn('the document kept changing; annotation was not finished.');
  return undefined;
}

export interface FolderResult {
  done: number;
  failed: number;
  cancelled: boolean;
  /** Articles whose extraction ran in a pool worker (open ones are annotated here, as shown). */
  extractedInWorkers: number;
}

/** Annotates every article of a folder (default: the workspace folder, asked when there are several). */
export async function annotateFolder(s: Services, folderArg?: unknown): Promise<FolderResult | undefined> {
  const folder = folderArg instanceof vscode.Uri ? folderArg : await pickFolder();
  if (!folder) return undefined;
  const suffix = s.settings().sidecarSuffix;
  const { articles } = await discoverArticles([folder.fsPath], folder.fsPath, suffix);
  if (articles.length === 0) {
    inform(`no articles (.txt, .md, .news) in ${folder.fsPath}.`);
    return { done: 0, failed: 0, cancelled: false, extractedInWorkers: 0 };
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Newsmark: annotating', cancellable: true },
    async (progress, token) => {
      // Each worker loads its own engine: two at most, and a core left for the editor itself.
      const pool = createExtractPool(Math.min(folderJobs(), articles.length), path.join(s.context.extensionPath, 'dist', 'extract-worker.js'));
      let done = 0;
      let failed = 0;
      let started = 0;
      let extractedInWorkers = 0;
      const strays = new StrayIndex(suffix); // each folder's stray sidecars read once per run
      // One lane per worker, each taking the next article, so every worker has a text to extract.
      const lane = async () => {
        while (started < articles.length && !token.isCancellationRequested) {
          const file = articles[started++];
          const abs = path.resolve(folder.fsPath, file);
          progress.report({ message: `${file} (${started}/${articles.length})`, increment: 100 / articles.length });
          try {
            const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === abs);
            if (open) {
              // An open article is annotated as the person sees it, unsaved edits included.
              if ((await s.tracker.annotate(open)) === undefined) throw new Error('the document changed during the run');
            } else {
              // The same path as `newsmark annotate`: a sidecar saved meanwhile is merged, never overwritten.
              // Quotes, roles and relations too, as Annotate Document and `newsmark annotate` find them.
              const r = await annotateFile(abs, {
                suffix,
                strays,
                extract: async (text) => {
                  const found = await pool.extract(text, { lang: 'auto' });
                  extractedInWorkers++;
                  return withQuotes(text, found.entities, found.lang);
                },
              });
              for (const m of r.messages) log(m);
            }
            done++;
          } catch (err) {
            failed++;
            log(err instanceof SidecarError ? `not annotated (sidecar left untouched): ${err.message}` : `not annotated: ${abs}: ${(err as Error).message}`);
          }
          await new Promise((r) => setImmediate(r)); // let the host breathe between articles
        }
      };
      try {
        await Promise.all(Array.from({ length: pool.size }, lane));
      } finally {
        await pool.close();
      }
      return { done, failed, cancelled: token.isCancellationRequested, extractedInWorkers };
    },
  );
  const msg = `annotated ${result.done} of ${articles.length} article(s)${result.failed ? `, ${result.failed} failed (see Output › Newsmark)` : ''}${result.cancelled ? ' — cancelled' : ''}.`;
  if (result.failed) warn(msg);
  else inform(msg);
  return result;
}

/** Workers for a folder run: min(cores − 1, 2), at least 1. */
function folderJobs(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length || 1;
  return Math.max(1, Math.min(cores - 1, 2));
}

/** Annotating a sidecar would write a sidecar of the sidecar. */
function isSidecarDocument(s: Services, doc: vscode.TextDocument): boolean {
  return isSidecarPath(doc.uri.path, s.settings().sidecarSuffix);
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    inform('open a folder first.');
    return undefined;
  }
  if (folders.length === 1) return folders[0].uri;
  const f = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder to annotate' });
  return f?.uri;
}
