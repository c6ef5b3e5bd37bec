// Who can be named as a quote's speaker in Set Speaker…: the document's people and organizations,
// nearest to the quote first. Pure (no vscode), so the order is unit-tested.
import type { Annotation } from '../../sidecar';

/** People and organizations a quote can be attributed to, nearest to the quote first (ties: earlier first). */
export function speakerCandidates(annotations: readonly Annotation[], quote: Annotation): Annotation[] {
  const distance = (a: Annotation) => (a.end <= quote.start ? quote.start - a.end : a.start >= quote.end ? a.start - quote.end : 0);
  return annotations
    .filter((a) => (a.type === 'PER' || a.type === 'ORG') && !a.orphan && a.status !== 'rejected')
    .sort((x, y) => distance(x) - distance(y) || x.start - y.start);
}
