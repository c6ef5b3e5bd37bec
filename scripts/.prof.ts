import { tokenize } from '../src/core/tokenize';
import { loadNer } from '../src/core/ner';
import { readJsonl } from './ner-data';
(async () => {
  const ner = await loadNer();
  const docs = readJsonl('/work/shared/eval/factru_dev.jsonl');
  const toks = docs.map(d => tokenize(d.text));
  for (let r = 0; r < 6; r++) {
    const c = process.cpuUsage();
    docs.forEach((d, i) => ner.recognize(d.text, toks[i], 'ru'));
    const u = process.cpuUsage(c);
    console.log('cpu ms', ((u.user + u.system) / 1000).toFixed(0));
  }
})();
