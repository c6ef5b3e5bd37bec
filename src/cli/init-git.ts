// `newsmark init-git`: sets a repository up so git shows sidecar changes as decisions. Writes the
// `.gitattributes` line that routes sidecars to the `newsmark` drivers (appended; other lines are never
// touched) and registers the drivers in the repository's git config: the diff driver (decisions
// instead of YAML in `git diff`) and the merge driver (sidecars merge by annotation id, conflicts as
// `conflict:` entries instead of markers). Idempotent: a second run changes nothing.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_SUFFIX, suffixProblem } from '../sidecar';
import { CliIO } from './io';
import { parseArgs, UsageError } from './parse-args';

const exec = promisify(execFile);

const USAGE = `Usage: newsmark init-git [--suffix .annotations.yaml] [--command "newsmark"]

Run inside a git repository. Adds '*.annotations.yaml diff=newsmark merge=newsmark' to .gitattributes
at the repository root and sets diff.newsmark.textconv to 'newsmark diff --textconv', so 'git diff' and
'git log -p' show one line per annotation (type, status, text, note) instead of YAML with context, and
merge.newsmark.driver to 'newsmark merge-driver %O %A %B %P', so two branches' decisions merge by
annotation id and a decision made differently becomes a 'conflict:' entry, never conflict markers.
  --command   how git should start newsmark (default: this newsmark, by absolute path)
Web views of pull requests do not run local drivers: post 'newsmark diff --markdown' there (README).
`;

/** The git config entries newsmark needs, for `command` (how to start newsmark). */
export function gitConfigEntries(command: string, suffix: string = DEFAULT_SUFFIX): [string, string][] {
  const opt = suffix === DEFAULT_SUFFIX ? '' : ` --suffix ${suffix}`;
  return [
    ['diff.newsmark.textconv', `${command} diff --textconv`],
    ['merge.newsmark.name', 'newsmark sidecar merge by annotation id'],
    ['merge.newsmark.driver', `${command} merge-driver %O %A %B %P${opt}`],
  ];
}

/** This newsmark as a shell command: node and the CLI script by absolute path, or `newsmark`. */
function selfCommand(): string {
  const script = process.argv[1] ?? '';
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return /cli\.js$/.test(script) ? `${q(process.execPath)} ${q(script)}` : 'newsmark';
}

export async function runInitGit(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, { values: ['suffix', 'command'] });
    if (parsed.positionals.length) throw new UsageError(`unexpected argument '${parsed.positionals[0]}'`);
    const problem = suffixProblem(parsed.values.suffix ?? DEFAULT_SUFFIX);
    if (problem) throw new UsageError(problem);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`newsmark init-git: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.switches.has('help')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  const git = async (...a: string[]) => (await exec('git', a, { cwd })).stdout;
  let root: string;
  try {
    root = (await git('rev-parse', '--show-toplevel')).trim();
  } catch {
    io.stderr.write(`newsmark init-git: not inside a git repository (run 'git init' first)\n`);
    return 2;
  }

  const suffix = parsed.values.suffix ?? DEFAULT_SUFFIX;
  const line = `*${suffix} diff=newsmark merge=newsmark`;
  const older = `*${suffix} diff=newsmark`; // written by init-git before the merge driver existed
  const attributes = join(root, '.gitattributes');
  const current = await fs.readFile(attributes, 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : Promise.reject(e)));
  const lines = current?.split(/\r?\n/) ?? [];
  if (lines.includes(line)) {
    io.stdout.write(`.gitattributes: already has '${line}'\n`);
  } else if (lines.includes(older)) {
    await fs.writeFile(
      attributes,
      current!
        .split(/(\r?\n)/)
        .map((l) => (l === older ? line : l))
        .join(''),
    );
    io.stdout.write(`.gitattributes: '${older}' now also routes merges: '${line}'\n`);
  } else {
    const sep = current && !current.endsWith('\n') ? '\n' : '';
    await fs.appendFile(attributes, `${sep}${line}\n`);
    io.stdout.write(`.gitattributes: added '${line}'\n`);
  }
  for (const [key, value] of gitConfigEntries(parsed.values.command ?? selfCommand(), suffix)) {
    await git('config', '--local', key, value);
    io.stdout.write(`git config ${key} '${value}'\n`);
  }
  return 0;
}
