// Each language's model is read on the first line of that language, not when the engine loads: a
// Russian document never asks for the English model, an English one never for the Russian one.
import { strict as assert } from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { loadMorph } from '../../../src/core/ner/morph';
import { loadModel } from '../../../src/core/ner/model-file';
import { N_NER_LABELS } from '../../../src/core/ner/labels';
import { Recognizer } from '../../../src/core/ner/recognizer';
import { englishTagger } from '../../../src/core/ner/en-tagger';
import { dataPath } from '../../../src/core/data-path';

describe('model loading per language', function () {
  this.timeout(60000);
  it('the English model is not asked for by a Russian document, and is by an English one; the Russian one the other way round', async () => {
    let askedEn = 0;
    let askedRu = 0;
    const rec = new Recognizer(
      () => {
        askedRu++;
        return loadModel(dataPath('ner-ru.model'), N_NER_LABELS);
      },
      await loadMorph(),
      () => {
        askedEn++;
        return englishTagger();
      },
    );
    const en = 'Interior Minister Vladimir Kolokoltsev arrived in Astana.\nHe met Kazakh officials.';
    const got = rec.recognize(en, tokenize(en), 'en').map((e) => `${e.type} ${e.text}`);
    assert.equal(askedEn, 1);
    assert.equal(askedRu, 0);
    assert.ok(got.includes('PER Vladimir Kolokoltsev') && got.includes('LOC Astana'), JSON.stringify(got));
    const ru = 'Министр Владимир Колокольцев прибыл в Астану.';
    const gotRu = rec.recognize(ru, tokenize(ru), 'ru').map((e) => `${e.type} ${e.text}`);
    assert.equal(askedEn, 1);
    assert.equal(askedRu, 1);
    assert.ok(gotRu.includes('PER Владимир Колокольцев'), JSON.stringify(gotRu));
  });
});
