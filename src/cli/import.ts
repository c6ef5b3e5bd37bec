// `newsmark import --format jsonl|brat|labelstudio SRC... [--into DIR]`: annotations made in another
// tool, merged into the sidecars of the matching articles under DIR. A decision already in a sidecar is
// never changed; a record whose text is not the article's (the article changed since the export) is
// refused, not re-guessed. See src/sidecar/interchange/import-merge.ts for the rules.
import { promises as fs } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import {
  articleNameOf,
  DEFAULT_SUFFIX,
  loadSidecar,
  readArticle,
  serializeSidecar,
  SidecarError,
  sidecarPathFor,
  STATUSES,
  Status,
  writeFileAtomic,
} from '../sidecar';
import { ImportedArticle, importRelations, importSpans, readBratAnn, readJsonlLine, readLabelStudio } from '../sidecar/interchange';
import { CliIO } from './io';
import { parseArgs, UsageError } from './parse-args';
import { suffixOption } from './sidecar-options';

const FORMATS = ['jsonl', 'brat', 'labelstudio'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: newsmark import --format jsonl|brat|labelstudio SRC... [--into DIR] [--status manual] [--suffix .annotations.yaml]

Merges annotations made in another tool into the sidecars of the matching articles under DIR (default:
the current folder), as 'newsmark export' writes them: jsonl files (meta.article names the article),
brat folders or .ann files (ARTICLE.ann beside ARTICLE.txt), Label Studio task JSON (data.article).
Offsets are read as code points. A decision already in a sidecar is kept; an engine suggestion at the
same span and type takes the imported decision; other spans are added with the status the file carries,
else --status (default manual). A record whose text differs from the article is skipped and listed.
Exit 1 if anything was skipped, 2 on bad usage.
`;

const walk = async (dir: string): Promise<string[]> => {
  const out: string[] = [];
  for (const e of (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.name.endsWith('.ann')) out.push(p);
  }
  return out;
};

/** The article a brat .ann stands for: a.ann → a.txt; a.md.ann → a.md (export adds .txt to other names). */
const bratArticle = (rel: string) => {
  const base = rel.replace(/\.ann$/, '');
  return /\.(md|markdown|news|txt)$/.test(base) ? base : `${base}.txt`;
};

async function readSources(format: Format, sources: string[], cwd: string): Promise<ImportedArticle[]> {
  const out: ImportedArticle[] = [];
  for (const src of sources) {
    const abs = resolve(cwd, src);
    if (format === 'jsonl') {
      const lines = (await fs.readFile(abs, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (!line.trim()) return;
        try {
          out.push(readJsonlLine(line));
        } catch (e) {
          throw new Error(`${src}:${i + 1}: ${(e as Error).message}`);
        }
      });
    } else if (format === 'labelstudio') {
      try {
        out.push(...readLabelStudio(await fs.readFile(abs, 'utf8')));
      } catch (e) {
        throw new Error(`${src}: ${(e as Error).message}`);
      }
    } else {
      const st = await fs.stat(abs);
      const anns = st.isDirectory() ? await walk(abs) : [abs];
      const root = st.isDirectory() ? abs : resolve(abs, '..');
      for (const ann of anns) {
        const txt = ann.replace(/\.ann$/, '.txt');
        const text = await fs.readFile(txt, 'utf8').catch(() => {
          throw new Error(`${relative(cwd, ann)}: no ${relative(cwd, txt)} beside it`);
        });
        try {
          out.push(readBratAnn(bratArticle(relative(root, ann).split(sep).join('/')), text, await fs.readFile(ann, 'utf8')));
        } catch (e) {
          throw new Error(`${relative(cwd, ann)}: ${(e as Error).message}`);
        }
      }
    }
  }
  return out;
}

export async function runImport(args: string[], io: CliIO): Promise<number> {
  let format: Format;
  let into: string;
  let status: Status = 'manual';
  let suffix = DEFAULT_SUFFIX;
  let sources: string[];
  try {
    const a = parseArgs(args, { values: ['format', 'into', 'status', 'suffix'] });
    if (a.switches.has('help')) {
      io.stdout.write(USAGE);
      return 0;
    }
    if (!FORMATS.includes(a.values.format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    format = a.values.format as Format;
    into = a.values.into ?? '.';
    if (a.values.status !== undefined) {
      if (!STATUSES.includes(a.values.status as Status) || a.values.status === 'suggested') throw new UsageError('--status takes accepted, rejected or manual');
      status = a.values.status as Status;
    }
    suffix = suffixOption(a.values.suffix);
    if (!a.positionals.length) throw new UsageError('no SRC given');
    sources = a.positionals;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`newsmark import: ${e.message}\n\n${USAGE}`);
    return 2;
  }

  const cwd = io.cwd ?? process.cwd();
  let records: ImportedArticle[];
  try {
    records = await readSources(format, sources, cwd);
  } catch (e) {
    io.stderr.write(`newsmark import: ${(e as Error).message}; nothing imported\n`);
    return 1;
  }
  let skipped = 0;
  const total = { added: 0, decided: 0, kept: 0 };
  for (const r of records) {
    const article = join(resolve(cwd, into), r.article);
    const shown = relative(cwd, article) || article;
    try {
      if (r.article.split('/').includes('..')) throw new Error('an article path may not leave the --into folder');
      const text = await readArticle(article);
      if (r.text !== undefined && r.text !== text) throw new Error("the text in the import is not the article's (changed since it was exported?); skipped");
      const sidecar = await loadSidecar(article, text, suffix);
      const before = sidecar ? [...sidecar.annotations, ...sidecar.orphans] : [];
      const result = importSpans(before, text, r.spans, status);
      for (const p of result.problems) io.stderr.write(`${shown}: ${p}; skipped\n`);
      const rel = importRelations(sidecar?.relations ?? [], result.ids, r.relations ?? [], status);
      const yaml = serializeSidecar(sidecar, articleNameOf(article), text, result.annotations, rel.relations);
      const file = sidecarPathFor(article, suffix);
      if (!sidecar || result.added || result.decided || rel.added || rel.decided) await writeFileAtomic(file, yaml);
      total.added += result.added;
      total.decided += result.decided;
      total.kept += result.kept;
      if (result.problems.length) skipped++;
      const relNote = rel.added || rel.decided ? `; relations: ${rel.added} added, ${rel.decided} decided` : '';
      io.stderr.write(`${shown}: ${result.added} added, ${result.decided} decided, ${result.kept} already decided (kept)${relNote}\n`);
    } catch (err) {
      skipped++;
      io.stderr.write(err instanceof SidecarError ? `${err.message}\n` : `${shown}: ${(err as Error).message}\n`);
    }
  }
  io.stdout.write(
    `newsmark import: ${records.length} article(s): ${total.added} added, ${total.decided} decided, ${total.kept} kept${skipped ? `, ${skipped} with problems` : ''}\n`,
  );
  return skipped ? 1 : 0;
}
