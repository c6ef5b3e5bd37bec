// The one typed accessor for the `newsmark.*` settings. Their declarations live in package.json
// (contributes.configuration); this file only reads them, with the same defaults, so a missing or
// mistyped value in settings.json falls back instead of breaking a feature.
import * as vscode from 'vscode';
import { ENTITY_TYPES, EntityType } from '../../core/types';
import { DEFAULT_SUFFIX, suffixProblem } from '../../sidecar';

export interface NewsmarkSettings {
  /** Glob patterns (workspace-relative or absolute); matching documents are annotated when opened. */
  annotateOnOpen: string[];
  /** Entity types that get highlights, tree entries and navigation. */
  types: EntityType[];
  /** Master switch for highlights; Toggle Highlights flips it. */
  highlightsEnabled: boolean;
  /** Show rejected suggestions as faint struck-through text (false: not at all). */
  showRejected: boolean;
  /** Quiet time after the last keystroke before the engine re-reads the document. */
  debounceMs: number;
  /** Suffix of the sidecar file next to the article. */
  sidecarSuffix: string;
  /** Decisions in the editor teach the workspace lexicon (.newsmark/lexicon.yaml). */
  lexiconLearn: boolean;
}

const SECTION = 'newsmark';

export function readSettings(scope?: vscode.ConfigurationScope): NewsmarkSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const types = c.get<unknown>('types');
  return {
    annotateOnOpen: stringList(c.get<unknown>('annotateOnOpen')),
    types: Array.isArray(types) ? ENTITY_TYPES.filter((t) => types.includes(t)) : [...ENTITY_TYPES],
    highlightsEnabled: c.get<boolean>('highlights.enabled', true) !== false,
    showRejected: c.get<boolean>('highlights.showRejected', true) !== false,
    debounceMs: clamp(Number(c.get<number>('debounceMs', 300)), 0, 5000, 300),
    sidecarSuffix: validSuffix(c.get<string>('sidecar.suffix')),
    lexiconLearn: c.get<boolean>('lexicon.learn', true) !== false,
  };
}

/** Writes the highlights switch to user settings so it survives a reload, as Error Lens does. */
export async function setHighlightsEnabled(on: boolean): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update('highlights.enabled', on, vscode.ConfigurationTarget.Global);
}

/** Fires `listener` only for changes under `newsmark.*`. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) listener();
  });
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}

function clamp(n: number, lo: number, hi: number, fallback: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
}

function validSuffix(v: string | undefined): string {
  // A path separator would write outside the article's folder, and a suffix not ending in .yaml/.yml
  // could name another real file ("report" + ".md"): both fall back, as the setting's pattern says.
  return typeof v === 'string' && !suffixProblem(v) ? v : DEFAULT_SUFFIX;
}
