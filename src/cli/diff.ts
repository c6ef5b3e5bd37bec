// `newsmark diff [REV1 [REV2]] [PATH...]`: what people decided between two git revisions (default: HEAD
// against the working tree), per article: annotations added, removed, decided, relabelled, noted,
// re-anchored, orphaned, changed — one line each as `article:line: …`, or --markdown (a summary a bot can
// post on a pull request), or --json. `--textconv SIDECAR` is the git diff driver `init-git` registers:
// it prints one line per annotation without offsets, hash or context, so `git diff` and `git log -p`
// show decisions. Text from files is quoted (JSON escapes) and, in Markdown, set as code: never a link.
import { promises as fs } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { decodeUtf8 } from '../core/utf8';
import {
  Annotation,
  AnnotatedText,
  annotationChanges,
  articlePathFor,
  Change,
  CHANGE_KINDS,
  DEFAULT_SUFFIX,
  isSidecarPath,
  parseSidecar,
  SidecarError,
  suffixProblem,
} from '../sidecar';
import type { Relation } from '../sidecar/relations';
import { CliIO } from './io';
import { gitIn, lineAt } from './git';
import { parseArgs, UsageError } from './parse-args';

const USAGE = `Usage: newsmark diff [REV1 [REV2]] [--] [PATH...] [--markdown | --json] [--suffix .annotations.yaml]
       newsmark diff --textconv SIDECAR

Lists, per article, the annotations added, removed, decided (suggested → accepted/rejected), relabelled,
noted, re-anchored (quote or surrounding text changed), orphaned and otherwise changed between two git
revisions: REV1 and REV2, REV1 and the working tree, or (default) HEAD and the working tree. PATH limits
it to files or folders. One line per change as article:line: (the line in the article).
  --markdown   a summary table and details, for a pull-request comment
  --json       the same, for tools
  --textconv   print one sidecar as git should diff it (no offsets, hashes or context); registered by
               'newsmark init-git' as diff.newsmark.textconv
`;

/** One revision's view: a git revision, or the working tree. */
type Side = { rev: string } | { worktree: true };
const sideName = (s: Side) => ('rev' in s ? s.rev : 'working tree');

interface ArticleChanges {
  article: string;
  sidecar: string;
  changes: (Change & { line: number })[];
}

/** Control characters in a path are shown escaped, never raw (a terminal would act on them). */
const showPath = (p: string) => (/[\x00-\x1f\x7f-\x9f]/.test(p) ? JSON.stringify(p) : p);
const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** `speaker QUOTE "…" → PER "…"`: a relation by the texts of its ends (their ids when an end is gone). */
function relationWhat(rel: NonNullable<Change['relation']>): string {
  const end = (a: Annotation | undefined, id: string) => (a ? `${a.type} ${quote(a.text)}` : id);
  return `${rel.relation.type} ${end(rel.from, rel.relation.from)} → ${end(rel.to, rel.relation.to)}`;
}

function describe(c: Change): string {
  if (c.relation) {
    const what = relationWhat(c.relation);
    const status = c.relation.relation.status;
    switch (c.kind) {
      case 'added':
        return `added relation ${what} (${status})`;
      case 'removed':
        return `removed relation ${what} (${status})`;
      case 'decided':
        return `decided relation ${what}: ${c.from} → ${c.to}`;
      case 'noted':
        return c.to ? `noted relation ${what}: ${quote(c.to)}` : `note removed from relation ${what}`;
      default:
        return `changed relation ${what} (${status}): ${c.from} → ${c.to}`;
    }
  }
  const a = c.annotation;
  const what = `${a.type} ${quote(a.text)}`;
  switch (c.kind) {
    case 'added':
      return `added ${what} (${a.status})`;
    case 'removed':
      return `removed ${what} (${a.status})`;
    case 'decided':
      return `decided ${what}: ${c.from} → ${c.to}`;
    case 'relabelled':
      return `relabelled ${quote(a.text)}: ${c.from} → ${c.to} (${a.status})`;
    case 'noted':
      return c.to ? `noted ${what}: ${quote(c.to)}` : `note removed from ${what}`;
    case 're-anchored':
      return `re-anchored ${what} (${a.status}): ${quote(c.from!)} → ${quote(c.to!)}`;
    case 'orphaned':
      return `orphaned ${what} (${a.status}): its text is gone from the article`;
    case 'changed':
      return `changed ${what} (${a.status}): ${c.from || '—'} → ${c.to || '—'}`;
  }
}

