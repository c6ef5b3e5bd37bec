// `newsmark merge-driver %O %A %B %P`: git's merge driver for sidecars (registered by `newsmark
// init-git`). Merges by annotation id (src/sidecar/merge3.ts) and writes the result over %A, as git
// expects. Exit 0: merged cleanly; 1: merged, with `conflict:` entries for a person to resolve (git
// marks the file conflicted and keeps both sides in its index); 2: a side could not be read — %A is
// left as it was (ours), so git's conflict holds both versions and nothing is lost.
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { articleNameOf, articlePathFor, DEFAULT_SUFFIX, readArticle, SidecarError } from '../sidecar';
import { mergeSidecars } from '../sidecar/merge3';
import { decodeUtf8 } from '../core/utf8';
import { CliIO } from './io';
import { parseArgs, UsageError } from './parse-args';
import { suffixOption } from './sidecar-options';

const USAGE = `Usage: newsmark merge-driver BASE OURS THEIRS PATH [--suffix .annotations.yaml]

Git merge driver for sidecars (git passes %O %A %B %P; 'newsmark init-git' registers it). Merges two
branches' annotations by id; a field decided differently on each side is kept as ours with theirs in a
'conflict:' map on the same line ('newsmark check' lists them). Writes the result to OURS.
Exit 0 merged, 1 merged with conflicts to resolve, 2 could not merge (OURS left as it was).
`;

export async function runMergeDriver(args: string[], io: CliIO): Promise<number> {
  let files: string[];
  let suffix = DEFAULT_SUFFIX;
  try {
    const a = parseArgs(args, { values: ['suffix'] });
    if (a.switches.has('help')) {
      io.stdout.write(USAGE);
      return 0;
    }
    if (a.positionals.length !== 4) throw new UsageError('expected BASE OURS THEIRS PATH (git passes %O %A %B %P)');
    suffix = suffixOption(a.values.suffix);
    files = a.positionals;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`newsmark merge-driver: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  const cwd = io.cwd ?? process.cwd();
  const [base, ours, theirs, path] = files;
  try {
    const read = async (f: string) => decodeUtf8(await fs.readFile(resolve(cwd, f)));
    const article = articlePathFor(path, suffix);
    if (!article) throw new Error(`${path} is not a sidecar (no ${suffix} suffix)`);
    const text = await readArticle(resolve(cwd, article));
    const result = mergeSidecars(await read(base).catch(() => undefined), await read(ours), await read(theirs), text, path, articleNameOf(article));
    await fs.writeFile(resolve(cwd, ours), result.text);
    for (const c of result.conflicts)
      io.stderr.write(`${path}: ${c.id}: decided differently on the two branches (${c.fields.join(', ')}); kept ours, theirs under conflict:\n`);
    return result.conflicts.length ? 1 : 0;
  } catch (err) {
    io.stderr.write(`newsmark merge-driver: ${err instanceof SidecarError ? err.message : `${path}: ${(err as Error).message}`}; left for a person to merge\n`);
    return 2;
  }
}
