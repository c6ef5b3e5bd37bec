// The nominative of an adjective or participle in a name, agreeing with its noun ("Соединённых" →
// "Соединённые", "Ленинградском" → "Ленинградское"). az's inflect() first; when its answer leaves
// the word's stem (it turns passive participles active), the ending table decides.
import { AzParse } from './morph';
import { RU_ADJ_ENDINGS, RU_ADJ_NOMINATIVE } from './tables/ru-adjective-endings';

export type Agreement = 'masc' | 'femn' | 'neut' | 'plur';

export function adjectiveNominative(p: AzParse, word: string, want: Agreement): string | undefined {
  const lower = word.toLowerCase();
  const r = p.inflect(want === 'plur' ? ['nomn', 'plur'] : ['nomn', 'sing', want]);
  const ending = RU_ADJ_ENDINGS.find((e) => lower.endsWith(e) && lower.length > e.length + 1);
  if (!ending) return r ? r.word : undefined;
  const stem = lower.slice(0, lower.length - ending.length);
  if (r && fold(r.word).startsWith(fold(stem))) return r.word;
  // Velars and sibilants take the soft spelling in masculine and plural ("Арабских" → "Арабские").
  const soft = /^[иеюя]/.test(ending) && !/[гкхжшчщц]$/.test(stem);
  const velar = /[гкхжшчщ]$/.test(stem) && (want === 'masc' || want === 'plur');
  const [hard, softEnd] = RU_ADJ_NOMINATIVE[want];
  return stem + (soft || velar ? softEnd : hard);
}

function fold(s: string): string {
  return s.replace(/ё/g, 'е');
}
