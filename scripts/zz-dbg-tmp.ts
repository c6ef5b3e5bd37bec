import * as fs from 'fs';
import { tokenize } from '../src/core/tokenize';
import { loadNer } from '../src/core/ner';
(async () => {
  const text = fs.readFileSync('samples/ru-mvd-kazakhstan-russia.txt', 'utf8');
  const ner: any = await loadNer();
  const P: any = ner.model;
  const lines = ner.linesOf(tokenize(text));
  const labels = P.tagDoc(lines);
  const k = lines.findIndex((l: any) => l.tokens.some((t: any) => t.text === 'Sputnik'));
  console.log(lines[k].tokens.slice(0, 8).map((t: any, i: number) => t.text + '/' + labels[k][i]).join(' '));
  for (const s of ['АСТАНА, 22 июл — Sputnik. В Усть-Каменогорске встретились министры', 'АСТАНА, 22 июл — Sputnik. Министры встретились', 'АСТАНА, 22 июл — Sputnik.', 'МОСКВА, 22 июл — Sputnik.', 'Об этом сообщает Sputnik.', 'АСТАНА, 22 июл — РИА Новости.']) {
    const ls = ner.linesOf(tokenize(s));
    const lb = P.tagDoc(ls);
    console.log(ls[0].tokens.map((t: any, i: number) => t.text + '/' + lb[0][i]).join(' '));
  }
})();
