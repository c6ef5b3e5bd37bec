// `newsmark mv OLD NEW`: renames an article and its sidecar together (the sidecar's `article:` key
// follows), so a rename never orphans a person's decisions. With OLD already renamed by other means,
// moves only its left-behind sidecar to NEW.
import { resolve } from 'node:path';
import { DEFAULT_SUFFIX, moveArticle, SidecarError, suffixProblem } from '../sidecar';
import { CliIO } from './io';
import { parseArgs, UsageError } from './parse-args';

const USAGE = `Usage: newsmark mv OLD NEW [--suffix .annotations.yaml]

Renames the article OLD to NEW and moves its sidecar with it (the sidecar's article: key is updated).
Refuses, moving nothing, when NEW or NEW's sidecar exists. When OLD was already renamed to NEW
without its sidecar, moves just the sidecar.
`;

export async function runMv(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, { values: ['suffix'] });
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`newsmark mv: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.switches.has('help')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const suffix = parsed.values.suffix ?? DEFAULT_SUFFIX;
  const usage = suffixProblem(suffix) ?? (parsed.positionals.length === 2 ? undefined : `expected OLD and NEW, got ${parsed.positionals.length} argument(s)`);
  if (usage) {
    io.stderr.write(`newsmark mv: ${usage}\n\n${USAGE}`);
    return 2;
  }
  const [from, to] = parsed.positionals;
  const cwd = io.cwd ?? process.cwd();
  try {
    const moved = await moveArticle(resolve(cwd, from), resolve(cwd, to), suffix);
    const what = [moved.article ? 'article' : '', moved.sidecar ? 'sidecar' : ''].filter(Boolean).join(' and ');
    io.stdout.write(`newsmark mv: ${from} → ${to} (${what}${moved.sidecar ? '' : '; it had no sidecar'})\n`);
    return 0;
  } catch (err) {
    io.stderr.write(`newsmark mv: ${err instanceof SidecarError ? err.message : (err as Error).message}\n`);
    return 1;
  }
}
