// Loads the shipped grammars (syntaxes/*.tmLanguage.json, the files VS Code reads) into
// vscode-textmate + vscode-oniguruma — the same tokenizer and regex engine VS Code runs —
// and turns text into [token text, scopes] pairs for table-driven scope tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tm from 'vscode-textmate';
import * as onig from 'vscode-oniguruma';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(__dirname, 'fixtures');

/** Where each grammar comes from: ours from syntaxes/, VS Code's YAML grammar from a vendored copy. */
const GRAMMAR_FILES: Record<string, string> = {
  'text.news': path.join(ROOT, 'syntaxes/news.tmLanguage.json'),
  'newsmark.annotations.injection': path.join(ROOT, 'syntaxes/annotations.injection.tmLanguage.json'),
  'source.newsmark-sidecar': path.join(ROOT, 'syntaxes/sidecar.tmLanguage.json'),
  'source.yaml': path.join(FIXTURES, 'yaml/yaml.tmLanguage.json'),
  'source.yaml.1.0': path.join(FIXTURES, 'yaml/yaml-1.0.tmLanguage.json'),
  'source.yaml.1.1': path.join(FIXTURES, 'yaml/yaml-1.1.tmLanguage.json'),
  'source.yaml.1.2': path.join(FIXTURES, 'yaml/yaml-1.2.tmLanguage.json'),
  'source.yaml.1.3': path.join(FIXTURES, 'yaml/yaml-1.3.tmLanguage.json'),
  'source.yaml.embedded': path.join(FIXTURES, 'yaml/yaml-embedded.tmLanguage.json'),
};

/** The injections as package.json declares them (`injectTo`), read from the manifest itself. */
function injectionsFromManifest(): Record<string, string[]> {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const out: Record<string, string[]> = {};
  for (const g of pkg.contributes?.grammars ?? []) {
    for (const target of g.injectTo ?? []) (out[target] ??= []).push(g.scopeName);
  }
  return out;
}

// vscode-oniguruma's loadWASM may run only once per process: every registry shares this.
let onigLib: Promise<tm.IOnigLib> | undefined;
function sharedOnigLib(): Promise<tm.IOnigLib> {
  if (!onigLib) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    onigLib = onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
      createOnigScanner: (sources: string[]) => new onig.OnigScanner(sources),
      createOnigString: (s: string) => new onig.OnigString(s),
    }));
  }
  return onigLib;
}

/** A registry that resolves grammars and injections as VS Code would for this package; `theme` for colour checks. */
export function createRegistry(theme?: tm.IRawTheme): tm.Registry {
  const injections = injectionsFromManifest();
  return new tm.Registry({
    onigLib: sharedOnigLib(),
    theme,
    loadGrammar: async (scopeName) => {
      const file = GRAMMAR_FILES[scopeName];
      return file ? tm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => injections[scopeName],
  });
}

let registry: tm.Registry | undefined;

export async function grammar(scopeName: string): Promise<tm.IGrammar> {
  const g = await (registry ??= createRegistry()).loadGrammar(scopeName);
  if (!g) throw new Error(`grammar ${scopeName} not found`);
  return g;
}

export interface Tok {
  line: number;
  text: string;
  scopes: string[];
}

/** Splits like VS Code (LF, CRLF or CR) and tokenizes line by line, carrying the rule stack. */
export function tokenize(g: tm.IGrammar, text: string): Tok[] {
  const out: Tok[] = [];
  let stack = tm.INITIAL;
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const r = g.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = r.ruleStack;
  });
  return out;
}

/**
 * The scopes of the text `needle` (the `nth` occurrence, 1-based): the scopes every character of it
 * shares. A needle spanning several tokens yields their common scopes, so "10 %" can be checked
 * for `constant.numeric.percent.news` even though "%" carries a unit scope of its own.
 */
export function scopesOf(toks: Tok[], fullText: string, needle: string, nth = 1): string[] {
  const lines = fullText.split(/\r\n|\r|\n/);
  let seen = 0;
  for (let li = 0; li < lines.length; li++) {
    let from = 0;
    for (;;) {
      const at = lines[li].indexOf(needle, from);
      if (at < 0) break;
      if (++seen === nth) return scopesAt(toks, li, at, at + needle.length);
      from = at + 1;
    }
  }
  throw new Error(`"${needle}" (occurrence ${nth}) not in the text`);
}

/** The scopes shared by every token of line `line` that overlaps [start, end) (UTF-16 offsets). */
export function scopesAt(toks: Tok[], line: number, start: number, end: number): string[] {
  let pos = 0;
  let common: string[] | undefined;
  for (const t of toks.filter((x) => x.line === line)) {
    const tStart = pos;
    pos += t.text.length;
    if (pos <= start || tStart >= end) continue;
    common = common ? common.filter((s) => t.scopes.includes(s)) : [...t.scopes];
  }
  return common ?? [];
}

export { ROOT, FIXTURES };
