import { tokenize } from '../src/core/tokenize';
import { loadMorph } from '../src/core/ner/morph';
import { Perceptron } from '../src/core/ner/perceptron';
import { Recognizer } from '../src/core/ner/recognizer';
import { LABELS, beginLabel, NerType } from '../src/core/ner/labels';
import { readJsonl, flatTargets } from './ner-data';
(async () => {
  const morph = await loadMorph();
  const rec = new Recognizer(Perceptron.load('data/ner-ru.model'), morph);
  const d = readJsonl('/work/shared/eval/nerel_train.jsonl')[3];
  const targets = flatTargets(d, 'nerel');
  const lines = rec.linesOf(tokenize(d.text));
  const m = (rec as any).model as Perceptron;
  const labs = m.tagDoc(lines);
  let k = 0;
  lines.slice(0, 8).forEach((line, li) => {
    const out: string[] = [];
    line.tokens.forEach((t, i) => {
      while (k < targets.length && targets[k].end <= t.start) k++;
      const s = targets[k];
      let g = 'O';
      if (s && !(t.end <= s.start || t.start >= s.end)) g = (i > 0 && line.tokens[i - 1].end > s.start ? 'I-' : 'B-') + s.type;
      const p = LABELS[labs[li][i]];
      if (g !== 'O' || p !== 'O') out.push(`${t.text}/${g}/${p}`); 
    });
    console.log(out.join(' '));
  });
})();
