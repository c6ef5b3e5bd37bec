// The English model is read on the first English line, not when the engine loads: a Russian
// document never asks for it, an English one asks once per document.
import { strict as assert } from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadMorph } from '../../../src/core/ner/morph';
import { loadModel } from '../../../src/core/ner/model-file';
import { N_NER_LABELS } from '../../../src/core/ner/labels';
import { Recognizer } from '../../../src/core/ner/recognizer';
import { englishTagger } from '../../../src/core/ner/en-tagger';
import { dataPath } from '../../../src/core/data-path';

describe('English model loading', function () {
  this.timeout(60000);
  it('is not asked for by a Russian document, and is by an English one', async () => {
    let asked = 0;
    const rec = new Recognizer(loadModel(dataPath('ner-ru.model'), N_NER_LABELS), await loadMorph(), () => {
      asked++;
      return englishTagger();
    });
    const ru = 'Министр Владимир Колокольцев прибыл в Астану.';
    rec.recognize(ru, tokenize(ru), 'ru');
    assert.equal(asked, 0);
    const en = 'Interior Minister Vladimir Kolokoltsev arrived in Astana.\nHe met Kazakh officials.';
    const got = rec.recognize(en, tokenize(en), 'en').map((e) => `${e.type} ${e.text}`);
    assert.equal(asked, 1);
    assert.ok(got.includes('PER Vladimir Kolokoltsev') && got.includes('LOC Astana'), JSON.stringify(got));
  });
});
