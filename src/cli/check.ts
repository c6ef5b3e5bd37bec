// `newsmark check FILE...|DIR`: for pre-commit hooks and CI. Verifies that each sidecar still matches its
// article without writing anything: readable, current schema, same article, hash up to date, every
// annotation at its offsets, no orphans. Problems print as `path:line: message`; exit 1 if any.
import { randomUUID } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import {
  articleNameOf,
  articlePathFor,
  readSidecarFile,
  StrayIndex,
  strayFor,
  DEFAULT_SUFFIX,
  ioReason,
  parseSidecar,
  readArticle,
  Sidecar,
  SidecarError,
  sidecarPathFor,
  suffixProblem,
  SCHEMA_VERSION,
} from '../sidecar';
import { parseArgs, UsageError } from './parse-args';
import { unresolvedConflicts } from '../sidecar/merge3';
import { looseEndMessage, looseEnds } from '../sidecar/relations';
import { CliIO } from './io';
import { InputError } from '../core/utf8';
import { discoverOrReport } from './discover';
import { createExtractPool, parseJobs } from '../pool/pool';
import { forEachInOrder } from './in-order';

const USAGE = `Usage: newsmark check FILE...|DIR [--suffix .annotations.yaml] [--jobs N]

Exits 1 and prints path:line: message when a sidecar does not match its article (article changed
since the sidecar was written, annotations moved or lost, invalid or conflicted YAML); 0 otherwise.
Articles without a sidecar are not checked. Run 'newsmark annotate' to bring sidecars up to date.
--jobs N checks in N worker threads (default: one per core); output order does not depend on it.
`;

const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** Runs of at least this many anchors moved by the same amount are reported as one problem. */
const MIN_RUN = 3;

/**
 * The problems of one parsed sidecar, as `line: message` pairs in line order. Text inserted near the
 * top of an article moves every later anchor by the same amount: such a run is one problem (the
 * first anchor, then how many follow it), not one line per annotation.
 */
export function sidecarProblems(sc: Sidecar, articleName: string): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = [];
  if (sc.stale) {
    out.push({ line: sc.hashLine, message: `stale: ${articleName} changed since this sidecar was written (hash differs); run 'newsmark annotate'` });
  }
  const all = new Map([...sc.annotations, ...sc.orphans].map((a) => [a.id, a]));
  const moved: { line: number; message: string; delta: number }[] = [];
  for (const m of sc.moves) {
    const a = all.get(m.id)!;
    const line = sc.lines.get(m.id) ?? 1;
    const what = `${a.type} ${quote(m.from.text)} (${a.status})`;
    if (m.how === 'orphan' || !m.to) continue; // listed below with the other orphans
    if (m.how === 'fuzzy') out.push({ line, message: `stale anchor: ${what} now reads ${quote(m.to.text)} at ${m.to.start}-${m.to.end}` });
    // Version 2 stores no offsets: what is stale is the context the entry was written with.
    else if (sc.version >= 2) out.push({ line, message: `stale anchor: ${what} found at ${m.to.start}-${m.to.end}, its context changed` });
    else
      moved.push({
        line,
        message: `stale anchor: ${what} moved from ${m.from.start}-${m.from.end} to ${m.to.start}-${m.to.end}`,
        delta: m.to.start - m.from.start,
      });
  }
  moved.sort((x, y) => x.line - y.line);
  for (let i = 0; i < moved.length;) {
    let j = i + 1;
    while (j < moved.length && moved[j].delta === moved[i].delta) j++;
    const rest = j - i - 1;
    if (rest + 1 >= MIN_RUN) {
      const by = `${moved[i].delta > 0 ? '+' : ''}${moved[i].delta}`;
      out.push({ line: moved[i].line, message: `${moved[i].message}, and the ${rest} annotations after it (to line ${moved[j - 1].line}) moved by ${by} too` });
    } else {
      for (let k = i; k < j; k++) out.push({ line: moved[k].line, message: moved[k].message });
    }
    i = j;
  }
  for (const a of sc.orphans) {
    out.push({ line: sc.lines.get(a.id) ?? 1, message: `orphan: ${a.type} ${quote(a.text)} (${a.status}) not found in ${articleName}` });
  }
  // A relation is kept when an end is lost (it may hold a person's decision): a person re-links or removes it.
  for (const l of looseEnds(sc.relations, sc.annotations, sc.orphans)) out.push({ line: sc.lines.get(l.relation.id) ?? 1, message: looseEndMessage(l) });
  // Left by the merge driver: decided differently on two branches; a person picks one.
  for (const c of unresolvedConflicts(sc)) {
    out.push({
      line: c.line,
      message: `unresolved merge conflict on ${c.id}: decided differently on two branches (ours in the entry, theirs under conflict:); keep one and delete conflict:`,
    });
  }
  return out.sort((x, y) => x.line - y.line);
}

/** One article to check (its path as given, relative to cwd): what a pool worker is sent. */
export interface CheckTask {
  article: string;
  cwd: string;
  suffix: string;
  /** Which `check` run the task belongs to: the run's articles share one index of stray sidecars. */
  run: string;
}

/** The stray-sidecar index of the latest run this thread (or worker) checked for. */
let runStrays: { run: string; index: StrayIndex } | undefined;
function straysOf(task: CheckTask): StrayIndex {
  if (runStrays?.run !== task.run) runStrays = { run: task.run, index: new StrayIndex(task.suffix) };
  return runStrays.index;
}

/** What checking one article found: its stdout lines, in order, and its share of the summary. */
export interface CheckedArticle {
  lines: string[];
  checked: number;
  bad: number;
  problems: number;
  annotations: number;
  old: number;
}

