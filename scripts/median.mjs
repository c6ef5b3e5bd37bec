// The median of a list of timings, shared by scripts/bench.mjs and scripts/bench-editor.ts so both
// report the same statistic (the mean of the two middle values for an even count).
/** @param {readonly number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
