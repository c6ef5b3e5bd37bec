// `newsmark check` — placeholder until its issue lands; owned by the helper implementing it.
import { CliIO } from './io';

export async function runCheck(_args: string[], io: CliIO): Promise<number> {
  io.stderr.write('newsmark check: not implemented yet\n');
  return 2;
}
