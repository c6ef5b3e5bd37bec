// Builds a folder of N news articles from the development corpora for the annotate files/s bench
// (outside the repository: the CoNLL text must never be committed). Article k is one corpus text,
// taken in a fixed interleaved order (Russian and English alternate); past the number of distinct
// texts they repeat, so a folder larger than the corpora also measures warm caches (said in the output).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES = ['nerel_train.jsonl', 'wikigold_en.jsonl', 'nerel_dev.jsonl', 'conll2003_en_train.jsonl', 'factru_dev.jsonl', 'conll2003_en_testa.jsonl'];

/** Returns { dir, distinct } after writing N articles named 00000.txt … into dir. */
export function makeFolder(evalDir, dir, n) {
  const lists = FILES.filter((f) => existsSync(join(evalDir, f))).map((f) =>
    readFileSync(join(evalDir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).text),
  );
  const texts = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) texts.push(l[i]);
  mkdirSync(dir, { recursive: true });
  for (let k = 0; k < n; k++) writeFileSync(join(dir, `${String(k).padStart(5, '0')}.txt`), texts[k % texts.length]);
  return { dir, distinct: Math.min(n, texts.length) };
}
