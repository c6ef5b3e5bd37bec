import { tokenize } from '../src/core/tokenize';
import { loadMorph } from '../src/core/ner/morph';
import { Perceptron } from '../src/core/ner/perceptron';
import { Recognizer } from '../src/core/ner/recognizer';
import { readJsonl } from './ner-data';
(async () => {
  const morph = await loadMorph();
  const a = Perceptron.load('data/ner-ru.model');
  const b = Perceptron.load('data/ner-ru.model'); (b as any).frozen = false;
  const ra = new Recognizer(a, morph), rb = new Recognizer(b, morph);
  const docs = readJsonl('/work/shared/eval/factru_dev.jsonl');
  let diff = 0, n = 0;
  for (const d of docs) {
    const la = ra.linesOf(tokenize(d.text)), lb = rb.linesOf(tokenize(d.text));
    const pa = a.tagDoc(la), pb = b.tagDoc(lb);
    pa.forEach((x, k) => x.forEach((l, i) => { n++; if (l !== pb[k][i]) diff++; }));
  }
  console.log('diff', diff, 'of', n);
})();
