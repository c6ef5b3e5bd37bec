// `newsmark agree A B`: how far two annotators agree on the same articles. A and B are two sidecars of
// one article, two folders of annotated articles, or (--rev R1 --rev R2) two git revisions of a folder.
// B is scored against A with the matcher `eval` uses, plus Cohen's kappa over tokens
// (src/core/eval/agreement.ts); every disagreement is listed as `article:line: …` so a person can go
// and look. Only what each annotator stood behind counts: accepted and manual annotations.
import { promises as fs } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { agreement, AgreementReport } from '../core/eval/agreement';
import { table } from '../core/eval/format';
import { decodeUtf8 } from '../core/utf8';
import { Annotation, articlePathFor, isSidecarPath, parseSidecar, readArticle, SidecarError, Status } from '../sidecar';
import { CliIO } from './io';
import { gitIn, lineAt } from './git';
import { parseArgs, UsageError } from './parse-args';
import { statusesOption, suffixOption } from './sidecar-options';

const USAGE = `Usage: newsmark agree A B [--types PER,ORG,...] [--status accepted,manual] [--json] [--fail-below F]
       newsmark agree --rev R1 --rev R2 [PATH...]

Scores annotator B against annotator A: per-type precision/recall/F1 (exact and overlap, one-to-one, as
'newsmark eval'), Cohen's kappa over word tokens, and each disagreement as ARTICLE:LINE: ….
A and B: two sidecars of one article, two folders (articles paired by relative path), or two git
revisions of the sidecars under PATH (default: the whole repository).
  --status LIST    which annotations count (default accepted,manual)
  --fail-below F   exit 1 when the micro exact F1 is below F (for CI); otherwise exit 0
`;

interface Pair {
  article: string;
  text: string;
  a: Annotation[];
  b: Annotation[];
}

const f3 = (x: number) => x.toFixed(3);
const quote = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 39)}…` : s);

async function fromFiles(a: string, b: string, suffix: string, cwd: string): Promise<Pair[]> {
  const article = articlePathFor(resolve(cwd, a), suffix)!;
  const text = await readArticle(article);
  const read = async (file: string) => parseSidecar(decodeUtf8(await fs.readFile(resolve(cwd, file))), text, file);
  const [sa, sb] = [await read(a), await read(b)];
  return [{ article: relative(cwd, article), text, a: sa.annotations, b: sb.annotations }];
}

async function sidecarsUnder(dir: string, suffix: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await fs.readdir(dir, { withFileTypes: true })).sort((x, y) => (x.name < y.name ? -1 : 1))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await sidecarsUnder(p, suffix)));
    else if (isSidecarPath(e.name, suffix)) out.push(p);
  }
  return out;
}

async function fromFolders(a: string, b: string, suffix: string, cwd: string, io: CliIO): Promise<Pair[]> {
  const [ra, rb] = [resolve(cwd, a), resolve(cwd, b)];
  const pairs: Pair[] = [];
  for (const sa of await sidecarsUnder(ra, suffix)) {
    const rel = relative(ra, sa);
    const sb = join(rb, rel);
    const article = articlePathFor(sa, suffix)!;
    const yamlB = await fs.readFile(sb).catch(() => undefined);
    if (!yamlB) {
      io.stderr.write(`${relative(cwd, sa)}: no ${relative(cwd, sb)} to compare with; skipped\n`);
      continue;
    }
    const text = await readArticle(article);
    pairs.push({
      article: relative(cwd, article),
      text,
      a: parseSidecar(decodeUtf8(await fs.readFile(sa)), text, relative(cwd, sa)).annotations,
      // B's sidecar is read against A's article: if B's copy of the article differs, its anchors re-anchor.
      b: parseSidecar(decodeUtf8(yamlB), text, relative(cwd, sb)).annotations,
    });
  }
  return pairs;
}

async function fromRevisions(r1: string, r2: string, paths: string[], suffix: string, cwd: string, io: CliIO): Promise<Pair[]> {
  const git = gitIn(cwd);
  const list = async (rev: string) =>
    new Set(
      decodeUtf8(await git('ls-tree', '-r', '-z', '--name-only', '--full-tree', rev, '--', ...paths.map((p) => slashRel(cwd, p))))
        .split('\0')
        .filter((p) => isSidecarPath(p, suffix)),
    );
  const [la, lb] = [await list(r1), await list(r2)];
  const pairs: Pair[] = [];
  for (const path of [...la].sort()) {
    if (!lb.has(path)) {
      io.stderr.write(`${path}: not in ${r2}; skipped\n`);
      continue;
    }
    const article = articlePathFor(path, suffix)!;
    const text = decodeUtf8(await git('show', `${r1}:${article}`)).replace(/^\uFEFF/, '');
    pairs.push({
      article,
      text,
      a: parseSidecar(decodeUtf8(await git('show', `${r1}:${path}`)), text, `${r1}:${path}`).annotations,
      b: parseSidecar(decodeUtf8(await git('show', `${r2}:${path}`)), text, `${r2}:${path}`).annotations,
    });
  }
  return pairs;
}

/** A path given on the command line as git names it (relative to the repository root, forward slashes). */
function slashRel(cwd: string, p: string): string {
  return relative(cwd, resolve(cwd, p)).split(sep).join('/') || '.';
}

export function formatAgreement(r: AgreementReport<Annotation>, pairs: readonly Pair[], names: [string, string]): string {
  const rows = [['type', 'A', 'B', 'exact P', 'R', 'F1', 'overlap P', 'R', 'F1']];
  const cells = (p: { precision: number; recall: number; f1: number }) => [f3(p.precision), f3(p.recall), f3(p.f1)];
  for (const t of r.types) rows.push([t.type, String(t.a), String(t.b), ...cells(t.exact), ...cells(t.overlap)]);
  if (r.types.length > 1) {
    rows.push([
      'micro',
      String(r.types.reduce((s, t) => s + t.a, 0)),
      String(r.types.reduce((s, t) => s + t.b, 0)),
      ...cells(r.micro.exact),
      ...cells(r.micro.overlap),
    ]);
  }
  let out = `B (${names[1]}) against A (${names[0]}): ${pairs.length} article(s)\n\n${table(rows)}`;
  out += `\nCohen's kappa over ${r.kappa.tokens} tokens: ${f3(r.kappa.value)} (observed agreement ${f3(r.kappa.observed)}, by chance ${f3(r.kappa.expected)})\n`;
  if (r.disagreements.length) {
    out += `\n${r.disagreements.length} disagreement(s):\n`;
    for (const d of r.disagreements) {
      const p = pairs[d.doc];
      const s = (d.a ?? d.b)!;
      const what =
        d.a && d.b
          ? `${quote(s.text)}: A ${d.a.type}, B ${d.b.type}`
          : d.a
            ? `${d.a.type} ${quote(d.a.text)} only in A`
            : `${d.b!.type} ${quote(d.b!.text)} only in B`;
      out += `${p.article}:${lineAt(p.text, s.start)}: ${what}\n`;
    }
  }
  return out;
}

