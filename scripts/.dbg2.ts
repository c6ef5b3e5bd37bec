import { tokenize } from '../src/core/tokenize';
import { loadNer } from '../src/core/ner';
import { readJsonl, flatTargets } from './ner-data';
import { scoreDocs, printScores } from './score-ner-lib';
(async () => {
  const ner = await loadNer();
  const gold = readJsonl('/work/shared/eval/nerel_dev.jsonl').map(d => ({ ...d, entities: flatTargets(d, 'nerel').map(e => ({ ...e, text: '' })) }));
  const pred = gold.map(d => ({ id: d.id, entities: ner.recognize(d.text, tokenize(d.text), 'ru').filter(e => !(e.type === 'LOC' && d.entities.every(g => !(g.start <= e.start && g.end >= e.end && g.type === 'ORG')) && false)) }));
  printScores(scoreDocs(gold as any, pred), 'nerel_dev flat');
  const f = readJsonl('/work/shared/eval/factru_dev.jsonl');
  printScores(scoreDocs(f, f.map(d => ({ id: d.id, entities: ner.recognize(d.text, tokenize(d.text), 'ru') }))), 'factru (nerel-only model)');
})();
