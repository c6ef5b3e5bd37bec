// The extraction pool: worker threads give exactly what the engine gives in this thread.
import * as assert from 'assert';
import { loadEngine } from '../../../src/core/engine';
import { createExtractPool } from '../../../src/pool/pool';

const TEXTS = [
  'МОСКВА, 3 декабря. Министр финансов Антон Силуанов заявил, что бюджет вырос на 5%.',
  'Finance minister Rachel Reeves met Tim Cook in London on Monday; shares rose 3 percent.',
  'Глава МВД Казахстана встретился с коллегой из России в Астане 12 марта 2024 года.',
  '',
  'Apple paid $3.2 billion for the company, the Wall Street Journal reported on 5 June.',
];

describe('extraction pool (pool/pool.ts)', function () {
  this.timeout(120000);

  it('two workers return, for each text, what engine.extract returns here', async () => {
    const engine = await loadEngine();
    const pool = createExtractPool(2);
    try {
      const got = await Promise.all(TEXTS.map((t) => pool.extract(t, { lang: 'auto' })));
      assert.deepStrictEqual(
        got,
        TEXTS.map((t) => {
          const { entities, lang } = engine.extract(t, { lang: 'auto' });
          return { entities, lang };
        }),
      );
      assert.ok(got[0].entities.length > 0 && got[1].entities.length > 0, 'the texts have entities');
    } finally {
      await pool.close();
    }
  });

  it('after close() a text is refused with a clear error', async () => {
    const pool = createExtractPool(1);
    await pool.close();
    await assert.rejects(pool.extract('Text.', {}), /pool is closed/);
  });

  it('a size that is not a whole number ≥ 1 is refused', () => {
    assert.throws(() => createExtractPool(0), RangeError);
    assert.throws(() => createExtractPool(1.5), RangeError);
  });
});
