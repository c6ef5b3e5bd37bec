// The streams a command talks to; tests pass in-memory streams instead of the process's.
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Current directory for relative paths; defaults to process.cwd(). */
  cwd?: string;
}
