// What the status-bar item says for a document, as plain data (no vscode), so the counts are
// unit-tested: every number in the tooltip counts a set named next to it, and the parts add up to
// the headline (the headline counts live annotations: neither rejected nor orphaned).
import type { Annotation } from '../../sidecar';

export interface StatusSnapshot {
  visible: boolean;
  text: string;
  tooltip: string;
}

export interface StatusInput {
  /** The annotations the editor shows (a relabel's old claim left out). */
  annotations: readonly Annotation[];
  /** Why the sidecar could not be read, if it could not. */
  problem?: string;
  /** Whether highlights are drawn (Toggle Highlights). */
  highlights: boolean;
}

export function statusSummary({ annotations, problem, highlights }: StatusInput): StatusSnapshot {
  const live = annotations.filter((a) => !a.orphan && a.status !== 'rejected');
  const byType = new Map<string, number>();
  for (const a of live) byType.set(a.type, (byType.get(a.type) ?? 0) + 1);
  const suggested = live.filter((a) => a.status === 'suggested').length;
  const rejected = annotations.filter((a) => !a.orphan && a.status === 'rejected').length;
  const orphans = annotations.filter((a) => a.orphan).length;
  const icon = problem ? '$(warning)' : highlights ? '$(tag)' : '$(eye-closed)';
  const text = `${icon} ${live.length}${suggested ? ` (${suggested} to review)` : ''}${orphans ? ` $(debug-disconnect) ${orphans}` : ''}`;
  const lines = [
    `Newsmark: ${live.length} ${live.length === 1 ? 'annotation' : 'annotations'} — ${[...byType].map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`,
    `${suggested} to review + ${live.length - suggested} accepted or added by hand; besides these, ${rejected} rejected and ${orphans} orphaned`,
  ];
  if (!highlights) lines.push('Highlights are hidden (Newsmark: Toggle Highlights shows them).');
  if (problem) lines.push(`Sidecar not read: ${problem}`);
  lines.push('Click to open the Entities view.');
  return { visible: true, text, tooltip: lines.join('\n') };
}
