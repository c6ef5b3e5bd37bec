// Types for scripts/median.mjs, so scripts/bench-editor.ts (TypeScript, strict) can import it.
export function median(xs: readonly number[]): number;
