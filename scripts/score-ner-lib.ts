// Scoring of PER/ORG/LOC predictions against span gold, the factRuEval way:
//   exact: same start, end and type;
//   core:  the prediction covers the gold core_span (or the whole mention when it has none)
//          and stays inside the whole mention.
// Optional gold mentions are neither required nor penalized: a prediction that matches one is ignored.
import { GoldDoc, GoldEntity } from './ner-data';

export const TYPES = ['PER', 'ORG', 'LOC'];
type Mode = 'exact' | 'core';
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type Scores = Record<Mode, Record<string, Counts>>;

interface P {
  start: number;
  end: number;
  type: string;
}

function matches(p: P, g: GoldEntity, mode: Mode): boolean {
  if (p.type !== g.type) return false;
  if (mode === 'exact') return p.start === g.start && p.end === g.end;
  const [cs, ce] = g.core_span ?? [g.start, g.end];
  return p.start <= cs && p.end >= ce && p.start >= g.start && p.end <= g.end;
}

export function scoreDocs(gold: GoldDoc[], pred: Array<{ id: string; entities: P[] }>): Scores {
  const byId = new Map(pred.map((d) => [d.id, d]));
  const scores = { exact: {}, core: {} } as Scores;
  for (const mode of ['exact', 'core'] as Mode[])
    for (const t of TYPES) scores[mode][t] = { tp: 0, fp: 0, fn: 0 };
  for (const g of gold) {
    const ps = (byId.get(g.id)?.entities ?? []).filter((e) => TYPES.includes(e.type));
    const gs = g.entities.filter((e) => TYPES.includes(e.type));
    for (const mode of ['exact', 'core'] as Mode[]) {
      const used = new Set<GoldEntity>();
      for (const p of ps) {
        const hit = gs.find((e) => !e.optional && !used.has(e) && matches(p, e, mode));
        if (hit) {
          used.add(hit);
          scores[mode][p.type].tp++;
        } else if (!gs.some((e) => e.optional && matches(p, e, mode))) scores[mode][p.type].fp++;
      }
      for (const e of gs) if (!e.optional && !used.has(e)) scores[mode][e.type].fn++;
    }
  }
  return scores;
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
}

export function printScores(s: Scores, title: string): void {
  const lines = [`${title}`, 'type  mode   P      R      F1     (tp/fp/fn)'];
  for (const t of TYPES)
    for (const mode of ['exact', 'core'] as Mode[]) {
      const c = s[mode][t];
      const { p, r, f } = f1(c);
      lines.push(`${t.padEnd(5)} ${mode.padEnd(6)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}  (${c.tp}/${c.fp}/${c.fn})`);
    }
  process.stdout.write(lines.join('\n') + '\n');
}

/** Misses and false alarms under core-span matching, for error analysis (`--errors`). */
export function errorLines(gold: GoldDoc[], pred: Array<{ id: string; entities: P[] }>, type: string): string[] {
  const byId = new Map(pred.map((d) => [d.id, d]));
  const out: string[] = [];
  for (const g of gold) {
    const ps = (byId.get(g.id)?.entities ?? []).filter((e) => e.type === type);
    const gs = g.entities.filter((e) => TYPES.includes(e.type));
    const ctx = (s: number, e: number) => `${g.text.slice(Math.max(0, s - 25), s)}[${g.text.slice(s, e)}]${g.text.slice(e, e + 25)}`.replace(/\s+/g, ' ');
    for (const p of ps)
      if (!gs.some((e) => matches(p, e, 'core'))) {
        const other = gs.find((e) => e.start < p.end && p.start < e.end);
        out.push(`FP ${type} ${ctx(p.start, p.end)}${other ? `   gold ${other.type}${other.optional ? '?' : ''} "${other.text}"` : ''}`);
      }
    for (const e of gs)
      if (e.type === type && !e.optional && !ps.some((p) => matches(p, e, 'core'))) {
        const other = (byId.get(g.id)?.entities ?? []).find((p) => p.start < e.end && e.start < p.end);
        out.push(`FN ${type} ${ctx(e.start, e.end)}${other ? `   pred ${other.type} "${g.text.slice(other.start, other.end)}"` : ''}`);
      }
  }
  return out;
}
