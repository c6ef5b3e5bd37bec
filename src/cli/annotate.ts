// `newsmark annotate FILE...|DIR`: runs the engine on each article and merges its suggestions into the
// article's sidecar, keeping every decision a person made (see src/sidecar/merge.ts for the rules).
// A sidecar that cannot be read safely is reported as `path:line: reason` and left untouched.
import { resolve } from 'node:path';
import { loadEngine, type Engine } from '../core/engine';
import type { ExtractOptions, Lang } from '../core/types';
import { detectLang } from '../core/lang';
import { withQuotes } from '../core/quotes/relations';
import { annotateFile, DEFAULT_SUFFIX, ioReason, SidecarError, StrayIndex, suffixProblem } from '../sidecar';
import { CliIO } from './io';
import { discoverOrReport } from './discover';
import { parseArgs, UsageError } from './parse-args';
import { EntityStep, lexiconStep } from './lexicon-step';
import { createExtractPool, parseJobs } from '../pool/pool';
import { forEachInOrder } from './in-order';

const USAGE = `Usage: newsmark annotate FILE...|DIR [--suffix .annotations.yaml] [--lang auto|ru|en] [--ref-date YYYY-MM-DD] [--no-learn] [--no-lexicon] [--no-quotes] [--jobs N]

Writes or updates FILE.annotations.yaml next to each article (.txt, .md, .news inside a folder).
Suggestions are refreshed; accepted, rejected and manual annotations, notes and comments are kept
exactly. The workspace lexicon (.newsmark/lexicon.yaml in the current folder) first learns from the
decisions in these articles' sidecars (--no-learn: not), then adjusts the suggestions: names a person
confirmed are suggested in every article, forms rejected as a type are not (--no-lexicon: ignore it).
A decision whose text is gone from the article is kept, marked orphan: true and listed;
an untouched suggestion whose text is gone is dropped and listed. Exit 1 if a sidecar could not be read.
--jobs N runs N engines in worker threads (default: one per core); output order does not depend on it.
Quotes (QUOTE), roles (ROLE) and their relations (speaker, role, of) are suggested too and written to
the sidecar's relations: list; --no-quotes leaves the quotes, roles and relations already there alone.
`;

export interface AnnotateOptions {
  files: string[];
  suffix: string;
  lang: Lang | 'auto';
  refDate?: string;
  learn: boolean;
  lexicon: boolean;
  /** Suggest quotes, roles and relations (src/core/quotes) too. */
  quotes: boolean;
  /** Engines in worker threads; 1 runs the engine in this thread. */
  jobs: number;
}

/** Parses annotate's arguments; a usage problem comes back as { error } instead of a throw. */
export function parseAnnotateArgs(args: readonly string[]): AnnotateOptions | { help: true } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs(args, { values: ['suffix', 'lang', 'ref-date', 'jobs'], switches: ['no-learn', 'no-lexicon', 'no-quotes'] });
  } catch (err) {
    if (err instanceof UsageError) return { error: err.message };
    throw err;
  }
  const { suffix = DEFAULT_SUFFIX, lang = 'auto', 'ref-date': refDate } = parsed.values;
  if (parsed.switches.has('help')) return { help: true };
  if (lang !== 'auto' && lang !== 'ru' && lang !== 'en') return { error: '--lang must be auto, ru or en' };
  if (refDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(refDate)) return { error: '--ref-date must be YYYY-MM-DD' };
  const jobs = parseJobs(parsed.values.jobs);
  if (typeof jobs !== 'number') return jobs;
  const suffixError = suffixProblem(suffix);
  if (suffixError) return { error: suffixError };
  if (!parsed.positionals.length) return { error: 'no FILE or DIR given' };
  return {
    files: parsed.positionals,
    suffix,
    lang,
    ...(refDate ? { refDate } : {}),
    learn: !parsed.switches.has('no-learn'),
    lexicon: !parsed.switches.has('no-lexicon'),
    quotes: !parsed.switches.has('no-quotes'),
    jobs,
  };
}

type Outcome = 'written' | 'updated' | 'unchanged' | 'failed';

const isTTY = (s: NodeJS.WritableStream) => !!(s as { isTTY?: boolean }).isTTY;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The engine is injectable so tests run the command with entities they construct. */
export interface AnnotateDeps {
  loadEngine(): Promise<Engine>;
}

