// What the engine claimed about a suggestion, as a short fingerprint written beside it (`sig`).
// A reviewer who fixes a suggestion in the YAML (700 → 7000, LOC → ORG, a better norm) changes its
// fields but not its fingerprint, so the next `annotate` can tell a person's correction (kept, like a
// decision) from the engine's own earlier output (refreshed). Without it the two look the same and the
// correction is silently undone.
import { createHash } from 'node:crypto';
import { ENTITY_EXTRA_KEYS } from './schema';
import type { Annotation } from './types';

/** The fields of a claim: what the engine says about a span, beyond where it is. */
type Claim = Pick<Annotation, 'type' | (typeof ENTITY_EXTRA_KEYS)[number]>;

/** 8 hex digits of SHA-1 over the claim's fields in a fixed order (absent fields as null). */
export function claimSignature(a: Claim): string {
  const fields = [a.type, ...ENTITY_EXTRA_KEYS.map((k) => (a[k] === undefined ? null : a[k]))];
  return createHash('sha1').update(JSON.stringify(fields), 'utf8').digest('hex').slice(0, 8);
}

/**
 * True when a person changed a suggestion's claim in the file: its fields no longer match the
 * fingerprint written with them. An entry from before fingerprints existed (no `sig`) is judged by its
 * id, which starts with the type it was created with ("loc-…" now typed ORG was relabelled by hand).
 */
export function isHandEdited(a: Annotation): boolean {
  if (a.status !== 'suggested') return false;
  if (a.sig !== undefined) return a.sig !== claimSignature(a);
  return /^[a-z]+-/.test(a.id) && !a.id.startsWith(`${a.type.toLowerCase()}-`);
}
