// The audit hash chain: each entry's hash covers the previous entry's hash and the entry itself,
// so editing or deleting any entry breaks the chain at that entry. Pure functions.
import { createHash } from 'node:crypto';

export const GENESIS = '0'.repeat(64);

export interface AuditActor {
  keyId: string;
  name: string;
  role: string;
}

/** What a caller records: who, what was asked, how many results. */
export interface AuditInput {
  actor: AuditActor | null;
  action: string;
  /** What was asked (ids, filters), masked for roles without need-to-know. */
  query?: unknown;
  results?: number;
  status?: number;
  /** Extra facts (a workflow transition's from/to, a reason). */
  detail?: unknown;
}

export interface AuditEntry extends AuditInput {
  seq: number;
  id: string;
  ts: string;
  prev: string;
  hash: string;
}

/** JSON with object keys sorted at every level, so the hash does not depend on key order. */
export function canonical(v: unknown): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
}

export function entryHash(e: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256').update(e.prev).update('\n').update(canonical(e)).digest('hex');
}

export const auditId = (seq: number): string => `aud-${String(seq).padStart(8, '0')}`;

export function seal(
  input: AuditInput,
  seq: number,
  prev: string,
  ts = new Date().toISOString(),
): AuditEntry {
  const body = { ...input, seq, id: auditId(seq), ts, prev };
  return { ...body, hash: entryHash(body) };
}

export interface VerifyResult {
  ok: boolean;
  entries: number;
  /** The first bad entry: its line in the file, its (expected) sequence number and why. */
  bad?: { line: number; seq: number; id: string; reason: string; zh: string };
  lastHash: string;
}

function fail(
  line: number,
  seq: number,
  reason: string,
  zh: string,
  entries: number,
  lastHash: string,
): VerifyResult {
  return { ok: false, entries, bad: { line, seq, id: auditId(seq), reason, zh }, lastHash };
}

/** Checks the chain line by line; `head` (the last seq and hash recorded on append) catches a cut-off tail. */
export function verifyLines(lines: string[], head?: { seq: number; hash: string } | null): VerifyResult {
  let prev = GENESIS;
  let expected = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    if (lines[i].trim() === '') continue;
    let e: AuditEntry;
    try {
      e = JSON.parse(lines[i]) as AuditEntry;
    } catch {
      return fail(line, expected, 'not valid JSON', '不是有效的 JSON（被改动）', expected - 1, prev);
    }
    if (e.seq !== expected || e.prev !== prev) {
      const missing = typeof e.seq === 'number' && e.seq > expected;
      return missing
        ? fail(
            line,
            expected,
            `entry ${auditId(expected)} is missing (deleted) before line ${line}`,
            `第 ${line} 行之前的记录 ${auditId(expected)} 缺失（被删除）`,
            expected - 1,
            prev,
          )
        : fail(
            line,
            expected,
            `entry at line ${line} does not follow the previous one (edited or reordered)`,
            `第 ${line} 行记录与前一条不衔接（被改动或调换）`,
            expected - 1,
            prev,
          );
    }
    const { hash, ...body } = e;
    if (entryHash(body) !== hash) {
      return fail(
        line,
        e.seq,
        `entry ${e.id} at line ${line} was edited (hash mismatch)`,
        `第 ${line} 行记录 ${e.id} 被改动（哈希不符）`,
        expected - 1,
        prev,
      );
    }
    prev = hash;
    expected++;
  }
  const count = expected - 1;
  if (head && (head.seq > count || (head.seq === count && head.hash !== prev))) {
    return fail(
      lines.length + 1,
      count + 1,
      `entries after ${auditId(count)} are missing (the log was cut off at the end)`,
      `${auditId(count)} 之后的记录缺失（日志末尾被截断）`,
      count,
      prev,
    );
  }
  return { ok: true, entries: count, lastHash: prev };
}