/**
 * Checks one article against its sidecar (none: only whether a sidecar of it was left behind by a
 * rename). Pure but for reading the two files, so it runs the same in this thread or in a worker
 * (pool.ts); an unexpected error rejects, as it did in the loop.
 */
export async function checkArticle(task: CheckTask): Promise<CheckedArticle> {
  const { article, cwd, suffix } = task;
  const r: CheckedArticle = { lines: [], checked: 0, bad: 0, problems: 0, annotations: 0, old: 0 };
  const report = (file: string, line: number | undefined, message: string) => {
    r.lines.push(`${file}${line === undefined ? '' : `:${line}`}: ${message}\n`);
    r.problems++;
  };
  const shown = sidecarPathFor(article, suffix);
  let yamlText: string | undefined;
  try {
    yamlText = (await readSidecarFile(sidecarPathFor(resolve(cwd, article), suffix), shown))?.text;
  } catch (err) {
    if (!(err instanceof SidecarError)) throw err;
    r.checked++;
    report(err.file, err.line, err.reason);
    r.bad++;
    return r;
  }
  if (yamlText === undefined) {
    // Not annotated yet: nothing to check — unless its sidecar was left behind by a rename.
    const abs = resolve(cwd, article);
    const stray = await readArticle(abs).then(
      (text) => strayFor(abs, text, suffix, straysOf(task)),
      () => undefined,
    );
    if (stray) {
      const gone = articlePathFor(join(dirname(article), basename(stray)), suffix)!;
      report(
        sidecarPathFor(gone, suffix),
        1,
        `looks like the sidecar of ${articleNameOf(article)} (same article hash; ${articleNameOf(gone)} is gone): run 'newsmark mv ${gone} ${article}'`,
      );
      r.bad++;
    }
    return r;
  }
  r.checked++;
  try {
    const text = await readArticle(resolve(cwd, article));
    const sc = parseSidecar(yamlText, text, shown, articleNameOf(article));
    r.annotations += sc.annotations.length + sc.orphans.length;
    // An old schema is not a mismatch: said once per file, not counted as a problem.
    if (sc.version < SCHEMA_VERSION) {
      r.lines.push(
        `${shown}:${sc.versionLine}: note: version ${sc.version} sidecar; 'newsmark annotate' upgrades it to version ${SCHEMA_VERSION} (anchored by quote and context, no offsets) and keeps every decision\n`,
      );
      r.old++;
    }
    const list = sidecarProblems(sc, articleNameOf(article));
    for (const p of list) report(shown, p.line, p.message);
    if (list.length) r.bad++;
  } catch (err) {
    if (err instanceof InputError || (err as NodeJS.ErrnoException).code) {
      // An article that is binary, not UTF-8, oversized or unreadable cannot match any sidecar.
      report(article, err instanceof InputError ? 1 : undefined, err instanceof InputError ? err.message : ioReason(err as NodeJS.ErrnoException));
      r.bad++;
      return r;
    }
    if (!(err instanceof SidecarError)) throw err;
    report(err.file, err.line ?? 1, err.reason);
    r.bad++;
  }
  return r;
}

export async function runCheck(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, { values: ['suffix', 'jobs'] });
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`newsmark check: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.switches.has('help')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const opts = { files: parsed.positionals, suffix: parsed.values.suffix ?? DEFAULT_SUFFIX };
  const jobs = parseJobs(parsed.values.jobs);
  const usage = suffixProblem(opts.suffix) ?? (typeof jobs !== 'number' ? jobs.error : undefined) ?? (opts.files.length ? undefined : 'no FILE or DIR given');
  if (usage || typeof jobs !== 'number') {
    io.stderr.write(`newsmark check: ${usage}\n\n${USAGE}`);
    return 2;
  }
  const cwd = io.cwd ?? process.cwd();
  const found = await discoverOrReport('check', opts.files, opts.suffix, io);
  if (!found) return 2;

  let checked = 0;
  let bad = 0;
  let problems = 0;
  let annotations = 0;
  let old = 0;
  // Without a line (a file that cannot be read at all): `path: reason`.
  const report = (file: string, line: number | undefined, message: string) => {
    io.stdout.write(`${file}${line === undefined ? '' : `:${line}`}: ${message}\n`);
    problems++;
  };
  for (const u of found.unreadable) {
    report(u.path, undefined, u.reason);
    bad++;
  }
  for (const stray of found.strays) {
    report(stray, 1, `article ${articleNameOf(stray.slice(0, -opts.suffix.length))} not found`);
    bad++;
  }

  // Worker threads only when there is more than one article to share out; either way the lines
  // come out in the order of found.articles, so the output does not depend on --jobs.
  const pool = jobs > 1 && found.articles.length > 1 ? createExtractPool(Math.min(jobs, found.articles.length)) : undefined;
  const check = pool ? (task: CheckTask) => pool.check(task) : checkArticle;
  const run = randomUUID();
  try {
    await forEachInOrder(
      found.articles,
      pool ? pool.size * 2 : 1,
      (article) => check({ article, cwd, suffix: opts.suffix, run }),
      (r) => {
        for (const line of r.lines) io.stdout.write(line);
        checked += r.checked;
        bad += r.bad;
        problems += r.problems;
        annotations += r.annotations;
        old += r.old;
      },
    );
  } finally {
    await pool?.close();
  }

  if (bad) {
    io.stderr.write(
      `newsmark check: ${bad} of ${checked + found.strays.length + found.unreadable.length} sidecars need attention (${problems} problem${problems === 1 ? '' : 's'})\n`,
    );
    return 1;
  }
  io.stdout.write(
    `newsmark check: ${checked} sidecar${checked === 1 ? '' : 's'} OK (${annotations} annotations, ${found.articles.length - checked} articles without sidecar${old ? `, ${old} still version 1` : ''})\n`,
  );
  return 0;
}
