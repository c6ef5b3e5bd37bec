// Entry of the `newsmark` binary: only wires process I/O to run(); all logic lives in app.ts.
import { run } from './app';

run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`newsmark: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 2; },
);
