// Append-only audit log: one JSON line per entry under MINGJING_HOME, hash-chained, plus a head file
// holding the last seq and hash so a cut-off tail is detected too. One writing process per file.
import fs from 'node:fs';
import path from 'node:path';
import { GENESIS, seal, verifyLines, type AuditEntry, type AuditInput, type VerifyResult } from './chain';

export interface AuditLog {
  /** Appends an entry and returns its id (`aud-00000042`). */
  record(input: AuditInput): string;
  /** Re-checks the whole chain. */
  verify(): VerifyResult;
  /** The last `n` entries, newest last. */
  tail(n: number): AuditEntry[];
  close(): void;
}

export function defaultAuditFile(home: string): string {
  return path.join(home, 'audit', 'audit.jsonl');
}

const headFile = (file: string) => `${file}.head`;

function lastLines(file: string, n: number): string[] {
  if (!fs.existsSync(file)) return [];
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const len = Math.min(size, 256 * 1024);
    const buf = Buffer.alloc(len);
    fs.readSync(fd, buf, 0, len, size - len);
    const lines = buf
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    if (len < size) lines.shift();
    return lines.slice(-n);
  } finally {
    fs.closeSync(fd);
  }
}

export class JsonlAuditLog implements AuditLog {
  private fd: number;
  private headFd: number;
  private seq = 0;
  private prev = GENESIS;

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const last = lastLines(file, 1)[0];
    if (last) {
      const e = JSON.parse(last) as { seq: number; hash: string };
      this.seq = e.seq;
      this.prev = e.hash;
    }
    this.fd = fs.openSync(file, 'a', 0o600);
    this.headFd = fs.openSync(headFile(file), 'w', 0o600);
    this.writeHead();
  }

  private writeHead(): void {
    const s = JSON.stringify({ seq: this.seq, hash: this.prev }).padEnd(100) + '\n';
    fs.writeSync(this.headFd, s, 0, 'utf8');
  }

  record(input: AuditInput): string {
    const e = seal(input, this.seq + 1, this.prev);
    fs.writeSync(this.fd, JSON.stringify(e) + '\n');
    this.seq = e.seq;
    this.prev = e.hash;
    this.writeHead();
    return e.id;
  }

  verify(): VerifyResult {
    return verifyAuditFile(this.file);
  }

  tail(n: number): AuditEntry[] {
    return lastLines(this.file, n).map((l) => JSON.parse(l) as AuditEntry);
  }

  close(): void {
    fs.closeSync(this.fd);
    fs.closeSync(this.headFd);
  }
}

/** Verifies a log file (and its head file when present); names the first bad entry. */
export function verifyAuditFile(file: string): VerifyResult {
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
  if (lines.at(-1) === '') lines.pop();
  let head: { seq: number; hash: string } | null = null;
  if (fs.existsSync(headFile(file))) {
    try {
      head = JSON.parse(fs.readFileSync(headFile(file), 'utf8')) as { seq: number; hash: string };
    } catch {
      head = null;
    }
  }
  return verifyLines(lines, head);
}
