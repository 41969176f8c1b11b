// Maps a rule's result rows to Alert objects: stable id, level, fingerprint, 中文 amounts formatted.
import { alertId, evidenceFingerprint } from '../identity';
import { levelFor } from '../level';
import type { Alert, Evidence, Subject } from '../types';
import type { RuleDef } from './catalog';

/** Columns every rule returns (see cypher/rules/README.md). */
export interface RuleRow {
  /** Defining subjects as `Label:key`; the alert id is derived from these and the rule id. */
  identity: string[];
  subjects: Subject[];
  score: number;
  title: string;
  evidence: Evidence[];
}

/** 1234567.5元 → 1,234,567.5元 in evidence text (figures stay exact in `data`). */
export function formatAmounts(text: string): string {
  return text.replace(/(\d+)(\.\d+)?元/g, (_m, int: string, frac: string | undefined) => {
    const cents = frac ? Math.round(Number(`0${frac}`) * 100) : 0;
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${grouped}${cents ? `.${String(cents).padStart(2, '0').replace(/0$/, '')}` : ''}元`;
  });
}

/** 54.0% → 54%, 12.3456% → 12.35% in evidence text. */
export function formatPercents(text: string): string {
  return text.replace(/(\d+\.\d+)%/g, (_m, n: string) => `${Number(Number(n).toFixed(2))}%`);
}

function cleanEvidence(e: Evidence): Evidence {
  const out: Evidence = { kind: e.kind, text: formatPercents(formatAmounts(e.text)) };
  if (typeof e.weight === 'number') out.weight = e.weight;
  const refs = (e.refs ?? []).filter((r) => r && r.key !== null && r.key !== undefined);
  if (refs.length) out.refs = refs.map((r) => ({ label: r.label, key: String(r.key) }));
  if (e.data) {
    const data = Object.fromEntries(Object.entries(e.data).filter(([, v]) => v !== null && v !== undefined));
    if (Object.keys(data).length) out.data = data;
  }
  return out;
}

function cleanSubjects(list: Subject[]): Subject[] {
  const seen = new Set<string>();
  const out: Subject[] = [];
  for (const s of list) {
    if (!s || s.key === null || s.key === undefined) continue;
    const id = `${s.label}:${s.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(
      s.name ? { label: s.label, key: String(s.key), name: s.name } : { label: s.label, key: String(s.key) },
    );
  }
  return out;
}

function contractError(rule: RuleDef, column: string): Error {
  return new Error(`rule ${rule.id} (cypher/${rule.stmt.name}.cypher) returned a row without \`${column}\``);
}

export function rowToAlert(rule: RuleDef, row: Record<string, unknown>): Alert {
  for (const c of ['identity', 'subjects', 'score', 'title', 'evidence']) {
    if (row[c] === undefined || row[c] === null) throw contractError(rule, c);
  }
  const r = row as unknown as RuleRow;
  const evidence = r.evidence.map(cleanEvidence);
  const score = Math.round(Math.min(1, Math.max(0, Number(r.score))) * 1000) / 1000;
  return {
    id: alertId(rule.id, r.identity),
    rule: rule.id,
    level: levelFor(score, rule.severity),
    score,
    title: r.title,
    subjects: cleanSubjects(r.subjects),
    evidence,
    fingerprint: evidenceFingerprint(evidence),
  };
}

/** Alerts of one rule, one per identity (rows sharing an identity are merged), sorted by id. */
export function rowsToAlerts(rule: RuleDef, rows: Record<string, unknown>[]): Alert[] {
  const byId = new Map<string, Alert>();
  for (const row of rows) {
    const a = rowToAlert(rule, row);
    const prev = byId.get(a.id);
    if (!prev) byId.set(a.id, a);
    else {
      const evidence = [...prev.evidence, ...a.evidence];
      byId.set(a.id, {
        ...prev,
        score: Math.max(prev.score, a.score),
        level: levelFor(Math.max(prev.score, a.score), rule.severity),
        subjects: cleanSubjects([...prev.subjects, ...a.subjects]),
        evidence,
        fingerprint: evidenceFingerprint(evidence),
      });
    }
  }
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
