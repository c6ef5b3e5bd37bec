// Human-readable rendering of an EvalReport: fixed-width columns, three decimals, so two runs can be
// compared with diff. `newsmark eval --json` prints the report object itself instead.
import { EvalReport, Prf, ValueScore } from './score';
import type { HalfReports } from './halves';

const f3 = (x: number) => x.toFixed(3);
const prfCells = (p: Prf) => [f3(p.precision), f3(p.recall), f3(p.f1)];

/** A plain-text table: the first `left` columns (names) left-aligned, the others (numbers) right-aligned. */
export function table(rows: string[][], left = 1): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return (
    rows
      .map((r) =>
        r
          .map((c, i) => (i < left ? c.padEnd(widths[i]) : c.padStart(widths[i])))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

function valueCells(v: ValueScore | undefined): string[] {
  if (!v) return ['', '', '', ''];
  return [String(v.n), String(v.found), String(v.correct), v.n ? f3(v.accuracy) : '-'];
}

export function formatReport(r: EvalReport, source: string, predictions = 'the engine'): string {
  let out = `${source}: ${r.spanDocuments} span documents, ${r.pairs} pairs; predictions from ${predictions}\n`;
  if (r.types.length) {
    const hasValues = r.types.some((t) => t.value);
    const head = ['type', 'gold', 'opt', 'pred', 'exact P', 'R', 'F1', 'overlap P', 'R', 'F1'];
    if (hasValues) head.push('values', 'found', 'right', 'acc');
    const rows = [head];
    for (const t of r.types) {
      const row = [t.type, String(t.gold), String(t.optional), String(t.pred), ...prfCells(t.exact), ...prfCells(t.overlap)];
      if (hasValues) row.push(...valueCells(t.value));
      rows.push(row);
    }
    if (r.micro && r.types.length > 1) {
      const sum = (k: 'gold' | 'optional' | 'pred') => String(r.types.reduce((s, t) => s + t[k], 0));
      const row = ['micro', sum('gold'), sum('optional'), sum('pred'), ...prfCells(r.micro.exact), ...prfCells(r.micro.overlap)];
      if (hasValues) row.push('', '', '', '');
      rows.push(row);
    }
    out += '\nSpans (exact honours core_span: a prediction covering the core and inside the mention counts; optional mentions neither count nor cost)\n';
    out += table(rows);
  }
  if (r.pairKinds.length) {
    const rows = [['kind', 'pairs', 'found', 'right', 'acc', 'unsupported']];
    for (const k of r.pairKinds) rows.push([k.kind, ...valueCells(k), String(k.unsupported)]);
    if (r.pairTotal && r.pairKinds.length > 1) rows.push(['all', ...valueCells(r.pairTotal), String(r.pairTotal.unsupported)]);
    out += '\nValues of pairs (the figure of the right type covering the phrase has the gold value)\n';
    out += table(rows);
  }
  if (r.errors && Object.keys(r.errors).length) {
    out += '\nErrors of exact matching (first ones per type; the mention in [brackets])\n';
    for (const [type, e] of Object.entries(r.errors)) {
      for (const [what, list] of [
        ['missed', e.missed],
        ['spurious', e.spurious],
      ] as const) {
        for (const x of list) out += `${type.padEnd(7)} ${what.padEnd(8)} ${x.id} @${x.start}-${x.end}  ${x.context}\n`;
      }
    }
  }
  if (!r.types.length && !r.pairKinds.length) {
    out += r.goldTypes.length
      ? `\nNothing scored: the gold's types (${r.goldTypes.join(', ')}) are not newsmark types; name the ones to score with --types.\n`
      : '\nNothing scored: the gold has no entities and no pairs.\n';
  }
  const reasons = Object.entries(r.unsupportedReasons);
  if (reasons.length) {
    out += '\nNot scored (gold value shapes newsmark does not express): ';
    out += reasons.map(([why, n]) => `${why} ×${n}`).join('; ') + '\n';
  }
  return out;
}

/** The tuning half, the check half and the whole file, one report after the other. */
export function formatHalves(r: HalfReports, source: string, predictions?: string): string {
  return (['tuning', 'check', 'all'] as const)
    .map((h) => `== ${h === 'all' ? 'whole file' : `${h} half`} ==\n${formatReport(r[h], source, predictions)}`)
    .join('\n');
}
