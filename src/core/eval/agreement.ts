// Agreement between two annotators of the same texts: per-type precision/recall/F1 of B against A with
// the matcher `eval` uses (exact and overlap, one-to-one), and Cohen's kappa over tokens — each word or
// number token labelled with the type of the span covering it or O — which corrects the raw token
// agreement for what two annotators would agree on by chance given how often each uses each label.
import { tokenize } from '../tokenize';
import { MatchMode, matchSpans } from './match';
import { Prf, prf } from './score';

export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

export interface AgreementDoc<S extends TypedSpan> {
  text: string;
  a: readonly S[];
  b: readonly S[];
}

export interface TypeAgreement {
  type: string;
  a: number;
  b: number;
  exact: Prf;
  overlap: Prf;
}

export interface Disagreement<S extends TypedSpan> {
  doc: number;
  /** A's span (missing in B, or labelled differently there). */
  a?: S;
  /** B's span (missing in A, or labelled differently there). */
  b?: S;
}

export interface AgreementReport<S extends TypedSpan> {
  types: TypeAgreement[];
  micro: { exact: Prf; overlap: Prf };
  kappa: { value: number; tokens: number; observed: number; expected: number };
  disagreements: Disagreement<S>[];
}

const asGold = (s: TypedSpan) => ({ start: s.start, end: s.end, type: s.type, optional: false });

export function agreement<S extends TypedSpan>(docs: readonly AgreementDoc<S>[], types?: readonly string[]): AgreementReport<S> {
  const wanted = (s: TypedSpan) => !types || types.includes(s.type);
  const seen = new Set<string>();
  for (const d of docs) for (const s of [...d.a, ...d.b]) if (wanted(s)) seen.add(s.type);
  const typeList = types ? [...types] : [...seen].sort();
  const counts = new Map(typeList.map((t) => [t, { a: 0, b: 0, exact: { tp: 0, fp: 0, fn: 0 }, overlap: { tp: 0, fp: 0, fn: 0 } }]));
  const disagreements: Disagreement<S>[] = [];
  // Token labels for kappa.
  const pairs = new Map<string, number>();
  const labelsA = new Map<string, number>();
  const labelsB = new Map<string, number>();
  let tokens = 0;

  docs.forEach((d, doc) => {
    const a = d.a.filter(wanted);
    const b = d.b.filter(wanted);
    for (const t of typeList) {
      const c = counts.get(t)!;
      const at = a.filter((s) => s.type === t);
      const bt = b.filter((s) => s.type === t);
      c.a += at.length;
      c.b += bt.length;
      for (const mode of ['exact', 'overlap'] as MatchMode[]) {
        const r = matchSpans(at.map(asGold), bt, mode);
        c[mode].tp += r.tp;
        c[mode].fp += r.fp;
        c[mode].fn += r.fn;
      }
    }
    // Disagreements, exact: a span of one side with no same span and type on the other.
    const key = (s: TypedSpan) => `${s.start}:${s.end}:${s.type}`;
    const bKeys = new Set(b.map(key));
    const aKeys = new Set(a.map(key));
    const bBySpan = new Map(b.map((s) => [`${s.start}:${s.end}`, s]));
    const relabelled = new Set<S>();
    for (const s of a) {
      if (bKeys.has(key(s))) continue;
      const other = bBySpan.get(`${s.start}:${s.end}`);
      if (other && !aKeys.has(key(other))) relabelled.add(other);
      disagreements.push({ doc, a: s, ...(other && !aKeys.has(key(other)) ? { b: other } : {}) });
    }
    for (const s of b) if (!aKeys.has(key(s)) && !relabelled.has(s)) disagreements.push({ doc, b: s });

    const labelAt = (spans: readonly TypedSpan[]) => {
      const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
      return (start: number, end: number) => sorted.find((s) => s.start < end && start < s.end)?.type ?? 'O';
    };
    const la = labelAt(a);
    const lb = labelAt(b);
    for (const t of tokenize(d.text)) {
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      const x = la(t.start, t.end);
      const y = lb(t.start, t.end);
      tokens++;
      pairs.set(`${x}\u0000${y}`, (pairs.get(`${x}\u0000${y}`) ?? 0) + 1);
      labelsA.set(x, (labelsA.get(x) ?? 0) + 1);
      labelsB.set(y, (labelsB.get(y) ?? 0) + 1);
    }
  });

  let agreeTokens = 0;
  for (const [k, n] of pairs) {
    const [x, y] = k.split('\u0000');
    if (x === y) agreeTokens += n;
  }
  const observed = tokens ? agreeTokens / tokens : 1;
  let expected = 0;
  for (const [label, n] of labelsA) expected += (n / tokens) * ((labelsB.get(label) ?? 0) / tokens);
  // Both annotators using one label only (everything O): chance agreement is total; kappa is 1 by convention.
  const kappa = expected === 1 ? 1 : (observed - expected) / (1 - expected);

  const micro = { exact: { tp: 0, fp: 0, fn: 0 }, overlap: { tp: 0, fp: 0, fn: 0 } };
  const typesOut: TypeAgreement[] = typeList.map((type) => {
    const c = counts.get(type)!;
    for (const m of ['exact', 'overlap'] as const) {
      micro[m].tp += c[m].tp;
      micro[m].fp += c[m].fp;
      micro[m].fn += c[m].fn;
    }
    return { type, a: c.a, b: c.b, exact: prf(c.exact), overlap: prf(c.overlap) };
  });
  return {
    types: typesOut,
    micro: { exact: prf(micro.exact), overlap: prf(micro.overlap) },
    kappa: { value: tokens ? kappa : 1, tokens, observed, expected },
    disagreements,
  };
}
