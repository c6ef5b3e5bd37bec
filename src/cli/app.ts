// `newsmark` command line: parses argv and dispatches to one file per command.
// run() never calls process.exit, so tests call it directly with fake streams.
import { CliIO } from './io';
import { runExtract } from './extract';
import { runEval } from './eval';
import { runAnnotate } from './annotate';
import { runCheck } from './check';
import { runExport } from './export';
import { runImport } from './import';
import { runAgree } from './agree';
import { runIndex } from './index-command';
import { runMergeDriver } from './merge-driver';
import { runDiff } from './diff';
import { runInitGit } from './init-git';
import { runMv } from './mv';

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

const COMMANDS: Record<string, (args: string[], io: CliIO) => Promise<number>> = {
  extract: runExtract,
  eval: runEval,
  annotate: runAnnotate,
  check: runCheck,
  export: runExport,
  import: runImport,
  agree: runAgree,
  index: runIndex,
  'merge-driver': runMergeDriver,
  diff: runDiff,
  'init-git': runInitGit,
  mv: runMv,
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
  const command = COMMANDS[cmd];
  if (!command) {
    io.stderr.write(`newsmark: unknown command '${cmd}'\n\n${USAGE}`);
    return 2;
  }
  return command(rest, io);
}
