// Shared by `annotate` and `check`: expands FILE...|DIR into articles and their sidecars, reporting
// an unusable argument as a usage error of the command that was run.
import { discoverArticles, Discovered } from '../sidecar';
import { CliIO } from './io';

export async function discoverOrReport(command: string, files: readonly string[], suffix: string, io: CliIO): Promise<Discovered | undefined> {
  try {
    return await discoverArticles(files, io.cwd ?? process.cwd(), suffix);
  } catch (err) {
    io.stderr.write(`newsmark ${command}: ${(err as Error).message}\n`);
    return undefined;
  }
}
