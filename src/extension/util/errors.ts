// Named error policies for promises nobody awaits (cspell's logErrors): every fire-and-forget call
// says where it came from, so a failure lands in the Newsmark output channel with context instead
// of vanishing as an unhandled rejection in the extension host.
import * as vscode from 'vscode';

let channel: vscode.OutputChannel | undefined;

export function activateLog(context: vscode.ExtensionContext): void {
  channel = vscode.window.createOutputChannel('Newsmark');
  context.subscriptions.push(channel, { dispose: () => (channel = undefined) });
}

export function log(message: string): void {
  channel?.appendLine(`[${new Date().toISOString().slice(11, 23)}] ${message}`);
}

export function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Policy: log and swallow. For background work whose failure must not disturb typing. */
export function logErrors<T>(promise: Thenable<T>, where: string): void {
  Promise.resolve(promise).catch((e: unknown) => log(`${where}: ${describeError(e)}${e instanceof Error && e.stack ? `\n${e.stack}` : ''}`));
}

/** Policy: log and tell the person. For commands they invoked and are waiting on. */
export function reportErrors<T>(promise: Thenable<T>, where: string): Thenable<T | undefined> {
  return Promise.resolve(promise).catch((e: unknown) => {
    log(`${where}: ${describeError(e)}`);
    logErrors(vscode.window.showErrorMessage(`Newsmark: ${where} failed: ${describeError(e)}`), 'error message');
    return undefined;
  });
}

/** Policy for messages nobody waits on: a failure to show one is logged, never thrown. */
export function inform(message: string): void {
  logErrors(vscode.window.showInformationMessage(`Newsmark: ${message}`), 'information message');
}

export function warn(message: string): void {
  logErrors(vscode.window.showWarningMessage(`Newsmark: ${message}`), 'warning message');
}
