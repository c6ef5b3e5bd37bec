import { featureIndex } from '../src/core/ner/hash';
const seen = new Map<number, number>();
let coll = 0;
for (let t = 0; t < 30; t++) for (let a = 0; a < 20000; a++) { const h = featureIndex(t, (a * 2654435761) >>> 0, 0, (1 << 20) - 1); if (seen.has(h)) coll++; seen.set(h, 1); }
console.log('collisions', coll, 'of', 600000);
// small-int atoms
const s2 = new Set<number>(); for (let t = 0; t < 90; t++) for (let a = 0; a < 7; a++) for (let b = 0; b < 300; b++) s2.add(featureIndex(t, a, b, (1 << 20) - 1));
console.log('distinct small', s2.size, 'of', 90 * 7 * 300);
