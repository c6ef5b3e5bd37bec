// `newsmark extract`: entities and figures of a text as JSON, or of many texts as JSONL (streaming).
// Offsets are UTF-16 code units of the decoded text, end exclusive; a UTF-8 BOM is not part of the
// text (offset 0 is the first character after it), matching what VS Code shows.
import { CliIO } from './io';
import { InputError, OutputGuard, Utf8Error, decodeUtf8, openInput, readAll, readLines, writeOut } from './read-input';
import { UsageError, parseArgs } from './parse-args';
import { Engine, loadEngine } from '../core/engine';
import { isIsoDate } from '../core/refdate';
import { Entity, ExtractOptions, ExtractResult, Lang } from '../core/types';
import { quotesAndRoles } from '../core/quotes/relations';

export const EXTRACT_USAGE = `Usage: newsmark extract [FILE|-] [--lang auto|ru|en] [--ref-date YYYY-MM-DD] [--jsonl] [--quotes]

Prints the entities (PER, ORG, LOC) and figures (NUMBER, PERCENT, MONEY, DATE, ORDINAL, AGE) of a
UTF-8 text as one JSON object {"lang", "entities": [...]}. Reads FILE, or stdin when FILE is - or absent.

  --lang auto|ru|en        document language (default: auto-detect)
  --ref-date YYYY-MM-DD    date that relative dates resolve against (default: the article's dateline)
  --jsonl                  input is JSON Lines {"id", "text", "lang"?, "ref_date"?}; prints one
                           {"id", "lang", "entities"} line per input line, in order, as it goes.
                           A line's "lang"/"ref_date" override the flags. Bad lines are
                           reported on stderr by line number and skipped (exit 2).
  --quotes                 also quotes and roles: QUOTE spans (direct and reported speech, the words
                           without their marks) and ROLE spans ("министр внутренних дел России") after
                           the entities, and "relations": [{"type", "from", "to"}] between indices of
                           the entity list: speaker (QUOTE → PER/ORG), role (PER → ROLE), of (ROLE →
                           LOC/ORG). A quote whose speaker is uncertain has no speaker relation.

Each entity has start, end (UTF-16 code units, end exclusive; a leading BOM is not counted), type,
text (= input.slice(start, end)) and, where they apply, norm, entity (PER/ORG/LOC: a key such as
"per-3" shared by all mentions of one person, organization or place), value, unit, qualifier, from, to, currency.
Exit codes: 0 ok, 2 bad usage or bad input.
`;

const LANGS = ['auto', 'ru', 'en'];

/** Key order of printed entities, so output is byte-identical across runs and recognizers. */
const ENTITY_KEYS: readonly (keyof Entity)[] = ['start', 'end', 'type', 'text', 'norm', 'entity', 'value', 'unit', 'qualifier', 'from', 'to', 'currency'];

export function entityJson(e: Entity): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of ENTITY_KEYS) if (e[k] !== undefined) o[k] = e[k];
  return o;
}

function checkLang(v: unknown, where: string): Lang | 'auto' {
  if (typeof v === 'string' && LANGS.includes(v)) return v as Lang | 'auto';
  throw new UsageError(`${where} must be one of ${LANGS.join(', ')}, got ${JSON.stringify(v)}`);
}

function checkRefDate(v: unknown, where: string): string {
  if (typeof v === 'string' && isIsoDate(v)) return v;
  throw new UsageError(`${where} must be a date YYYY-MM-DD, got ${JSON.stringify(v)}`);
}

