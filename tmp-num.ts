import { readFileSync } from 'node:fs';
import { loadEngine } from './src/core/engine';
(async () => {
  const eng = await loadEngine();
  const T = process.argv[2] ?? 'NUMBER';
  const docs = readFileSync('../shared/eval/nerel_dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const fn: string[] = [], fp: string[] = [];
  for (const d of docs) {
    const pred = eng.extract(d.text, { lang: 'ru' }).entities.filter((e: any) => e.type === T);
    const gold = d.entities.filter((e: any) => e.type === T);
    const ctx = (s: number, e: number) => d.text.slice(Math.max(0, s - 30), s).replace(/\n/g, ' ') + '[' + d.text.slice(s, e) + ']' + d.text.slice(e, e + 25).replace(/\n/g, ' ');
    for (const g of gold) if (!pred.some((p: any) => p.start < g.end && g.start < p.end)) fn.push(ctx(g.start, g.end) + '   ' + (d.entities.concat(eng.extract(d.text, { lang: 'ru' }).entities).filter((x: any) => x.start < g.end && g.start < x.end && x.type !== T).map((x: any) => x.type).join(',')));
    for (const p of pred) if (!gold.some((g: any) => p.start < g.end && g.start < p.end)) fp.push(ctx(p.start, p.end));
  }
  console.log('FN', fn.length); fn.forEach((x) => console.log('  ' + x));
  console.log('FP', fp.length); fp.forEach((x) => console.log('  ' + x));
})();
