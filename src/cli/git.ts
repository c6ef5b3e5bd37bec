// Running git for the commands that read revisions (diff, agree): one way to call it, with output as
// bytes (file contents are decoded strictly by the caller) and room for large trees.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** A function that runs `git ARGS...` in `cwd` and resolves to its stdout as bytes; rejects with git's error. */
export function gitIn(cwd: string): (...args: string[]) => Promise<Buffer> {
  return async (...args) => (await exec('git', args, { cwd, maxBuffer: 1 << 30, encoding: 'buffer' })).stdout as Buffer;
}

/** The 1-based line of a UTF-16 offset in a text (for `article:line:` messages). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
