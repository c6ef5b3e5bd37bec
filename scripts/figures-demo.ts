// Prints the figures of a text file (or of stdin): npx tsx scripts/figures-demo.ts FILE [ru|en] [YYYY-MM-DD]
import * as fs from 'fs';
import { tokenize } from '../src/core/tokenize';
import { loadFigures, findDateline } from '../src/core/figures';

async function main(): Promise<void> {
  const [file, lang = 'ru', refDate] = process.argv.slice(2);
  const text = fs.readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
  const fig = await loadFigures();
  console.log('dateline:', findDateline(text));
  for (const e of fig.recognize(text, tokenize(text), { lang: lang as 'ru' | 'en', refDate })) console.log(JSON.stringify(e));
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
