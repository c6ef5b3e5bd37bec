// Scores quote finding and speaker attribution on the project's quote gold set
// (test/fixtures/quotes/*.jsonl, see its README), per language and per half (src/core/eval/split.ts):
// quote span P/R/F1 (exact: the quoted words without their marks), speaker accuracy over gold quotes
// with a speaker that were found, and the share of found quotes given a wrong speaker.
//   npx tsx scripts/score-quotes.ts [--errors]   (--errors lists mistakes on the tuning half only)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine } from '../src/core/engine';
import { HALVES, halfOf } from '../src/core/eval/split';
import { findQuotes } from '../src/core/quotes/quotes';
import type { Entity, Lang } from '../src/core/types';

interface Item {
  id: string;
  lang: Lang;
  text: string;
  quotes: { text: string; speaker: string | null }[];
}

const dir = join(__dirname, '../test/fixtures/quotes');
const showErrors = process.argv.includes('--errors');
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '-');
const sameSpeaker = (gold: string, e: Entity) => [e.text, e.norm ?? ''].some((s) => s && (s.includes(gold) || gold.includes(s)));

async function main(): Promise<void> {
  const engine = await loadEngine();
  for (const lang of ['ru', 'en'] as const) {
    const items: Item[] = readFileSync(join(dir, `quotes-${lang}.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    for (const half of HALVES) {
      let tp = 0,
        fp = 0,
        fn = 0,
        withSpeaker = 0,
        right = 0,
        wrong = 0,
        found = 0;
      for (const item of items.filter((i) => halfOf(i.text) === half)) {
        const r = engine.extract(item.text, { lang });
        const pred = findQuotes(item.text, r.entities, lang);
        found += pred.length;
        const gold = [...item.quotes];
        for (const p of pred) {
          const g = gold.findIndex((x) => x.text === p.text);
          if (g < 0) {
            fp++;
            if (showErrors && half === 'tuning') console.log(`  ${item.id}: spurious ${JSON.stringify(p.text)}`);
            if (p.speaker !== undefined) wrong++;
            continue;
          }
          tp++;
          const want = gold[g].speaker;
          gold.splice(g, 1);
          const got = p.speaker === undefined ? undefined : r.entities[p.speaker];
          if (want) withSpeaker++;
          if (want && got && sameSpeaker(want, got)) right++;
          else if (got) {
            wrong++;
            if (showErrors && half === 'tuning')
              console.log(`  ${item.id}: speaker ${JSON.stringify(got.text)} for ${JSON.stringify(p.text)}, gold ${JSON.stringify(want)}`);
          } else if (want && showErrors && half === 'tuning')
            console.log(`  ${item.id}: no speaker for ${JSON.stringify(p.text)}, gold ${JSON.stringify(want)}`);
        }
        fn += gold.length;
        if (showErrors && half === 'tuning') for (const g of gold) console.log(`  ${item.id}: missed ${JSON.stringify(g.text)}`);
      }
      const p = tp / (tp + fp);
      const rc = tp / (tp + fn);
      console.log(
        `${lang} ${half.padEnd(6)}: quotes P ${f3(p)} R ${f3(rc)} F1 ${f3((2 * p * rc) / (p + rc))} (${tp + fn} gold); ` +
          `speaker accuracy ${f3(right / withSpeaker)} (${right}/${withSpeaker}); wrong speaker ${f3(wrong / found)} of found quotes (${wrong}/${found})`,
      );
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
