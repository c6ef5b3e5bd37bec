// Extension entry point: each feature registers itself; this file stays a short list.
import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // features are registered here
}

export function deactivate(): void {}
