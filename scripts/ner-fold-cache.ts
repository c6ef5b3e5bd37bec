// Where `train-ner.ts --cv` keeps its fold models between runs: a folder named by a hash of everything
// that shapes the weights, so a rule that runs after the tagger is re-scored on the same fold models in a
// minute instead of retraining five models (~27 min on a busy machine), and a change to the features,
// the training data or the training options can never be scored with stale models (it gets a new key).
//
// What shapes the weights: the source files the training loop runs (the entry files below and every
// file they import, followed through relative imports), az's version (tag classes and lemmas are
// features), the training data files, and the options (seed, epochs, bits, ...). The rule files after
// the tagger (org-edges.ts, quoted-works.ts, ...) are not imported by any of them, so editing a rule
// keeps the key.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** The files whose code decides the weights (recognizer.ts is not one: it only runs the rules). */
export const MODEL_ENTRY_FILES: readonly string[] = [
  'scripts/ner-data.ts',
  'src/core/tokenize.ts',
  'src/core/ner/forms.ts',
  'src/core/ner/features.ts',
  'src/core/ner/morph.ts',
  'src/core/ner/perceptron-train.ts',
  'src/core/ner/model-file.ts',
];

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'|require\('(\.{1,2}\/[^']+)'\)/g;

/** `entries` and every file they import by a relative path (.ts or .json), sorted, relative to `root`. */
export function sourceClosure(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const todo = entries.map((e) => path.resolve(root, e));
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    if (!fs.existsSync(file)) throw new Error(`ner-fold-cache: ${path.relative(root, file)} does not exist`);
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      const base = path.resolve(path.dirname(file), spec);
      const found = [base + '.ts', base, path.join(base, 'index.ts')].find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
      if (found) todo.push(found);
    }
  }
  return [...seen].map((f) => path.relative(root, f)).sort();
}

/**
 * A short hex key over the contents of `files` (paths relative to `root`, or absolute for data
 * outside it) and the options: equal keys mean equal training inputs.
 */
export function modelInputsKey(root: string, files: readonly string[], options: Record<string, unknown>): string {
  const h = crypto.createHash('sha256');
  for (const f of [...files].sort()) {
    h.update((path.isAbsolute(f) ? path.basename(f) : f) + '\0'); // the same key in every checkout
    h.update(fs.readFileSync(path.resolve(root, f)));
    h.update('\0');
  }
  h.update(
    JSON.stringify(
      Object.keys(options)
        .sort()
        .map((k) => [k, options[k]]),
    ),
  );
  return h.digest('hex').slice(0, 16);
}

/** The cache folder for one key: under node_modules/.cache, which git and the packager already leave out. */
export function foldCacheDir(root: string, key: string): string {
  return path.join(root, 'node_modules', '.cache', 'newsmark-ner-folds', key);
}
