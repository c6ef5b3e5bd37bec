// "Совет министров … государств – участников СНГ", "страны – члены ЕС", "государств-членов ШОС":
// Russian writes "member states of X" as a dash compound, and the tagger, which reads the dash as a
// boundary, splits such names in two. Joining them is a rule of Russian, not of one corpus: an ORG,
// then a dash compound of участник/член, then the ORG or place it belongs to, is one organization.
// The inner name stays as well (a nested mention), so "СНГ" is still found and grouped.
import { Span } from './spans';

const MEMBER_LINK = /^\s*[-–—‐]\s*(?:участник|член)\p{Ll}*\s+$/u;

export function joinMemberStates(text: string, spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (a.type === 'ORG' && b && (b.type === 'ORG' || b.type === 'LOC') && MEMBER_LINK.test(text.slice(a.end, b.start))) {
      out.push({ start: a.start, end: b.end, type: 'ORG', first: a.first, last: b.last }, b);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
