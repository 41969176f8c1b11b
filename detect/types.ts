// Shared result types of detection: rings, alerts, evidence and the run record.

export type Level = '一级' | '二级' | '三级';

/** One reason an investigator can check, in Chinese, naming tenders, identifiers or paths. */
export interface Evidence {
  /** Signal name, e.g. `cohesion`, `win_rotation`, `cover_bid`, `shared_phone`, `kinship_path`. */
  kind: string;
  /** 中文 sentence shown to the investigator. */
  text: string;
  /** Contribution of this signal to the score, 0..1. */
  weight?: number;
  /** Referenced entities: tender ids, identifier values, node keys along a path. */
  refs?: { label: string; key: string }[];
  /** Raw figures behind the sentence (counts, ratios, prices). */
  data?: Record<string, unknown>;
}

export interface RingMember {
  uscc: string;
  name: string;
}

export interface Ring {
  /** Stable across runs: derived from the sorted member set (see detect/identity.ts). */
  id: string;
  score: number;
  level: Level;
  members: RingMember[];
  evidence: Evidence[];
  /** Signal values in [0,1] by name, for evaluation and tuning. */
  signals: Record<string, number>;
  /** Tenders where at least two members bid together. */
  tenders: string[];
}

export interface Subject {
  /** Node label (Company, Person, Organization, Tender, Payment, Contract). */
  label: string;
  /** The entity's import-contract key (uscc, person_id, org_code, tender_id, ...). */
  key: string;
  name?: string;
}

export type AlertStatus = 'new' | 'recurring' | 'changed' | 'gone';

export interface Alert {
  /** Stable across runs: rule id + the sorted keys of its defining subjects. */
  id: string;
  /** Rule id, e.g. `interest-transfer`, `split-payments`, `bid-rigging-ring`. */
  rule: string;
  level: Level;
  score: number;
  title: string;
  subjects: Subject[];
  evidence: Evidence[];
  /** Hash of the evidence, used to tell `recurring` from `changed`. */
  fingerprint?: string;
  status?: AlertStatus;
}

export interface RunRecord {
  runId: string;
  startedAt: string;
  finishedAt?: string;
  seed: number;
  params: Record<string, unknown>;
  versions: Record<string, string>;
  /** Hash of the input graph's contents (counts and key checksums). */
  inputFingerprint: string;
  timingsMs: Record<string, number>;
  counts: Record<string, number>;
}
