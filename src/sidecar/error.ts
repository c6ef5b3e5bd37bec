// The one error type of the sidecar layer: says which file and line, so a CLI prints `path:line: reason`
// and an editor can put a diagnostic there. Thrown before anything is written.
export class SidecarError extends Error {
  /** Path of the sidecar file as given by the caller. */
  readonly file: string;
  /** 1-based line in the sidecar, when known. */
  readonly line?: number;
  /** The reason alone, without file and line. */
  readonly reason: string;

  constructor(file: string, reason: string, line?: number) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`);
    this.name = 'SidecarError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
