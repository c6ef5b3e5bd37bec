import * as assert from 'assert';
import { isIsoDate, resolveRefDate } from '../../../src/core/refdate';

describe('refdate', () => {
  const cases: Array<[string, string, string | undefined, string | undefined, string | undefined]> = [
    // [name, text, --ref-date, dateline, expected]
    ['--ref-date wins over the dateline', 'АСТАНА, 22 июл — Sputnik. В 2025 году', '2024-01-31', 'XXXX-07-22', '2024-01-31'],
    ['full dateline', 'x', undefined, '2025-07-22', '2025-07-22'],
    ['year-less dateline takes the latest year the text names', 'За 2024 год и пять месяцев 2025-го', undefined, 'XXXX-07-22', '2025-07-22'],
    ['English year context', 'MOSCOW, July 22 (Reuters) - Since 2019 and in July 2023 …', undefined, 'XXXX-07-22', '2023-07-22'],
    ['counts are not years', 'задержано 2030 человек в 2024 году', undefined, 'XXXX-07-22', '2024-07-22'],
    ['year-less dateline, no year in the text', 'АСТАНА, 22 июл — Sputnik.', undefined, 'XXXX-07-22', undefined],
    ['29 February needs a leap year', 'в 2023 году', undefined, 'XXXX-02-29', undefined],
    ['no dateline', 'в 2023 году', undefined, undefined, undefined],
  ];
  for (const [name, text, explicit, dateline, expected] of cases) {
    it(name, () => assert.strictEqual(resolveRefDate(text, explicit, dateline), expected));
  }
  it('rejects a malformed --ref-date', () => {
    assert.throws(() => resolveRefDate('x', '2025-02-30', undefined), /YYYY-MM-DD/);
    assert.throws(() => resolveRefDate('x', '22.07.2025', undefined), /YYYY-MM-DD/);
  });
  it('isIsoDate', () => {
    assert.deepStrictEqual(['2024-02-29', '2023-02-29', '2025-13-01', '2025-7-1'].map(isIsoDate), [true, false, false, false]);
  });
});
