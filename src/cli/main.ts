// Entry of the `newsmark` binary: only wires process I/O to run(); all logic lives in app.ts.
import { run } from './app';

// `newsmark check . | head` closes the pipe early: that is the reader's choice, not a crash. The
// command still runs to its end, so its summary on stderr and its exit code stay what they would be.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
});

run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`newsmark: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