export async function runExtract(args: string[], io: CliIO): Promise<number> {
  let opts: ExtractOptions;
  let quotes: boolean;
  let file: string | undefined;
  let jsonl: boolean;
  try {
    const a = parseArgs(args, { values: ['lang', 'ref-date'], switches: ['jsonl', 'quotes'] });
    if (a.switches.has('help')) {
      io.stdout.write(EXTRACT_USAGE);
      return 0;
    }
    if (a.positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${a.positionals.length}`);
    file = a.positionals[0];
    jsonl = a.switches.has('jsonl');
    quotes = a.switches.has('quotes');
    opts = {};
    if (a.values.lang !== undefined) opts.lang = checkLang(a.values.lang, '--lang');
    if (a.values['ref-date'] !== undefined) opts.refDate = checkRefDate(a.values['ref-date'], '--ref-date');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`newsmark extract: ${e.message}\n\n${EXTRACT_USAGE}`);
    return 2;
  }
  if ((file === undefined || file === '-') && (io.stdin as { isTTY?: boolean }).isTTY) {
    // Waiting silently on a terminal looks like a hang; say what is expected instead.
    io.stderr.write(`newsmark extract: no input: give a FILE or pipe text into stdin\n\n${EXTRACT_USAGE}`);
    return 2;
  }
  const guard = new OutputGuard(io.stdout);
  try {
    const input = openInput(file, io);
    const engine = await loadEngine();
    const code = jsonl ? await extractJsonl(input, engine, opts, io, guard, quotes) : await extractPlain(input, engine, opts, io, quotes);
    if (guard.error) {
      io.stderr.write(`newsmark extract: cannot write the output: ${guard.error.message}\n`);
      return 2;
    }
    return code;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    io.stderr.write(`newsmark extract: ${file && file !== '-' ? `${file}: ` : ''}${e.message}\n`);
    return 2;
  } finally {
    guard.dispose();
  }
}

/** The printed result: entities, and with --quotes the QUOTE/ROLE spans after them and the relations. */
function resultJson(text: string, r: ExtractResult, quotes: boolean): Record<string, unknown> {
  const entities: unknown[] = r.entities.map(entityJson);
  if (!quotes) return { lang: r.lang, entities };
  const q = quotesAndRoles(text, r.entities, r.lang);
  return { lang: r.lang, entities: [...entities, ...q.spans], relations: q.relations };
}

async function extractPlain(input: NodeJS.ReadableStream, engine: Engine, opts: ExtractOptions, io: CliIO, quotes: boolean): Promise<number> {
  const bytes = await readAll(input);
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (e) {
    if (!(e instanceof Utf8Error)) throw e;
    const line = bytes.subarray(0, e.byteOffset).filter((b) => b === 0x0a).length + 1;
    throw new InputError(`${e.message} (line ${line}); convert the file to UTF-8 first`);
  }
  const r = engine.extract(text, opts);
  await writeOut(io.stdout, JSON.stringify(resultJson(text, r, quotes), null, 2) + '\n');
  return 0;
}

async function extractJsonl(
  input: NodeJS.ReadableStream,
  engine: Engine,
  opts: ExtractOptions,
  io: CliIO,
  guard: OutputGuard,
  quotes: boolean,
): Promise<number> {
  let bad = 0;
  for await (const { lineNo, bytes } of readLines(input)) {
    // The reader went away (a pipe into `head`): the rest would be written to nobody.
    if (guard.closed) break;
    let out: string;
    try {
      out = extractLine(decodeUtf8(bytes), engine, opts, quotes);
    } catch (e) {
      if (e instanceof SkipLine) continue;
      // A recognizer failing on one text must not lose the others: report it like a bad line.
      const what = e instanceof InputError || e instanceof UsageError ? '' : 'extraction failed: ';
      bad++;
      io.stderr.write(`newsmark extract: line ${lineNo}: ${what}${e instanceof Error ? e.message : String(e)}; line skipped\n`);
      continue;
    }
    await writeOut(io.stdout, out);
  }
  if (bad) io.stderr.write(`newsmark extract: ${bad} bad line${bad === 1 ? '' : 's'} skipped\n`);
  return bad ? 2 : 0;
}

class SkipLine extends Error {}

function extractLine(line: string, engine: Engine, defaults: ExtractOptions, quotes: boolean): string {
  // Blank lines (a trailing newline, a spacer) carry no record and are not errors.
  if (line.trim() === '') throw new SkipLine();
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    throw new InputError(`not JSON (${(e as Error).message})`);
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw new InputError('not a JSON object');
  const o = rec as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new InputError(`missing "text" (a string)${o.id !== undefined ? ` in id ${JSON.stringify(o.id)}` : ''}`);
  const opts: ExtractOptions = { ...defaults };
  if (o.lang !== undefined && o.lang !== null) opts.lang = checkLang(o.lang, '"lang"');
  if (o.ref_date !== undefined && o.ref_date !== null) opts.refDate = checkRefDate(o.ref_date, '"ref_date"');
  const r: ExtractResult = engine.extract(o.text, opts);
  return JSON.stringify({ id: o.id ?? null, ...resultJson(o.text, r, quotes) }) + '\n';
}
