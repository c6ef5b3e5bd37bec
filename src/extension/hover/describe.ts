// Words for an entity's machine value, as a hover shows them: "more than 700 — отпечатков пальцев",
// "about 10 %", "5,000,000 RUB", "February 2025". Pure (no vscode) so the unit tests read it plainly.
import type { Entity, EntityType, Qualifier } from '../../core/types';

export const TYPE_NAMES: Record<EntityType, string> = {
  PER: 'Person',
  ORG: 'Organization',
  LOC: 'Place',
  DATE: 'Date',
  NUMBER: 'Number',
  PERCENT: 'Percent',
  MONEY: 'Money',
  ORDINAL: 'Ordinal',
  AGE: 'Age',
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  approx: 'about',
  gt: 'more than',
  gte: 'at least',
  lt: 'less than',
  lte: 'up to',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The value in words, or undefined when the entity carries none (names). */
export function describeValue(e: Entity): string | undefined {
  let core: string | undefined;
  if (e.from !== undefined || e.to !== undefined) {
    const parts = [e.from !== undefined ? `from ${fmt(e.from, e)}` : '', e.to !== undefined ? `to ${fmt(e.to, e)}` : ''];
    core = parts.filter(Boolean).join(' ');
  } else if (e.value !== undefined) {
    core = fmt(e.value, e);
  }
  if (core === undefined) return undefined;
  if (e.qualifier) core = `${QUALIFIER_WORDS[e.qualifier]} ${core}`;
  if (e.type === 'PERCENT') return `${core} %`;
  if (e.type === 'MONEY') return e.currency ? `${core} ${e.currency}` : core;
  // The counted noun stays in the article's words: it is what the figure counts.
  return e.unit && e.unit !== '%' ? `${core} — ${e.unit}` : core;
}

function fmt(v: number | string, e: Entity): string {
  if (typeof v === 'number') return e.type === 'ORDINAL' ? ordinal(v) : formatNumber(v);
  return e.type === 'DATE' ? describeDate(v) : v;
}

/** 1500000 → "1,500,000"; 2.5 → "2.5". Grouping makes large figures checkable at a glance. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${n < 0 ? '−' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

function ordinal(n: number): string {
  const r100 = n % 100;
  const suffix = r100 >= 11 && r100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "2025-02" → "February 2025 (2025-02)"; intervals and unknown shapes keep the ISO text. */
export function describeDate(iso: string): string {
  if (iso.includes('/')) return iso.split('/').map(describeDate).join(' – ');
  const m = /^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const year = y === 'XXXX' ? '' : y;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (mo && !month) return iso; // not a month: show what the engine said
  if (!month) return year || iso;
  const words = [d ? String(Number(d)) : '', month, year].filter(Boolean).join(' ');
  return `${words} (${iso})`;
}
