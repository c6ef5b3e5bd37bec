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
  // One pass, counts only: the status bar is recounted after every change of a list of up to 25,000.
  const byType = new Map<string, number>();
  let live = 0;
  let suggested = 0;
  let rejected = 0;
  let orphans = 0;
  for (const a of annotations) {
    if (a.orphan) orphans++;
    else if (a.status === 'rejected') rejected++;
    else {
      live++;
      if (a.status === 'suggested') suggested++;
      byType.set(a.type, (byType.get(a.type) ?? 0) + 1);
    }
  }
  const icon = problem ? '$(warning)' : highlights ? '$(tag)' : '$(eye-closed)';
  const text = `${icon} ${live}${suggested ? ` (${suggested} to review)` : ''}${orphans ? ` $(debug-disconnect) ${orphans}` : ''}`;
  const lines = [
    `Newsmark: ${live} ${live === 1 ? 'annotation' : 'annotations'} — ${[...byType].map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`,
    `${suggested} to review + ${live - suggested} accepted or added by hand; besides these, ${rejected} rejected and ${orphans} orphaned`,
  ];
  if (!highlights) lines.push('Highlights are hidden (Newsmark: Toggle Highlights shows them).');
  if (problem) lines.push(`Sidecar not read: ${problem}`);
  lines.push('Click to open the Entities view.');
  return { visible: true, text, tooltip: lines.join('\n') };
}