export async function runAnnotate(args: string[], io: CliIO, deps?: AnnotateDeps): Promise<number> {
  const opts = parseAnnotateArgs(args);
  if ('help' in opts) {
    io.stdout.write(USAGE);
    return 0;
  }
  if ('error' in opts) {
    io.stderr.write(`newsmark annotate: ${opts.error}\n\n${USAGE}`);
    return 2;
  }
  const cwd = io.cwd ?? process.cwd();
  const found = await discoverOrReport('annotate', opts.files, opts.suffix, io);
  if (!found) return 2;
  for (const stray of found.strays) io.stderr.write(`${stray}:1: skipped: its article does not exist\n`);
  // Reported (exit 1 at the end); the articles that could be found are still annotated.
  for (const u of found.unreadable) io.stderr.write(`${u.path}: ${u.reason}\n`);

  let lexicon: EntityStep;
  try {
    lexicon = await lexiconStep(found.articles, cwd, opts.suffix, { learn: opts.learn, use: opts.lexicon }, io);
  } catch (err) {
    io.stderr.write(
      err instanceof SidecarError
        ? `${err.message}; nothing annotated (fix the lexicon or pass --no-lexicon)\n`
        : `newsmark annotate: ${(err as Error).message}\n`,
    );
    return 1;
  }
  const extractOpts: ExtractOptions = { lang: opts.lang, ...(opts.refDate ? { refDate: opts.refDate } : {}) };
  // Worker threads only when they can help (an injected engine lives in this thread). The engine is
  // loaded only now (dictionaries are read on first use), after the arguments check out.
  const pool = !deps && opts.jobs > 1 && found.articles.length > 1 ? createExtractPool(Math.min(opts.jobs, found.articles.length)) : undefined;
  const engine = pool ? undefined : await (deps ?? { loadEngine }).loadEngine();
  const extract = pool
    ? async (text: string) => (await pool.extract(text, extractOpts)).entities
    : async (text: string) => engine!.extract(text, extractOpts).entities;
  const counts: Record<Outcome, number> = { written: 0, updated: 0, unchanged: 0, failed: 0 };
  let suggested = 0;
  let decided = 0;
  let orphans = 0;
  const progress = isTTY(io.stderr);

  // Two articles per worker in flight: one extracting while this thread merges and writes the other.
  // With the engine on this thread (--jobs 1), two as well: one file's reads and writes wait on the
  // disk while the other is extracted (200 articles: 10.4–12.3 s → 7.9–8.3 s wall at load ~10).
  const inFlight = pool ? pool.size * 2 : 2;
  const strays = new StrayIndex(opts.suffix); // each folder's stray sidecars read once, not once per article
  try {
    await forEachInOrder(
      found.articles,
      inFlight,
      async (article) => {
        try {
          return {
            r: await annotateFile(resolve(cwd, article), {
              suffix: opts.suffix,
              shown: article,
              strays,
              extract: async (text) => {
                const entities = lexicon(await extract(text), text);
                // Quotes run on the final names (after the lexicon), so a speaker is a name the sidecar holds.
                return opts.quotes ? withQuotes(text, entities, opts.lang === 'auto' ? detectLang(text) : opts.lang) : entities;
              },
            }),
          };
        } catch (err) {
          return { err };
        }
      },
      ({ r, err }, article, n) => {
        let outcome: Outcome;
        let detail = '';
        if (r) {
          outcome = r.outcome;
          for (const m of r.messages) io.stderr.write(`${m}\n`);
          const s = r.annotations.filter((a) => a.status === 'suggested').length;
          const o = r.annotations.filter((a) => a.orphan).length;
          suggested += s;
          decided += r.annotations.length - s;
          orphans += o;
          detail = ` (${plural(r.annotations.length, 'annotation')}, ${s} suggested${o ? `, ${plural(o, 'orphan')}` : ''})`;
        } else {
          outcome = 'failed';
          const reason = (err as NodeJS.ErrnoException).code ? ioReason(err as NodeJS.ErrnoException) : (err as Error).message;
          io.stderr.write(err instanceof SidecarError ? `${err.message}\n` : `${article}: ${reason}\n`);
        }
        counts[outcome]++;
        if (progress) io.stderr.write(`[${n + 1}/${found.articles.length}] ${article}: ${outcome}${detail}\n`);
      },
    );
  } finally {
    await pool?.close();
  }

  const total = found.articles.length;
  io.stdout.write(
    `newsmark annotate: ${plural(total, 'article')}: ${counts.written} written, ${counts.updated} updated, ` +
      `${counts.unchanged} unchanged, ${counts.failed} failed; ${suggested} suggested, ${decided} decided by a person` +
      `${orphans ? `, ${plural(orphans, 'orphan')}` : ''}\n`,
  );
  return counts.failed || found.unreadable.length ? 1 : 0;
}
