// Where an article's sidecar lives: next to it, same name plus a suffix (the editor has a setting for it).
export const DEFAULT_SUFFIX = '.annotations.yaml';

/**
 * What a suffix must look like, for the CLI's --suffix and the editor's setting alike (package.json
 * declares the same pattern): a dot first, so it never runs into the article's name; no path
 * separator, so the sidecar stays next to its article; `.yaml`/`.yml` last, so it can never name
 * another real file ("report" + ".md") that a rewrite would destroy.
 */
export const SUFFIX_PATTERN = /^\.[A-Za-z0-9_.-]*\.ya?ml$/;

/** Why a suffix cannot be used, or undefined when it can. */
export function suffixProblem(suffix: string): string | undefined {
  return SUFFIX_PATTERN.test(suffix)
    ? undefined
    : `invalid sidecar suffix '${suffix}': it must start with a dot and end in .yaml or .yml (e.g. .annotations.yaml), without folders`;
}

function checkSuffix(suffix: string): string {
  const problem = suffixProblem(suffix);
  if (problem) throw new Error(problem);
  return suffix;
}

/** article.txt → article.txt.annotations.yaml (same folder). */
export function sidecarPathFor(articlePath: string, suffix: string = DEFAULT_SUFFIX): string {
  return articlePath + checkSuffix(suffix);
}

/** True when the path names a sidecar (ends with the suffix and has an article name before it). */
export function isSidecarPath(path: string, suffix: string = DEFAULT_SUFFIX): boolean {
  checkSuffix(suffix);
  const base = path.replace(/^.*[\\/]/, '');
  return base.length > suffix.length && base.endsWith(suffix);
}

/** The inverse of sidecarPathFor; undefined when the path is not a sidecar. */
export function articlePathFor(sidecarPath: string, suffix: string = DEFAULT_SUFFIX): string | undefined {
  return isSidecarPath(sidecarPath, suffix) ? sidecarPath.slice(0, -suffix.length) : undefined;
}

/** The file name recorded in a sidecar: the article's base name, without folders. */
export function articleNameOf(articlePath: string): string {
  return articlePath.replace(/^.*[\\/]/, '');
}
