import { tokenize } from '../src/core/tokenize';
import { loadMorph } from '../src/core/ner/morph';
import { Perceptron } from '../src/core/ner/perceptron';
import { Recognizer } from '../src/core/ner/recognizer';
import { LABELS } from '../src/core/ner/labels';
(async () => {
  const morph = await loadMorph();
  const rec = new Recognizer(Perceptron.load('data/ner-ru.model'), morph);
  const text = 'Об этом сообщил представитель комитета при прокуратуре Владимир Маркин. Экономист ФАО Абдолреза Аббассиан не исключил продолжение.';
  const lines = rec.linesOf(tokenize(text));
  const m = (rec as any).model as Perceptron;
  const labs = m.tagDoc(lines);
  lines.forEach((l, k) => console.log(l.tokens.map((t, i) => t.text + '/' + LABELS[labs[k][i]] + '/' + l.forms[i].classes).join(' ')));
})();
