// NerOptions.lap: the recognizer names its stages as it ends each (scripts/bench-ner-stages.ts times them),
// in order, once per document, and gives the same entities with the hook as without it.
import { strict as assert } from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadNer } from '../../../src/core/ner';
import { Lang } from '../../../src/core/types';

const CASES: Array<[Lang, string, string[]]> = [
  [
    'en',
    'Court Rejects Appeal By Opposition\nLONDON, July 22 (Reuters) - Ruth Okafor of Brightwater Mining said on Monday.\nOkafor declined to comment.',
    ['forms', 'headline', 'tagger', 'spans, descriptors, datelines', 'document rules', 'entities and normal forms', 'surname memory', 'grouping'],
  ],
  [
    'ru',
    'АСТАНА, 22 июл — Sputnik. Министр внутренних дел Казахстана Ерлан Тургумбаев встретился с Владимиром Колокольцевым.\n' +
      'The meeting in Astana was attended by officials from both ministries and their deputies today.',
    [
      'forms',
      'line languages',
      'tagger',
      'English lines',
      'rules after the tagger',
      'repeated names',
      'entities and normal forms',
      'surname memory',
      'grouping',
    ],
  ],
];

describe('NER stages (NerOptions.lap)', function () {
  this.timeout(20000);
  for (const [lang, text, stages] of CASES)
    it(`${lang}: each stage once, in order, and the same entities as without the hook`, async () => {
      const ner = await loadNer();
      const plain = ner.recognize(text, tokenize(text), lang);
      const seen: string[] = [];
      const timed = ner.recognize(text, tokenize(text), lang, { lap: (stage) => seen.push(stage) });
      assert.deepEqual(seen, stages);
      assert.deepEqual(timed, plain);
      assert.ok(plain.length >= 3, JSON.stringify(plain));
    });
});
