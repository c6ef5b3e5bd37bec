// Shared test data: the real sample article and entities placed on it by quote (not by hand-typed offsets).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, EntityType } from '../../../src/core/types';

export const SAMPLE_PATH = join(__dirname, '../../../samples/ru-mvd-kazakhstan-russia.txt');
export const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');

export const atStrict = (...a: Parameters<typeof at>) => at(...a);

/** The entity for the nth occurrence (0-based) of `quote` in `text`. Throws if there is none. */
export function at(text: string, quote: string, type: EntityType, nth = 0, extra: Partial<Entity> = {}): Entity {
  let s = -1;
  for (let i = 0; i <= nth; i++) {
    s = text.indexOf(quote, s + 1);
    if (s < 0) throw new Error(`occurrence ${nth} of "${quote}" not found`);
  }
  return { type, text: quote, start: s, end: s + quote.length, ...extra };
}

/** What an engine could say about the sample: names, places, a long ORG (> 32 chars), figures. */
export function sampleEntities(text: string = SAMPLE, opts: { skipMissing?: boolean } = {}): Entity[] {
  const at = (t: string, q: string, type: EntityType, nth = 0, extra: Partial<Entity> = {}) => {
    try {
      return [atStrict(t, q, type, nth, extra)];
    } catch (err) {
      if (opts.skipMissing) return [];
      throw err;
    }
  };
  return [
    at(text, 'Казахстана', 'LOC', 0, { norm: 'Казахстан' }),
    at(text, 'России', 'LOC', 0, { norm: 'Россия' }),
    at(text, '22 июл', 'DATE', 0, { value: 'XXXX-07-22' }),
    at(text, 'Усть-Каменогорске', 'LOC', 0, { norm: 'Усть-Каменогорск' }),
    at(text, 'Владимир Колокольцев', 'PER', 0, { norm: 'Владимир Колокольцев' }),
    at(text, 'Ержан Саденов', 'PER', 0, { norm: 'Ержан Саденов' }),
    at(text, 'Владимир Колокольцев', 'PER', 1, { norm: 'Владимир Колокольцев' }),
    at(text, 'Совет министров внутренних дел государств – участников СНГ', 'ORG'),
    at(text, 'ОДКБ', 'ORG'),
    at(text, 'Интерпола', 'ORG', 0, { norm: 'Интерпол' }),
    at(text, 'почти на 10 %', 'PERCENT', 0, { value: 10, unit: '%', qualifier: 'lt' }),
    at(text, 'свыше семисот', 'NUMBER', 0, { value: 700, qualifier: 'gt', unit: 'отпечатков пальцев' }),
    at(text, '2024 год', 'DATE', 0, { value: '2024' }),
    at(text, 'около 120', 'NUMBER', 0, { value: 120, qualifier: 'approx', unit: 'лиц' }),
    at(text, '2024 год', 'DATE', 1, { value: '2024' }),
    at(text, 'более 440', 'NUMBER', 0, { value: 440, qualifier: 'gt', unit: 'казахстанских специалистов' }),
  ].flat();
}

/** Paragraphs (split on blank lines) and back: the edits below work on whole paragraphs like an editor would. */
export const paragraphs = (text: string) => text.split('\n\n');
export const joinParagraphs = (ps: string[]) => ps.join('\n\n');