/** A Markdown code span that no backtick in `s` can close early (and so no link can form). */
function code(s: string): string {
  const flat = s.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${/^`|`$/.test(flat) ? ` ${flat} ` : flat}${fence}`;
}

export function formatText(list: readonly ArticleChanges[]): string {
  return list.flatMap((f) => f.changes.map((c) => `${showPath(f.article)}:${c.line}: ${describe(c)}\n`)).join('');
}

export function formatMarkdown(list: readonly ArticleChanges[], from: string, to: string): string {
  const shown: readonly string[] = CHANGE_KINDS;
  let out = `### newsmark: annotation changes (${code(from)} → ${code(to)})\n\n`;
  if (!list.length) return `${out}No annotation changed.\n`;
  out += `| article | ${shown.join(' | ')} |\n|---|${shown.map(() => '---:').join('|')}|\n`;
  for (const f of list) out += `| ${code(f.article)} | ${shown.map((k) => f.changes.filter((c) => c.kind === k).length || '').join(' | ')} |\n`;
  for (const f of list) {
    out += `\n<details><summary>${code(f.article)}: ${f.changes.length} change${f.changes.length === 1 ? '' : 's'}</summary>\n\n`;
    for (const c of f.changes) out += `- line ${c.line}: **${c.kind}** ${code(describe(c))}\n`;
    out += '\n</details>\n';
  }
  return out;
}

export function formatJson(list: readonly ArticleChanges[], from: string, to: string): string {
  const articles = list.map((f) => ({
    article: f.article,
    sidecar: f.sidecar,
    changes: f.changes.map((c) => ({
      kind: c.kind,
      line: c.line,
      ...(c.relation
        ? {
            relation: c.relation.relation.id,
            type: c.relation.relation.type,
            status: c.relation.relation.status,
            from_id: c.relation.relation.from,
            to_id: c.relation.relation.to,
          }
        : { id: c.annotation.id, type: c.annotation.type, status: c.annotation.status, text: c.annotation.text }),
      ...(c.from !== undefined ? { from: c.from } : {}),
      ...(c.to !== undefined ? { to: c.to } : {}),
    })),
  }));
  return `${JSON.stringify({ from, to, articles }, null, 2)}\n`;
}

/** One sidecar as git should diff it: one line per annotation in file order, without derived values. */
export function textconv(yamlText: string, file: string): string {
  let sc;
  try {
    // No article text: every entry is read but none is anchored; the file's own orphan flags are the
    // entries that did not become orphans just now.
    sc = parseSidecar(yamlText, '', file);
  } catch (err) {
    if (!(err instanceof SidecarError)) throw err;
    return yamlText; // unreadable (a conflict, broken YAML): git shows it as it is
  }
  const newlyOrphaned = new Set(sc.moves.map((m) => m.id));
  const line = (a: Annotation) => {
    const extras = (['norm', 'value', 'unit', 'qualifier', 'currency', 'from', 'to'] as const)
      .filter((k) => a[k] !== undefined)
      .map((k) => `${k}=${JSON.stringify(a[k])}`);
    return [
      a.type,
      a.status.padEnd(9),
      JSON.stringify(a.text),
      ...extras,
      ...(a.note !== undefined ? [`note=${JSON.stringify(a.note)}`] : []),
      ...(newlyOrphaned.has(a.id) ? [] : ['ORPHAN']),
      `(${a.id})`,
    ].join(' ');
  };
  const byId = new Map(sc.orphans.map((a) => [a.id, a]));
  const end = (id: string) => (byId.has(id) ? `${byId.get(id)!.type} ${JSON.stringify(byId.get(id)!.text)}` : id);
  const relLine = (r: Relation) =>
    [
      `relation ${r.type}`,
      r.status.padEnd(9),
      `${end(r.from)} → ${end(r.to)}`,
      ...(r.note !== undefined ? [`note=${JSON.stringify(r.note)}`] : []),
      `(${r.id})`,
    ].join(' ');
  return (
    `newsmark sidecar of ${JSON.stringify(sc.article)}, version ${sc.version}, ${sc.orphans.length} annotations\n${sc.orphans.map((a) => `${line(a)}\n`).join('')}` +
    sc.relations.map((r) => `${relLine(r)}\n`).join('')
  );
}

