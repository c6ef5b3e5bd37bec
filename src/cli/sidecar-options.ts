// Options several commands share about sidecars, checked one way: the suffix (as the editor setting
// checks it) and a list of statuses. Both throw UsageError, which the commands print with their usage.
import { DEFAULT_SUFFIX, STATUSES, Status, suffixProblem } from '../sidecar';
import { UsageError } from './parse-args';

/** --suffix, or the default; a suffix the editor setting would refuse is a usage error. */
export function suffixOption(value: string | undefined): string {
  const suffix = value ?? DEFAULT_SUFFIX;
  const problem = suffixProblem(suffix);
  if (problem) throw new UsageError(problem);
  return suffix;
}

/** --status a,b,…: at least one, each a status newsmark knows. */
export function statusesOption(value: string, flag = '--status'): Status[] {
  const list = value.split(',').map((s) => s.trim()) as Status[];
  if (!list.length || list.some((s) => !STATUSES.includes(s))) throw new UsageError(`${flag} takes ${STATUSES.join(', ')} (comma-separated)`);
  return list;
}
