import * as fs from 'fs';
import { tokenize } from '../src/core/tokenize';
import { loadNer, groupMentions } from '../src/core/ner';
import { detectLang } from '../src/core/lang';
(async () => {
  const ner = await loadNer();
  const text = fs.readFileSync(process.argv[2] ?? 'samples/ru-mvd-kazakhstan-russia.txt', 'utf8');
  const ents = ner.recognize(text, tokenize(text), detectLang(text));
  const g = groupMentions(ents);
  for (const e of ents) console.log(e.type, JSON.stringify(e.text), '→', JSON.stringify(e.norm), g.get(e));
})();
