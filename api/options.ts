// API settings: one interface, defaults, validation and resolution (sigma's settings pattern).
import path from 'node:path';
import { ConfigError } from '../core/errors';
import type { Role } from './auth/roles';

export interface ApiOptions {
  /** Largest JSON request body (body-parser syntax). */
  bodyLimit: string;
  /** Largest uploaded file in bytes, and files per upload. */
  uploadMaxBytes: number;
  uploadMaxFiles: number;
  /** Where uploads are kept (one folder per upload). */
  uploadDir: string;
  rateLimit: { windowMs: number; perRole: Record<Role, number> };
  cypher: { timeoutMs: number; maxRows: number };
  coi: { maxHops: number; maxIdentifierDegree: number; maxPaths: number; timeoutMs: number };
  neighbours: { perType: number };
  search: { limit: number };
  /** Parse every response through its schema (strips undeclared fields); on unless NODE_ENV=production. */
  validateResponses: boolean;
  /** The UI bundle served at `/` when the folder exists. */
  vizDist: string;
}

export function apiDefaults(home: string, root: string): ApiOptions {
  return {
    bodyLimit: '1mb',
    uploadMaxBytes: 200 * 1024 * 1024,
    uploadMaxFiles: 20,
    uploadDir: path.join(home, 'uploads'),
    rateLimit: {
      windowMs: 60_000,
      perRole: { admin: 6_000, investigator: 6_000, analyst: 6_000, service: 120_000 },
    },
    cypher: { timeoutMs: 10_000, maxRows: 1_000 },
    coi: { maxHops: 4, maxIdentifierDegree: 20, maxPaths: 3, timeoutMs: 5_000 },
    neighbours: { perType: 25 },
    search: { limit: 20 },
    validateResponses: true,
    vizDist: path.join(root, 'viz', 'dist'),
  };
}

export type ApiOverrides = Partial<Omit<ApiOptions, 'rateLimit' | 'cypher' | 'coi'>> & {
  rateLimit?: Partial<ApiOptions['rateLimit']>;
  cypher?: Partial<ApiOptions['cypher']>;
  coi?: Partial<ApiOptions['coi']>;
};

function check(ok: boolean, field: string, expected: string): void {
  if (!ok)
    throw new ConfigError(
      'api.options',
      `API 设置 ${field} 无效，应为${expected}`,
      `API option ${field} is invalid; expected ${expected}`,
      { field, expected },
    );
}

export function validateApiOptions(o: ApiOptions): ApiOptions {
  check(/^\d+(b|kb|mb)$/i.test(o.bodyLimit), 'bodyLimit', '如 1mb (like 1mb)');
  check(
    Number.isInteger(o.uploadMaxBytes) && o.uploadMaxBytes > 0,
    'uploadMaxBytes',
    '正整数 (a positive integer)',
  );
  check(o.coi.maxHops >= 1 && o.coi.maxHops <= 6, 'coi.maxHops', '1–6');
  check(o.coi.maxIdentifierDegree >= 2, 'coi.maxIdentifierDegree', '≥ 2');
  check(o.cypher.maxRows >= 1 && o.cypher.maxRows <= 100_000, 'cypher.maxRows', '1–100000');
  for (const [r, n] of Object.entries(o.rateLimit.perRole)) check(n >= 1, `rateLimit.perRole.${r}`, '≥ 1');
  return o;
}

export function resolveApiOptions(home: string, root: string, over: ApiOverrides = {}): ApiOptions {
  const d = apiDefaults(home, root);
  return validateApiOptions({
    ...d,
    ...over,
    rateLimit: {
      ...d.rateLimit,
      ...over.rateLimit,
      perRole: { ...d.rateLimit.perRole, ...over.rateLimit?.perRole },
    },
    cypher: { ...d.cypher, ...over.cypher },
    coi: { ...d.coi, ...over.coi },
  } as ApiOptions);
}
