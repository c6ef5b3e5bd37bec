// `newsmark index DIR...`: the cross-article entity index of a folder of articles — one row per
// entity (type and normal form) with the articles it appears in and what people decided about it.
// Articles with a sidecar contribute its annotations (decisions included); articles without one, what
// the engine finds. See src/core/workspace/entity-index.ts.
import { relative, resolve, sep } from 'node:path';
import { loadEngine } from '../core/engine';
import { table } from '../core/eval/format';
import { buildEntityIndex, IndexedArticle, indexArticle } from '../core/workspace/entity-index';
import { DEFAULT_SUFFIX, loadSidecar, readArticle, SidecarError } from '../sidecar';
import { discoverOrReport } from './discover';
import { CliIO } from './io';
import { parseArgs, UsageError } from './parse-args';
import { suffixOption } from './sidecar-options';

const USAGE = `Usage: newsmark index DIR|FILE... [--json|--csv] [--suffix .annotations.yaml]

Lists the people, organizations and places of the articles, one row per entity (type and normal form),
most widespread first: type, norm, articles, mentions, accepted (accepted or added by hand), rejected,
first and last (the earliest and latest dateline date of its articles), aliases (abbreviations joined
to the full name: defined as "Full Name (ABBR)" in an article, or spelling its initials).
Articles with a sidecar count its annotations; others what the engine finds (all suggested).
  --json   per entity, its articles with the offsets (UTF-16, end exclusive) and status of each mention
  --csv    the table as CSV (RFC 4180 quoting)
Exit 1 if a sidecar could not be read (the rest is still indexed), 2 on bad usage.
`;

const csvCell = (v: string | number) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

export async function runIndex(args: string[], io: CliIO): Promise<number> {
  let files: string[];
  let mode: 'table' | 'json' | 'csv' = 'table';
  let suffix = DEFAULT_SUFFIX;
  try {
    const a = parseArgs(args, { values: ['suffix'], switches: ['json', 'csv'] });
    if (a.switches.has('help')) {
      io.stdout.write(USAGE);
      return 0;
    }
    if (a.switches.has('json') && a.switches.has('csv')) throw new UsageError('choose one of --json and --csv');
    mode = a.switches.has('json') ? 'json' : a.switches.has('csv') ? 'csv' : 'table';
    suffix = suffixOption(a.values.suffix);
    if (!a.positionals.length) throw new UsageError('no DIR or FILE given');
    files = a.positionals;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`newsmark index: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  const cwd = io.cwd ?? process.cwd();
  const found = await discoverOrReport('index', files, suffix, io);
  if (!found) return 2;
  let engine: Awaited<ReturnType<typeof loadEngine>> | undefined;
  let failed = 0;
  const articles: IndexedArticle[] = [];
  for (const article of found.articles) {
    const abs = resolve(cwd, article);
    const path = relative(cwd, abs).split(sep).join('/');
    try {
      const text = await readArticle(abs);
      const sc = await loadSidecar(abs, text, suffix);
      if (sc) articles.push(indexArticle(path, text, sc.annotations));
      else {
        engine ??= await loadEngine();
        articles.push(
          indexArticle(
            path,
            text,
            engine.extract(text).entities.map((e) => ({ ...e, status: 'suggested' as const })),
          ),
        );
      }
    } catch (err) {
      failed++;
      io.stderr.write(err instanceof SidecarError ? `${err.message}\n` : `${article}: ${(err as Error).message}\n`);
    }
  }
  const index = buildEntityIndex(articles);
  if (mode === 'json') io.stdout.write(JSON.stringify(index, null, 2) + '\n');
  else {
    const rows = [
      ['type', 'norm', 'articles', 'mentions', 'accepted', 'rejected', 'first', 'last', 'aliases'],
      ...index.map((e) => [
        e.type,
        e.norm,
        String(e.articles.length),
        String(e.mentions),
        String(e.accepted),
        String(e.rejected),
        e.firstDate ?? '',
        e.lastDate ?? '',
        e.aliases.join('; '),
      ]),
    ];
    io.stdout.write(mode === 'csv' ? rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n' : table(rows, 2));
  }
  return failed ? 1 : 0;
}
