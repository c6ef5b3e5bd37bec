// Accuracy of the Russian normalizer on the hand-written normal-form set (test/unit/ner/norm-ru-set.ts).
//   npx tsx scripts/score-norm.ts [--errors] [--heldout]   (--heldout: the second set, norm-ru-heldout.ts)
import { loadMorph } from '../src/core/ner/morph';
import { normalizeRu } from '../src/core/ner/norm-ru';
import { NORM_SET } from '../test/unit/ner/norm-ru-set';
import { NORM_HELDOUT } from '../test/unit/ner/norm-ru-heldout';

async function main(): Promise<void> {
  const morph = await loadMorph();
  const byType = new Map<string, [number, number]>();
  const set = process.argv.includes('--heldout') ? NORM_HELDOUT : NORM_SET;
  for (const [text, type, want] of set) {
    const got = normalizeRu(text, type, morph);
    const c = byType.get(type) ?? [0, 0];
    c[1]++;
    if (got === want) c[0]++;
    else if (process.argv.includes('--errors')) console.log(`${type}\t${text}\t→ ${got}\t(want ${want})`);
    byType.set(type, c);
  }
  let ok = 0;
  let n = 0;
  for (const [type, [a, b]] of byType) {
    console.log(`${type}\t${a}/${b}\t${(a / b).toFixed(3)}`);
    ok += a;
    n += b;
  }
  console.log(`all\t${ok}/${n}\t${(ok / n).toFixed(3)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