export async function runDiff(args: string[], io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const dash = args.indexOf('--');
  let parsed;
  try {
    parsed = parseArgs(dash < 0 ? args : args.slice(0, dash), { values: ['suffix', 'textconv'], switches: ['markdown', 'json'] });
    if (parsed.switches.has('markdown') && parsed.switches.has('json')) throw new UsageError('choose one of --markdown and --json');
    const problem = suffixProblem(parsed.values.suffix ?? DEFAULT_SUFFIX);
    if (problem) throw new UsageError(problem);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`newsmark diff: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.switches.has('help')) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (parsed.values.textconv !== undefined) {
    const file = resolve(cwd, parsed.values.textconv);
    io.stdout.write(textconv(decodeUtf8(await fs.readFile(file)).replace(/^\uFEFF/, ''), parsed.values.textconv));
    return 0;
  }
  const suffix = parsed.values.suffix ?? DEFAULT_SUFFIX;

  const git = gitIn(cwd);
  let root: string;
  try {
    root = decodeUtf8(await git('rev-parse', '--show-toplevel')).trim();
  } catch {
    io.stderr.write(`newsmark diff: ${showPath(cwd)} is not inside a git repository\n`);
    return 2;
  }
  // Revisions first (at most two, each a commit git knows and not a path), then paths, as git does.
  const revs: string[] = [];
  const paths: string[] = [];
  for (const p of parsed.positionals) {
    const isPath = await fs.stat(resolve(cwd, p)).then(
      () => true,
      () => false,
    );
    const isRev =
      !paths.length &&
      revs.length < 2 &&
      !isPath &&
      (await git('rev-parse', '--verify', '--quiet', '--end-of-options', `${p}^{commit}`).then(
        () => true,
        () => false,
      ));
    if (isRev) revs.push(p);
    else paths.push(p);
  }
  if (dash >= 0) paths.push(...args.slice(dash + 1));
  const rel = paths.map((p) => relative(root, resolve(cwd, p)).split(sep).join('/') || '.');
  if (rel.some((p) => p.startsWith('..'))) {
    io.stderr.write(`newsmark diff: a PATH outside the repository\n\n${USAGE}`);
    return 2;
  }
  const older: Side = { rev: revs[0] ?? 'HEAD' };
  const newer: Side = revs[1] ? { rev: revs[1] } : { worktree: true };

  const rootGit = gitIn(root);
  const listSidecars = async (s: Side) => {
    const out =
      'rev' in s
        ? await rootGit('ls-tree', '-r', '-z', '--name-only', '--full-tree', s.rev, '--', ...rel)
        : await rootGit('ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...rel);
    return decodeUtf8(out)
      .split('\0')
      .filter((p) => p && isSidecarPath(p, suffix));
  };
  const read = async (s: Side, path: string): Promise<string | undefined> => {
    try {
      const bytes = 'rev' in s ? await rootGit('show', `${s.rev}:${path}`) : await fs.readFile(resolve(root, path));
      return decodeUtf8(bytes).replace(/^\uFEFF/, '');
    } catch {
      return undefined; // not in that revision, or deleted in the working tree
    }
  };

  let sidecars: string[];
  try {
    sidecars = [...new Set([...(await listSidecars(older)), ...(await listSidecars(newer))])].sort();
  } catch (err) {
    io.stderr.write(`newsmark diff: ${decodeUtf8((err as { stderr?: Buffer }).stderr ?? Buffer.from(String(err))).trim()}\n`);
    return 2;
  }
  const result: ArticleChanges[] = [];
  let failed = 0;
  for (const sidecar of sidecars) {
    const article = articlePathFor(sidecar, suffix)!;
    const [yOld, yNew, tOld, tNew] = await Promise.all([read(older, sidecar), read(newer, sidecar), read(older, article), read(newer, article)]);
    if (yOld === yNew && tOld === tNew) continue;
    try {
      const side = (yaml: string | undefined, text: string | undefined, s: Side): AnnotatedText | undefined => {
        if (yaml === undefined) return undefined;
        const sc = parseSidecar(yaml, text ?? '', `${sideName(s)}:${sidecar}`);
        return { text: text ?? '', annotations: [...sc.annotations, ...sc.orphans], relations: sc.relations };
      };
      const a = side(yOld, tOld, older);
      const b = side(yNew, tNew, newer);
      const changes = annotationChanges(a, b).map((c) => {
        const s = c.side === 'old' ? a! : b!;
        return { ...c, line: c.annotation.orphan ? 1 : lineAt(s.text, c.annotation.start) };
      });
      if (changes.length) result.push({ article, sidecar, changes });
    } catch (err) {
      if (!(err instanceof SidecarError)) throw err;
      io.stderr.write(`${showPath(err.file)}:${err.line ?? 1}: ${err.reason}\n`);
      failed++;
    }
  }
  const from = sideName(older);
  const to = sideName(newer);
  io.stdout.write(
    parsed.switches.has('json') ? formatJson(result, from, to) : parsed.switches.has('markdown') ? formatMarkdown(result, from, to) : formatText(result),
  );
  return failed ? 1 : 0;
}
