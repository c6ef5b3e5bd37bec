import { tokenize } from '../src/core/tokenize';
import { loadMorph } from '../src/core/ner/morph';
import { Perceptron } from '../src/core/ner/perceptron';
import { Recognizer } from '../src/core/ner/recognizer';
import { beginLabel, NerType, LABELS } from '../src/core/ner/labels';
import { readJsonl, flatTargets } from './ner-data';
(async () => {
  const morph = await loadMorph();
  const probe = new Recognizer(new Perceptron(4), morph);
  const docs = readJsonl('/work/shared/eval/factru_dev.jsonl');
  const data = docs.map(doc => {
    const targets = flatTargets(doc, 'factru');
    const lines = probe.linesOf(tokenize(doc.text));
    let k = 0;
    const gold = lines.map(line => { const g = new Uint8Array(line.tokens.length); line.tokens.forEach((t, i) => {
      while (k < targets.length && targets[k].end <= t.start) k++;
      const s = targets[k]; if (!s || t.end <= s.start || t.start >= s.end) return;
      g[i] = (i > 0 && line.tokens[i - 1].end > s.start) ? beginLabel(s.type as NerType) + 1 : beginLabel(s.type as NerType); }); return g; });
    return { lines, gold };
  });
  const m = new Perceptron(20);
  for (let e = 0; e < 10; e++) {
    let errs = 0;
    for (const d of data) { const p = m.tagDoc(d.lines, d.gold); p.forEach((x, k) => x.forEach((l, i) => { if (l !== d.gold[k][i]) { errs++; if (e == 9) console.log(d.lines[k].tokens[i].text, LABELS[l], LABELS[d.gold[k][i]]); } })); }
    console.log('epoch', e, errs);
  }
})();
