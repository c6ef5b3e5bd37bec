// Named error policies for promises nobody awaits (cspell's logErrors): every fire-and-forget call
// says where it came from, so a failure lands in the Newsmark output channel with context instead
// of vanishing as an unhandled rejection in the extension host. Every message Newsmark shows goes
// out through notify(), the one place that makes file text safe to show (see plainMessage).
import * as vscode from 'vscode';
import { plainMessage } from '../../sidecar';

let channel: vscode.OutputChannel | undefined;
let notices: vscode.EventEmitter<Notice> | undefined;

/** A message as it was shown: after plainMessage, so tests read exactly what a person saw. */
export interface Notice {
  /** 'question': a confirmation is waiting for an answer (see confirm). */
  severity: 'information' | 'warning' | 'error' | 'question';
  message: string;
}

export function activateLog(context: vscode.ExtensionContext): vscode.Event<Notice> {
  channel = vscode.window.createOutputChannel('Newsmark');
  notices = new vscode.EventEmitter<Notice>();
  context.subscriptions.push(channel, notices, { dispose: () => ((channel = undefined), (notices = undefined)) });
  return notices.event;
}

export function log(message: string): void {
  channel?.appendLine(`[${new Date().toISOString().slice(11, 23)}] ${message}`);
}

export function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Shows a notification. Messages quote sidecar values, article text and file names, and VS Code
 * renders `[label](command:…)` in a notification as a link that runs the command (in Restricted Mode
 * too): the whole message goes through plainMessage, ours included — our own words hold no links.
 */
export function notify(severity: Exclude<Notice['severity'], 'question'>, message: string, ...actions: string[]): Thenable<string | undefined> {
  const shown = plainMessage(`Newsmark: ${message}`);
  notices?.fire({ severity, message: shown });
  const show =
    severity === 'error' ? vscode.window.showErrorMessage : severity === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  return show(shown, ...actions);
}

/**
 * Asks before a change of many annotations. A quick pick rather than a modal dialog: answered from
 * the keyboard (Enter confirms, Escape cancels) like the rest of the review, and by tests through
 * the quick-open commands. Resolves true only when the person picked `action`.
 */
export async function confirm(question: string, action: string): Promise<boolean> {
  const pick = await ask(question, [{ label: action }, { label: 'Cancel' }], 'Enter confirms, Escape cancels');
  return pick?.label === action;
}

/**
 * A question with a few answers, as a quick pick (Enter picks, Escape cancels). Resolves with the
 * item picked, or undefined. Once it shows, a 'question' notice carries the title, so a test can
 * answer it through the quick-open commands.
 */
export function ask<T extends vscode.QuickPickItem>(question: string, items: readonly T[], placeholder: string): Promise<T | undefined> {
  const title = plainMessage(`Newsmark: ${question}`);
  return new Promise<T | undefined>((resolve) => {
    const qp = vscode.window.createQuickPick<T>();
    qp.title = title;
    qp.placeholder = placeholder;
    qp.items = items;
    let answer: T | undefined;
    qp.onDidAccept(() => {
      answer = qp.selectedItems[0];
      qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(answer);
    });
    qp.show();
    // After show(): a test answering on this event reaches a quick pick that is there.
    notices?.fire({ severity: 'question', message: title });
  });
}

/** Policy: log and swallow. For background work whose failure must not disturb typing. */
export function logErrors<T>(promise: Thenable<T>, where: string): void {
  Promise.resolve(promise).catch((e: unknown) => log(`${where}: ${describeError(e)}${e instanceof Error && e.stack ? `\n${e.stack}` : ''}`));
}

/** Policy: log and tell the person. For commands they invoked and are waiting on. */
export function reportErrors<T>(promise: Thenable<T>, where: string): Thenable<T | undefined> {
  return Promise.resolve(promise).catch((e: unknown) => {
    log(`${where}: ${describeError(e)}`);
    logErrors(notify('error', `${where} failed: ${describeError(e)}`), 'error message');
    return undefined;
  });
}

/** Policy for messages nobody waits on: a failure to show one is logged, never thrown. */
export function inform(message: string): void {
  logErrors(notify('information', message), 'information message');
}

export function warn(message: string): void {
  logErrors(notify('warning', message), 'warning message');
}
