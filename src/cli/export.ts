// `newsmark export FILE...|DIR --format jsonl|conll|brat|labelstudio`: the annotations a person stands
// behind (accepted and manual, by default), in the formats of the tools people already use. See
// src/sidecar/interchange for the formats. A sidecar that cannot be read is reported and skipped.
import { promises as fs } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_SUFFIX, loadSidecar, readArticle, SidecarError, Status, writeFileAtomic } from '../sidecar';
import { bratAnn, conllDocument, DEFAULT_EXPORT_STATUSES, exported, exportedRelations, ExportRecord, jsonlLine, labelStudioTask } from '../sidecar/interchange';
import { discoverOrReport } from './discover';
import { CliIO } from './io';
import { parseArgs, UsageError } from './parse-args';
import { statusesOption, suffixOption } from './sidecar-options';

export const FORMATS = ['jsonl', 'conll', 'brat', 'labelstudio'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: newsmark export FILE...|DIR --format jsonl|conll|brat|labelstudio [--out DIR] [--status accepted,manual] [--suffix .annotations.yaml]

Writes the annotations of articles that have a sidecar, for other annotation tools:
  jsonl        one line per article {"text", "meta": {"article"}, "spans": [{"start", "end", "label", …}],
               "label": [[start, end, label]]} (spaCy, Prodigy: text/spans/meta; doccano: text/label)
  conll        token per line with IOB2 tags, a blank line between sentences, -DOCSTART- between articles
  brat         ARTICLE.txt + ARTICLE.ann standoff files (needs --out)
  labelstudio  a JSON array of Label Studio tasks (decisions as annotations, suggestions as predictions)
Offsets are code points, as Python-based tools count them. Articles are named by their path relative
to the current folder. Output goes to stdout, or into --out DIR (annotations.jsonl, annotations.conll,
tasks.json; brat: one .txt/.ann pair per article, in the article's subfolders).
  --status LIST   statuses to export (default accepted,manual; also suggested, rejected)
Exit 1 if a sidecar could not be read (the others are still exported), 2 on bad usage.
`;

const slash = (p: string) => p.split(sep).join('/');

export async function runExport(args: string[], io: CliIO): Promise<number> {
  let format: Format;
  let out: string | undefined;
  let statuses: Status[] = [...DEFAULT_EXPORT_STATUSES];
  let suffix = DEFAULT_SUFFIX;
  let files: string[];
  try {
    const a = parseArgs(args, { values: ['format', 'out', 'status', 'suffix'] });
    if (a.switches.has('help')) {
      io.stdout.write(USAGE);
      return 0;
    }
    if (!FORMATS.includes(a.values.format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    format = a.values.format as Format;
    out = a.values.out;
    if (a.values.status !== undefined) {
      statuses = statusesOption(a.values.status);
    }
    suffix = suffixOption(a.values.suffix);
    if (format === 'brat' && !out) throw new UsageError('brat writes one .txt/.ann pair per article: give --out DIR');
    if (!a.positionals.length) throw new UsageError('no FILE or DIR given');
    files = a.positionals;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`newsmark export: ${e.message}\n\n${USAGE}`);
    return 2;
  }

  const cwd = io.cwd ?? process.cwd();
  const found = await discoverOrReport('export', files, suffix, io);
  if (!found) return 2;
  let failed = 0;
  let exportedCount = 0;
  let spans = 0;
  let skippedOverlaps = 0;
  let relationCount = 0;
  const chunks: string[] = [];
  const tasks: unknown[] = [];
  for (const article of found.articles) {
    const abs = resolve(cwd, article);
    let record: ExportRecord;
    try {
      const text = await readArticle(abs);
      const sidecar = await loadSidecar(abs, text, suffix);
      if (!sidecar) continue;
      record = { article: slash(relative(cwd, abs)), text, annotations: [...sidecar.annotations, ...sidecar.orphans], relations: sidecar.relations };
    } catch (err) {
      failed++;
      io.stderr.write(err instanceof SidecarError ? `${err.message}\n` : `${article}: ${(err as Error).message}\n`);
      continue;
    }
    const list = exported(record, statuses);
    // CoNLL has no relations; the others carry those whose status is chosen and whose ends are exported.
    const rels = exportedRelations(record, statuses, list);
    exportedCount++;
    spans += list.length;
    relationCount += format === 'conll' ? 0 : rels.length;
    if (format === 'jsonl') chunks.push(jsonlLine(record, list, rels) + '\n');
    else if (format === 'labelstudio') tasks.push(labelStudioTask(record, list, rels));
    else if (format === 'conll') {
      const doc = conllDocument(record.text, list);
      skippedOverlaps += doc.skipped;
      chunks.push(doc.text);
    } else {
      const base = join(resolve(cwd, out!), record.article.replace(/\.txt$/, ''));
      await fs.mkdir(dirname(base), { recursive: true });
      await writeFileAtomic(`${base}.txt`, record.text);
      await writeFileAtomic(`${base}.ann`, bratAnn(record.text, list, rels));
    }
  }
  if (format === 'labelstudio') chunks.push(JSON.stringify(tasks, null, 2) + '\n');
  if (format !== 'brat') {
    const body = chunks.join('');
    if (out) {
      const name = { jsonl: 'annotations.jsonl', conll: 'annotations.conll', labelstudio: 'tasks.json' }[format];
      await fs.mkdir(resolve(cwd, out), { recursive: true });
      await writeFileAtomic(join(resolve(cwd, out), name), body);
    } else io.stdout.write(body);
  }
  io.stderr.write(
    `newsmark export: ${exportedCount} article(s), ${spans} annotation(s)${relationCount ? `, ${relationCount} relation(s)` : ''} (${statuses.join(', ')}) as ${format}` +
      `${skippedOverlaps ? `; ${skippedOverlaps} overlapping annotation(s) left out (CoNLL tags one span per token)` : ''}` +
      `${failed ? `; ${failed} failed` : ''}\n`,
  );
  return failed ? 1 : 0;
}
