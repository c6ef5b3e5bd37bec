// Where an article's sidecar lives: next to it, same name plus a suffix (the editor has a setting for it).
export const DEFAULT_SUFFIX = '.annotations.yaml';

/** Why a suffix cannot be used (empty: the sidecar would overwrite the article; a slash: another folder). */
export function suffixProblem(suffix: string): string | undefined {
  return !suffix || /[\\/]/.test(suffix) ? `invalid sidecar suffix '${suffix}'` : undefined;
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