export async function runAgree(args: string[], io: CliIO): Promise<number> {
  let opts: { types?: string[]; statuses: Status[]; json: boolean; failBelow?: number; revs: string[]; positionals: string[]; suffix: string };
  try {
    const a = parseArgs(args, { values: ['types', 'status', 'fail-below', 'rev', 'suffix'], switches: ['json'] });
    if (a.switches.has('help')) {
      io.stdout.write(USAGE);
      return 0;
    }
    // --rev is given twice: parseArgs keeps the last value, so read both from argv.
    const revs = args.flatMap((x, i) => (x === '--rev' ? [args[i + 1]] : x.startsWith('--rev=') ? [x.slice(6)] : []));
    const statuses = statusesOption(a.values.status ?? 'accepted,manual');
    let failBelow: number | undefined;
    if (a.values['fail-below'] !== undefined) {
      failBelow = Number(a.values['fail-below']);
      if (!(failBelow >= 0 && failBelow <= 1)) throw new UsageError('--fail-below takes a number from 0 to 1');
    }
    const suffix = suffixOption(a.values.suffix);
    if (revs.length && revs.length !== 2) throw new UsageError('give --rev twice: --rev R1 --rev R2');
    if (!revs.length && a.positionals.length !== 2) throw new UsageError('expected A and B (two sidecars or two folders), or --rev R1 --rev R2');
    const types = a.values.types
      ?.split(',')
      .map((t) => t.trim().toUpperCase())
      .filter(Boolean);
    opts = { types, statuses, json: a.switches.has('json'), failBelow, revs, positionals: a.positionals, suffix };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`newsmark agree: ${e.message}\n\n${USAGE}`);
    return 2;
  }

  const cwd = io.cwd ?? process.cwd();
  let pairs: Pair[];
  let names: [string, string];
  try {
    if (opts.revs.length) {
      pairs = await fromRevisions(opts.revs[0], opts.revs[1], opts.positionals, opts.suffix, cwd, io);
      names = [opts.revs[0], opts.revs[1]];
    } else {
      const [a, b] = opts.positionals;
      const isDir = async (p: string) => (await fs.stat(resolve(cwd, p))).isDirectory();
      pairs = (await isDir(a)) && (await isDir(b)) ? await fromFolders(a, b, opts.suffix, cwd, io) : await fromFiles(a, b, opts.suffix, cwd);
      names = [a, b];
    }
  } catch (err) {
    const msg = err instanceof SidecarError ? err.message : (err as Error & { stderr?: Buffer }).stderr?.toString().trim() || (err as Error).message;
    io.stderr.write(`newsmark agree: ${msg}\n`);
    return 2;
  }
  const counted = (list: Annotation[]) => list.filter((x) => !x.orphan && opts.statuses.includes(x.status));
  const report = agreement(
    pairs.map((p) => ({ text: p.text, a: counted(p.a), b: counted(p.b) })),
    opts.types,
  );
  if (opts.json) {
    const disagreements = report.disagreements.map((d) => ({
      article: pairs[d.doc].article,
      line: lineAt(pairs[d.doc].text, (d.a ?? d.b)!.start),
      ...(d.a ? { a: { type: d.a.type, start: d.a.start, end: d.a.end, text: d.a.text } } : {}),
      ...(d.b ? { b: { type: d.b.type, start: d.b.start, end: d.b.end, text: d.b.text } } : {}),
    }));
    io.stdout.write(
      JSON.stringify(
        { a: names[0], b: names[1], articles: pairs.length, types: report.types, micro: report.micro, kappa: report.kappa, disagreements },
        null,
        2,
      ) + '\n',
    );
  } else io.stdout.write(formatAgreement(report, pairs, names));
  if (opts.failBelow !== undefined && report.micro.exact.f1 < opts.failBelow) {
    io.stderr.write(`newsmark agree: micro exact F1 ${f3(report.micro.exact.f1)} is below ${opts.failBelow}\n`);
    return 1;
  }
  return 0;
}
