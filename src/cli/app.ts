// `newsmark` command line: parses argv and dispatches to one file per command.
// run() never calls process.exit, so tests call it directly with fake streams.
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `Usage: newsmark <command> [options]

Commands:
  extract [FILE|-] [--lang auto|ru|en] [--ref-date YYYY-MM-DD] [--jsonl]
  eval GOLD.jsonl [--pred PRED.jsonl] [--types PER,ORG,LOC]
  annotate FILE...|DIR
  check FILE...|DIR
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [cmd] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  io.stderr.write(`newsmark: unknown command '${cmd}'\n${USAGE}`);
  return 2;
}
