// Scores the engine's figures on the development data in ../shared/eval with the scorer of
// `newsmark eval` (src/core/eval), file by file, on the tuning half, the check half and the whole file:
//   npx tsx scripts/score-figures.ts [--eval DIR] [--only FILE-PREFIX] [--errors N]
// * duckling_ru_pairs (number, ordinal, money): value accuracy of the figure covering the phrase.
// * recognizers_en_{number,percent,currency}: span F1 and value accuracy of the file's own type.
// * nerel_dev: exact and overlap precision/recall/F1 for DATE, NUMBER, MONEY, PERCENT, ORDINAL.
// Predictions come from the whole engine (what ships), each item read with its own "lang" and
// ref_time. --errors N lists the first N errors per type, of the tuning half only.
import * as path from 'path';
import { loadEngine } from '../src/core/engine';
import { scoreByHalf } from '../src/core/eval/halves';
import { formatHalves } from '../src/core/eval/format';
import { EVAL_DIR, readGold } from './ner-data';

const FIGURE_FILES: Array<[string, string[]]> = [
  ['duckling_ru_pairs.jsonl', ['NUMBER', 'ORDINAL', 'MONEY']],
  ['recognizers_en_number.jsonl', ['NUMBER']],
  ['recognizers_en_percent.jsonl', ['PERCENT']],
  ['recognizers_en_currency.jsonl', ['MONEY']],
  ['nerel_dev.jsonl', ['DATE', 'NUMBER', 'MONEY', 'PERCENT', 'ORDINAL']],
];

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = option(args, '--eval') ?? EVAL_DIR;
  const only = option(args, '--only');
  const errors = Number(option(args, '--errors') ?? 0);
  const engine = await loadEngine();
  for (const [file, types] of FIGURE_FILES) {
    if (only && !file.startsWith(only)) continue;
    const scored = readGold(path.join(dir, file)).map((item) => ({
      item,
      pred: engine.extract(item.text, { lang: item.lang ?? 'auto', refDate: item.refDate }).entities,
    }));
    process.stdout.write(formatHalves(scoreByHalf(scored, types, { errors }), file) + '\n');
  }
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exitCode = 1;
});
