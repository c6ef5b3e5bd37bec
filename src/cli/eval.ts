// `newsmark eval`: scores predictions (a PRED file, or the engine run on the gold texts) against a
// gold file in the span or pair format of ../shared/eval/README.md. Gold comes from users, so every
// problem in it is reported with its line number and the line is left out; the rest is still scored.
import * as path from 'path';
import { CliIO } from './io';
import { InputError, OutputGuard, decodeUtf8, openInput, readLines } from './read-input';
import { UsageError, parseArgs } from './parse-args';
import { Engine, loadEngine } from '../core/engine';
import { Parsed, PredEntity, parseGoldLine, parsePredLine } from '../core/eval/gold';
import { mapGoldType } from '../core/eval/type-map';
import { Scorer } from '../core/eval/score';
import { formatReport } from '../core/eval/format';
import { Half, halfOf } from '../core/eval/split';

export const EVAL_USAGE = `Usage: newsmark eval GOLD.jsonl [--pred PRED.jsonl] [--types PER,ORG,LOC] [--errors N] [--half tuning|check] [--json]

Scores entities and figures against gold annotations (JSON Lines):
  span lines  {"id", "text", "entities": [{"start", "end", "type", "optional"?, "core_span"?, "value"?}]}
  pair lines  {"id", "text", "kind": number|ordinal|money|date|percent, "value", "ref_time"?}
Prints per-type precision/recall/F1 for exact and overlap matching (optional mentions neither count
nor cost; a core_span mention is matched by a span covering the core and inside the mention), and
value accuracy where the gold gives values.

  --pred PRED.jsonl   predictions as printed by 'newsmark extract --jsonl' (matched by "id");
                      without it the engine runs on the gold texts (with their "lang" and ref_time)
  --types A,B,...     types to score (default: the newsmark types the gold file uses); source names
                      such as CITY, COUNTRY, PERSON, ORGANIZATION count as LOC, PER, ORG
  --half tuning|check score only that half of GOLD (split by a hash of each item's text, see
                      src/core/eval/split.ts): read errors on tuning, report both
  --errors N          also list the first N missed and N spurious mentions per type (exact matching)
  --json              print the report as JSON
Exit codes: 0 ok, 2 bad usage, or lines of GOLD/PRED that could not be read (reported on stderr).
`;

export async function runEval(args: string[], io: CliIO): Promise<number> {
  let goldFile: string;
  let predFile: string | undefined;
  let types: string[] | undefined;
  let json: boolean;
  let errors = 0;
  let half: Half | undefined;
  try {
    const a = parseArgs(args, { values: ['pred', 'types', 'errors', 'half'], switches: ['json'] });
    if (a.switches.has('help')) {
      io.stdout.write(EVAL_USAGE);
      return 0;
    }
    if (a.positionals.length !== 1) throw new UsageError(a.positionals.length ? 'expected one GOLD file' : 'missing GOLD file');
    goldFile = a.positionals[0];
    predFile = a.values.pred;
    json = a.switches.has('json');
    if (a.values.errors !== undefined) {
      if (!/^\d+$/.test(a.values.errors)) throw new UsageError(`--errors needs a count, got '${a.values.errors}'`);
      errors = Number(a.values.errors);
    }
    if (a.values.half !== undefined) {
      if (a.values.half !== 'tuning' && a.values.half !== 'check') throw new UsageError(`--half must be tuning or check, got '${a.values.half}'`);
      half = a.values.half;
    }
    if (a.values.types !== undefined) {
      types = [
        ...new Set(
          a.values.types
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean)
            .map((t) => mapGoldType(t.toUpperCase())),
        ),
      ];
      if (!types.length) throw new UsageError('--types needs at least one type, e.g. --types PER,ORG,LOC');
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`newsmark eval: ${e.message}\n\n${EVAL_USAGE}`);
    return 2;
  }

  let bad = 0;
  const complain = (file: string, lineNo: number, msg: string) => {
    bad++;
    io.stderr.write(`newsmark eval: ${file}:${lineNo}: ${msg}; line skipped\n`);
  };
  try {
    const preds = predFile === undefined ? undefined : await readPreds(predFile, io, complain);
    const engine: Engine | undefined = preds ? undefined : await loadEngine();
    const scorer = new Scorer(types, { errors });
    const missing: string[] = [];
    let items = 0;
    for await (const { ok: item } of parsedLines(goldFile, io, complain, parseGoldLine)) {
      if (half && halfOf(item.text) !== half) continue;
      items++;
      let pred: PredEntity[];
      if (preds) {
        const p = preds.get(item.id);
        if (!p) missing.push(item.id);
        pred = p ?? [];
      } else {
        pred = engine!.extract(item.text, { lang: item.lang ?? 'auto', refDate: item.refDate }).entities;
      }
      if (item.kind === 'span') scorer.addSpanDoc(item, pred);
      else scorer.addPair(item, pred);
    }
    if (missing.length) {
      io.stderr.write(
        `newsmark eval: ${missing.length} gold id(s) have no line in ${predFile} and count as predicting nothing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}\n`,
      );
    }
    if (!items) {
      io.stderr.write(`newsmark eval: ${goldFile}: no gold lines to score\n`);
      return 2;
    }
    const report = scorer.report();
    // Catches EPIPE when the table is piped into a reader that exits early (`| head`).
    new OutputGuard(io.stdout);
    io.stdout.write(
      json
        ? JSON.stringify({ gold: goldFile, pred: predFile ?? null, half: half ?? null, ...report }, null, 2) + '\n'
        : formatReport(report, path.basename(goldFile), predFile ? path.basename(predFile) : undefined),
    );
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.stderr.write(`newsmark eval: ${e.message}\n`);
    return 2;
  }
  return bad ? 2 : 0;
}

async function readPreds(file: string, io: CliIO, complain: (file: string, lineNo: number, msg: string) => void): Promise<Map<string, PredEntity[]>> {
  const preds = new Map<string, PredEntity[]>();
  const firstLine = new Map<string, number>();
  for await (const { lineNo, ok } of parsedLines(file, io, complain, parsePredLine)) {
    const { id, entities } = ok;
    if (preds.has(id)) {
      complain(file, lineNo, `id ${JSON.stringify(id)} already given on line ${firstLine.get(id)}`);
      continue;
    }
    preds.set(id, entities);
    firstLine.set(id, lineNo);
  }
  return preds;
}

/** The lines of a JSON Lines file that decode and parse; every other non-blank line is reported (with its number) and skipped. */
async function* parsedLines<T>(
  file: string,
  io: CliIO,
  complain: (file: string, lineNo: number, msg: string) => void,
  parse: (line: string, lineNo: number) => Parsed<T>,
): AsyncGenerator<{ lineNo: number; ok: T }> {
  for await (const { lineNo, bytes } of readLines(openInput(file, io))) {
    let line: string;
    try {
      line = decodeUtf8(bytes);
    } catch (e) {
      complain(file, lineNo, (e as Error).message);
      continue;
    }
    if (line.trim() === '') continue;
    const parsed = parse(line, lineNo);
    if ('error' in parsed) complain(file, lineNo, parsed.error);
    else yield { lineNo, ok: parsed.ok };
  }
}
