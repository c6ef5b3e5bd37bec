import * as fs from 'fs';
import { tokenize } from '../src/core/tokenize';
import { loadFigures } from '../src/core/figures';
import { expectedFromPair, valueMatches, PAIR_KIND_TYPES } from '../src/core/eval/values';
(async () => {
  const fig = await loadFigures();
  const kinds = process.argv.slice(2);
  for (const l of fs.readFileSync('/work/shared/eval/duckling_en_pairs.jsonl', 'utf8').split('\n').filter(Boolean)) {
    const d = JSON.parse(l);
    if (!kinds.includes(d.kind)) continue;
    const exp = expectedFromPair(d.kind, d.value);
    if (exp.kind === 'unsupported') continue;
    const ents = fig.recognize(d.text, tokenize(d.text), { lang: 'en', refDate: '2013-02-12' }).filter((e) => e.type === PAIR_KIND_TYPES[d.kind]);
    const p = ents.sort((a, b) => (b.end - b.start) - (a.end - a.start))[0];
    if (!p || !valueMatches(exp, p as any)) console.log(d.kind, JSON.stringify(d.text), JSON.stringify(d.value), p ? JSON.stringify([p.text, p.value, p.currency, p.qualifier]) : '-');
  }
})();
