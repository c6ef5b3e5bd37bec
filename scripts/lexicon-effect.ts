// How much the workspace lexicon helps (issue 15's measurement): a simulated reviewer decides the
// engine's PER/ORG/LOC suggestions in one half of a corpus from its gold (accepts the right ones,
// rejects the wrong ones, adds the missed ones); the lexicon learns from those decisions; the engine
// is then scored with and without the lexicon on the OTHER half. The halves are the project's one
// split (src/core/eval/split.ts): decisions on the tuning half, scores on the check half, and the
// reverse, both reported.
//   npx tsx scripts/lexicon-effect.ts [factru_dev.jsonl conll2003_en_testa.jsonl ...]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadEngine } from '../src/core/engine';
import { parseGoldLine, SpanDoc } from '../src/core/eval/gold';
import { Scorer } from '../src/core/eval/score';
import { Half, halfOf } from '../src/core/eval/split';
import { applyLexicon } from '../src/core/lexicon/apply';
import { Decision, learnLexicon } from '../src/core/lexicon/learn';
import { emptyLexicon } from '../src/core/lexicon/lexicon';
import type { Entity } from '../src/core/types';

const EVAL = process.env.NEWSMARK_EVAL_DIR ?? join(__dirname, '../../shared/eval');
const TYPES = ['PER', 'ORG', 'LOC'] as const;
const files = process.argv.slice(2).length ? process.argv.slice(2) : ['factru_dev.jsonl', 'conll2003_en_testa.jsonl'];

function readDocs(file: string): SpanDoc[] {
  const docs: SpanDoc[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const p = parseGoldLine(line, i + 1);
      if ('ok' in p && p.ok.kind === 'span') docs.push(p.ok);
    });
  return docs;
}

/** What a careful reviewer does with the engine's suggestions on one document, given the gold. */
function review(doc: SpanDoc, found: Entity[]): Decision[] {
  const gold = doc.entities.filter((g) => !g.optional && (TYPES as readonly string[]).includes(g.type));
  const key = (x: { type: string; start: number; end: number }) => `${x.type}:${x.start}:${x.end}`;
  const goldKeys = new Set(gold.map(key));
  const out: Decision[] = [];
  const suggested = found.filter((e) => (TYPES as readonly string[]).includes(e.type));
  for (const e of suggested)
    out.push({ type: e.type, text: e.text, norm: e.norm, start: e.start, end: e.end, status: goldKeys.has(key(e)) ? 'accepted' : 'rejected' });
  const foundKeys = new Set(suggested.map(key));
  for (const g of gold) {
    if (foundKeys.has(key(g))) continue;
    out.push({ type: g.type as Decision['type'], text: doc.text.slice(g.start, g.end), start: g.start, end: g.end, status: 'manual' });
  }
  return out;
}

const f3 = (x: number) => x.toFixed(3);

async function main(): Promise<void> {
  const engine = await loadEngine();
  for (const name of files) {
    const docs = readDocs(join(EVAL, name));
    const found = docs.map((d) => engine.extract(d.text, { lang: d.lang ?? 'auto', refDate: d.refDate }).entities);
    for (const [learnOn, scoreOn] of [
      ['tuning', 'check'],
      ['check', 'tuning'],
    ] as [Half, Half][]) {
      const idx = docs.map((d, i) => i);
      const learnDocs = idx.filter((i) => halfOf(docs[i].text) === learnOn);
      const scoreDocs = idx.filter((i) => halfOf(docs[i].text) === scoreOn);
      const lexicon = learnLexicon(
        emptyLexicon(),
        learnDocs.map((i) => review(docs[i], found[i])),
      );
      const before = new Scorer([...TYPES]);
      const after = new Scorer([...TYPES]);
      for (const i of scoreDocs) {
        before.addSpanDoc(docs[i], found[i]);
        after.addSpanDoc(docs[i], applyLexicon(found[i], docs[i].text, lexicon).entities);
      }
      const b = before.report();
      const a = after.report();
      const row = (r: typeof b, t: string) => r.types.find((x) => x.type === t)?.exact.f1 ?? 0;
      console.log(
        `${basename(name)}: decisions on ${learnOn} (${learnDocs.length} docs; lexicon ${lexicon.names.length} names, ${lexicon.never.length} never, ${lexicon.relabel.length} relabel), ` +
          `scored on ${scoreOn} (${scoreDocs.length} docs), exact F1 before → after: ` +
          TYPES.map((t) => `${t} ${f3(row(b, t))} → ${f3(row(a, t))}`).join(', ') +
          `, micro ${f3(b.micro!.exact.f1)} → ${f3(a.micro!.exact.f1)}`,
      );
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
