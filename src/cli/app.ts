// `newsmark` command line: parses argv and dispatches to one file per command.
// run() never calls process.exit, so tests call it directly with fake streams.
import { CliIO } from './io';

export { CliIO } from './io';

const USAGE = `Usage: newsmark <command> [options]

Commands:
  extract [FILE|-] [--lang auto|ru|en] [--ref-date YYYY-MM-DD] [--jsonl] [--quotes]
                     print entities and figures as JSON (one line per input line with --jsonl)
  eval GOLD.jsonl [--pred PRED.jsonl] [--types PER,ORG,LOC]
                     score predictions against gold spans or value pairs
  annotate FILE...|DIR
                     write or update FILE.annotations.yaml sidecars (never drops a person's decisions)
  check FILE...|DIR  exit non-zero when a sidecar does not match its article
  export FILE...|DIR --format jsonl|conll|brat|labelstudio [--out DIR] [--status accepted,manual]
                     annotations for spaCy, Prodigy, doccano, CoNLL trainers, brat, Label Studio
  import --format jsonl|brat|labelstudio SRC... [--into DIR]
                     merge annotations made in those tools into the articles' sidecars
  index DIR... [--json|--csv]
                     people, organizations and places across articles: articles, mentions, decisions
  merge-driver %O %A %B %P
                     git merge driver for sidecars: merges by annotation id, never writes markers
  agree A B | --rev R1 --rev R2 [PATH...]
                     agreement between two annotators: P/R/F1, Cohen's kappa, disagreements
  diff [REV1 [REV2]] [PATH...] [--markdown|--json]
                     annotations added, removed, decided, relabelled, noted, re-anchored, orphaned
  init-git           register the sidecar diff and merge drivers in .gitattributes and git config
  mv OLD NEW         rename an article together with its sidecar

Run 'newsmark <command> --help' for the options of one command.
`;

type Command = (args: string[], io: CliIO) => Promise<number>;

// Each command's module loads when that command runs: a one-line `extract` does not pay for YAML,
// git, hashing, string distances, exporters (about half of its start-up past Node's own). require,
// not import(): esbuild turns it into a lazy init inside the bundle, and under tsx (unit tests) a
// dynamic import() would go to Node's ESM loader, which does not resolve './extract' to a .ts file.
const COMMANDS: Record<string, () => Command> = {
  extract: () => (require('./extract') as typeof import('./extract')).runExtract,
  eval: () => (require('./eval') as typeof import('./eval')).runEval,
  annotate: () => (require('./annotate') as typeof import('./annotate')).runAnnotate,
  check: () => (require('./check') as typeof import('./check')).runCheck,
  export: () => (require('./export') as typeof import('./export')).runExport,
  import: () => (require('./import') as typeof import('./import')).runImport,
  agree: () => (require('./agree') as typeof import('./agree')).runAgree,
  index: () => (require('./index-command') as typeof import('./index-command')).runIndex,
  'merge-driver': () => (require('./merge-driver') as typeof import('./merge-driver')).runMergeDriver,
  diff: () => (require('./diff') as typeof import('./diff')).runDiff,
  'init-git': () => (require('./init-git') as typeof import('./init-git')).runInitGit,
  mv: () => (require('./mv') as typeof import('./mv')).runMv,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (cmd === '--version' || cmd === '-V') {
    io.stdout.write(`${require('../../package.json').version}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
  if (!command) {
    io.stderr.write(`newsmark: unknown command '${cmd}'\n\n${USAGE}`);
    return 2;
  }
  return command()(rest, io);
}
