// API keys: random secrets shown once, stored as SHA-256 hashes in a JSON file under MINGJING_HOME.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { InputError, NotFoundError } from '../../core/errors';
import { isRole, ROLES, type Role } from './roles';

export interface KeyRecord {
  id: string;
  name: string;
  role: Role;
  /** SHA-256 (hex) of the secret; the secret itself is never stored. */
  hash: string;
  /** First characters of the secret, to recognise a key in a list. */
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

export type PublicKey = Omit<KeyRecord, 'hash'>;

export interface KeyStore {
  /** The active key with this secret, or null. */
  authenticate(secret: string): KeyRecord | null;
  create(input: { name: string; role: string }): { key: PublicKey; secret: string };
  list(): PublicKey[];
  revoke(id: string): PublicKey;
}

export const SECRET_PREFIX = 'mjk_';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function defaultKeyFile(home: string): string {
  return path.join(home, 'api', 'keys.json');
}

const toPublic = ({ hash: _h, ...k }: KeyRecord): PublicKey => k;

/** Keys in one JSON file (mode 0600); re-read when the file changes, so CLI edits reach a running server. */
export class FileKeyStore implements KeyStore {
  private keys: KeyRecord[] = [];
  private byHash = new Map<string, KeyRecord>();
  private mtimeMs = -1;
  private checkedAt = 0;

  constructor(
    readonly file: string,
    private readonly recheckMs = 1000,
  ) {
    this.reload(true);
  }

  private reload(force = false): void {
    const now = Date.now();
    if (!force && now - this.checkedAt < this.recheckMs) return;
    this.checkedAt = now;
    const mtime = fs.existsSync(this.file) ? fs.statSync(this.file).mtimeMs : 0;
    if (!force && mtime === this.mtimeMs) return;
    this.mtimeMs = mtime;
    this.keys = mtime ? (JSON.parse(fs.readFileSync(this.file, 'utf8')) as { keys: KeyRecord[] }).keys : [];
    this.byHash = new Map(this.keys.filter((k) => !k.revokedAt).map((k) => [k.hash, k]));
  }

  private save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ version: 1, keys: this.keys }, null, 2) + '\n', { mode: 0o600 });
    fs.renameSync(tmp, this.file);
    this.reload(true);
  }

  authenticate(secret: string): KeyRecord | null {
    if (!secret.startsWith(SECRET_PREFIX) || secret.length > 200) return null;
    this.reload();
    return this.byHash.get(hashSecret(secret)) ?? null;
  }

  create(input: { name: string; role: string }): { key: PublicKey; secret: string } {
    if (!isRole(input.role)) {
      throw new InputError(
        'keys.role',
        `角色 ${input.role} 无效，应为 ${ROLES.join('、')} 之一`,
        `role ${input.role} is invalid; expected one of ${ROLES.join(', ')}`,
        { field: 'role', expected: ROLES.join('|') },
      );
    }
    const name = input.name.trim() || input.name;
    if (!name || name.length > 100) {
      throw new InputError('keys.name', '密钥名称应为 1–100 个字符', 'key name must be 1–100 characters', {
        field: 'name',
      });
    }
    this.reload(true);
    const secret = SECRET_PREFIX + randomBytes(32).toString('base64url');
    const rec: KeyRecord = {
      id: `key_${randomBytes(6).toString('hex')}`,
      name,
      role: input.role,
      hash: hashSecret(secret),
      prefix: secret.slice(0, 10),
      createdAt: new Date().toISOString(),
      revokedAt: null,
    };
    this.keys.push(rec);
    this.save();
    return { key: toPublic(rec), secret };
  }

  list(): PublicKey[] {
    this.reload(true);
    return this.keys.map(toPublic);
  }

  revoke(id: string): PublicKey {
    this.reload(true);
    const k = this.keys.find((x) => x.id === id);
    if (!k)
      throw new NotFoundError('keys.not_found', `没有编号为 ${id} 的密钥`, `no key with id ${id}`, {
        field: 'id',
      });
    k.revokedAt ??= new Date().toISOString();
    this.save();
    return toPublic(k);
  }
}
