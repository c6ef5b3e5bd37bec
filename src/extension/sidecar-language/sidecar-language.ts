// Sidecars open in the newsmark-sidecar language (YAML colours, no unicode-highlight boxes around
// Cyrillic quotes: package.json `configurationDefaults`). package.json's filenamePatterns cover the
// default suffix; a sidecar with another suffix from the `newsmark.sidecar.suffix` setting is given
// the language here when it opens (and the open ones when the setting changes).
import * as vscode from 'vscode';
import { isSidecarPath } from '../../sidecar';
import { NewsmarkSettings, onSettingsChanged } from '../config/settings';
import { logErrors } from '../util/errors';

export const SIDECAR_LANGUAGE = 'newsmark-sidecar';

export function activateSidecarLanguage(context: vscode.ExtensionContext, settings: () => NewsmarkSettings): void {
  const adopt = (doc: vscode.TextDocument) => {
    // Only a YAML file: a person who chose another language for it keeps their choice.
    if (doc.uri.scheme !== 'file' || doc.languageId !== 'yaml' || !isSidecarPath(doc.uri.fsPath, settings().sidecarSuffix)) return;
    logErrors(vscode.languages.setTextDocumentLanguage(doc, SIDECAR_LANGUAGE), `sidecar language for ${doc.uri.fsPath}`);
  };
  const adoptAll = () => vscode.workspace.textDocuments.forEach(adopt);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(adopt), onSettingsChanged(adoptAll));
  adoptAll();
}
