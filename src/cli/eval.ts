// `newsmark eval` — placeholder until its issue lands; owned by the helper implementing it.
import { CliIO } from './io';

export async function runEval(_args: string[], io: CliIO): Promise<number> {
  io.stderr.write('newsmark eval: not implemented yet\n');
  return 2;
}
