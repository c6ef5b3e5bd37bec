import * as fs from 'fs';
import { tokenize } from '../src/core/tokenize';
import { loadFigures } from '../src/core/figures';
import { expectedFromSpanValue, valueMatches } from '../src/core/eval/values';
(async () => {
  const fig = await loadFigures();
  for (const l of fs.readFileSync('/work/shared/eval/recognizers_en_datetime.jsonl', 'utf8').split('\n').filter(Boolean)) {
    const d = JSON.parse(l);
    const ents = fig.recognize(d.text, tokenize(d.text), { lang: 'en' }).filter((e) => e.type === 'DATE');
    for (const g of d.entities.filter((g: any) => g.type === 'DATE')) {
      const exp = expectedFromSpanValue('DATE', g.value);
      const p = ents.filter((e) => e.start < g.end && g.start < e.end)[0];
      if (!p) console.log('FN', JSON.stringify(g.text), exp.kind === 'date' ? exp.accept.join('|') : '');
      else if (exp.kind === 'date' && !valueMatches(exp, p as any)) console.log('VAL', JSON.stringify(g.text), exp.accept.join('|'), JSON.stringify([p.text, p.value]));
    }
    for (const e of ents) if (!d.entities.some((g: any) => e.start < g.end && g.start < e.end)) console.log('FP', JSON.stringify(e.text), e.value, JSON.stringify(d.text.slice(0, 80)));
  }
})();
