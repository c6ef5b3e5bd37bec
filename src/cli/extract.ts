// `newsmark extract` — placeholder until its issue lands; owned by the helper implementing it.
import { CliIO } from './io';

export async function runExtract(_args: string[], io: CliIO): Promise<number> {
  io.stderr.write('newsmark extract: not implemented yet\n');
  return 2;
}
