// Stable identities: alert and ring ids from the rule and sorted subject keys; evidence fingerprints.
import { createHash } from 'node:crypto';
import type { Evidence, Subject } from './types';

/** Rule id under which rings are stored as alerts. */
export const RING_RULE = 'bid-rigging-ring';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `Label:key` for a subject; plain strings are taken as already-qualified keys. */
export function subjectKey(s: Subject | string): string {
  return typeof s === 'string' ? s : `${s.label}:${s.key}`;
}

/**
 * Alert id: the rule plus the sorted, de-duplicated keys of its defining subjects, hashed.
 * The same official–company pair (or the same ring) gets the same id in every run.
 */
export function alertId(rule: string, subjects: readonly (Subject | string)[]): string {
  const keys = [...new Set(subjects.map(subjectKey))].sort();
  return `${rule}:${sha256([rule, ...keys].join('\n')).slice(0, 16)}`;
}

/** Ring id: the alert id of rule `bid-rigging-ring` over the member companies' USCCs. */
export function ringId(usccs: readonly string[]): string {
  return alertId(
    RING_RULE,
    usccs.map((key) => ({ label: 'Company', key })),
  );
}

/** JSON with object keys sorted at every level, so equal values serialise equally. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
}

/** Fingerprint of an alert's evidence; a different fingerprint next run marks the alert `changed`. */
export function evidenceFingerprint(evidence: readonly Evidence[]): string {
  return sha256(canonicalJson(evidence)).slice(0, 24);
}

/** Short hex digest of any text (rule files, key lists). */
export function digest(text: string, length = 16): string {
  return sha256(text).slice(0, length);
}
