// `newsmark annotate` — placeholder until its issue lands; owned by the helper implementing it.
import { CliIO } from './io';

export async function runAnnotate(_args: string[], io: CliIO): Promise<number> {
  io.stderr.write('newsmark annotate: not implemented yet\n');
  return 2;
}
