// Sidecar churn table: for each edit kind, on the samples and 50 development articles (factRuEval and
// NEREL in Russian, wikigold in English; never CoNLL), how many sidecar lines change against how many
// annotations really changed. Target of the layout: changed lines ≤ changed annotations + 2 per article.
//   npx tsx scripts/churn.ts [--per-source 17] [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine } from '../src/core/engine';
import { halfOf } from '../src/core/eval/split';
import { ChurnRow, EDIT_KINDS, measureArticle } from './churn-lib';

const ROOT = join(__dirname, '..');
const EVAL = '/work/shared/eval';
const perSource = Number(process.argv[process.argv.indexOf('--per-source') + 1]) || 17;

interface Article {
  name: string;
  text: string;
  lang: 'ru' | 'en';
  source: string;
}

function fromJsonl(file: string, lang: 'ru' | 'en', n: number): Article[] {
  const lines = readFileSync(join(EVAL, file), 'utf8').split('\n').filter(Boolean).slice(0, n);
  return lines.map((l) => {
    const d = JSON.parse(l) as { id: string; text: string };
    return { name: `${d.id}.txt`, text: d.text, lang, source: file };
  });
}

async function main() {
  const engine = await loadEngine();
  const articles: Article[] = [
    { name: 'ru-mvd-kazakhstan-russia.txt', text: readFileSync(join(ROOT, 'samples/ru-mvd-kazakhstan-russia.txt'), 'utf8'), lang: 'ru', source: 'samples' },
    { name: 'en-almaty-water-talks.txt', text: readFileSync(join(ROOT, 'samples/en-almaty-water-talks.txt'), 'utf8'), lang: 'en', source: 'samples' },
    ...fromJsonl('factru_dev.jsonl', 'ru', perSource),
    ...fromJsonl('nerel_dev.jsonl', 'ru', perSource),
    ...fromJsonl('wikigold_en.jsonl', 'en', 50 - 2 * perSource),
  ];
  const all: (ChurnRow & { half: string; name: string })[] = [];
  for (const a of articles) {
    const extract = (t: string) => engine.extract(t, { lang: a.lang }).entities;
    for (const r of measureArticle(a.name, a.text, a.lang, extract))
      all.push({ ...r, half: a.source === 'samples' ? 'samples' : halfOf(a.text), name: a.name });
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(all));
    return;
  }
  for (const half of ['all', 'tuning', 'check']) {
    const rows = all.filter((r) => half === 'all' || r.half === half);
    console.log(`\n${half === 'all' ? `all ${articles.length} articles (samples + dev)` : `${half} half of the dev articles`}`);
    console.log(
      '| edit kind | articles | annotations | changed annotations | changed sidecar lines | articles over target (lines > changed + 2) | worst excess |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const kind of EDIT_KINDS) {
      const k = rows.filter((r) => r.kind === kind);
      const sum = (f: (r: ChurnRow) => number) => k.reduce((s, r) => s + f(r), 0);
      const over = k.filter((r) => r.changedLines > r.changedAnnotations + 2);
      const worst = Math.max(0, ...k.map((r) => r.changedLines - r.changedAnnotations - 2));
      console.log(
        `| ${kind} | ${k.length} | ${sum((r) => r.annotations)} | ${sum((r) => r.changedAnnotations)} | ${sum((r) => r.changedLines)} | ${over.length} | ${worst} |`,
      );
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
