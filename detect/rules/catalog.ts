// The rule catalog: every cypher/rules/*.cypher file, described by its header (id, 中文 title, basis,
// severity, params with defaults, needs), so investigators and the CLI read what each rule checks.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../../core/errors';
import { CYPHER_DIR, cypher, header, type Statement } from '../../graph/cypher';
import { isLevel } from '../level';
import type { Level } from '../types';

export type ParamValue = number | boolean | string;

export interface RuleDef {
  id: string;
  title: string;
  basis: string;
  severity: Level;
  /** Declared parameters and their defaults. */
  params: Record<string, ParamValue>;
  /** Inputs computed before the rule runs (`control`: the bulk 股权穿透 table). */
  needs: string[];
  /** One-line description of the method. */
  method: string;
  stmt: Statement;
}

export const RULES_DIR = path.join(CYPHER_DIR, 'rules');

export function parseValue(raw: string): ParamValue {
  const s = raw.trim();
  if (s === 'true' || s === 'false') return s === 'true';
  if (s !== '' && Number.isFinite(Number(s))) return Number(s);
  return s;
}

/** `threshold=50, include_subordinate=true` → { threshold: 50, include_subordinate: true }. */
export function parseParams(text: string | undefined): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const part of (text ?? '').split(',')) {
    if (part.trim() === '') continue;
    const [k, ...v] = part.split('=');
    out[k.trim()] = parseValue(v.join('='));
  }
  return out;
}

function bad(file: string, field: string, expected: string): InputError {
  return new InputError(
    'rule.header',
    `规则文件 ${file} 的头部字段 ${field} 无效，应为${expected}`,
    `rule file ${file}: header field ${field} is invalid, expected ${expected}`,
    { file, field, expected },
  );
}

export function ruleFromStatement(stmt: Statement): RuleDef {
  const h = header(stmt);
  const file = `cypher/${stmt.name}.cypher`;
  for (const f of ['id', 'title', 'basis', 'severity'])
    if (!h[f]) throw bad(file, f, '非空文本 (non-empty text)');
  if (!isLevel(h.severity)) throw bad(file, 'severity', '一级、二级或三级 (一级/二级/三级)');
  return {
    id: h.id,
    title: h.title,
    basis: h.basis,
    severity: h.severity,
    params: parseParams(h.params),
    needs: (h.needs ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    method: h.method ?? '',
    stmt,
  };
}

let cached: RuleDef[] | undefined;

/** All rules, sorted by id. */
export function listRules(): RuleDef[] {
  cached ??= fs
    .readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => ruleFromStatement(cypher(`rules/${f.replace(/\.cypher$/, '')}`)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return cached;
}

export function getRule(id: string): RuleDef {
  const r = listRules().find((x) => x.id === id);
  if (!r) {
    const known = listRules()
      .map((x) => x.id)
      .join(', ');
    throw new InputError(
      'rule.unknown',
      `没有规则 ${id}，可用规则：${known}`,
      `no rule ${id}; known rules: ${known}`,
      {
        field: 'rule',
        expected: known,
      },
    );
  }
  return r;
}

/** Merges overrides into a rule's defaults; unknown names and wrong types are input errors. */
export function resolveParams(
  rule: RuleDef,
  overrides: Record<string, unknown> = {},
): Record<string, ParamValue> {
  const out = { ...rule.params };
  for (const [k, v] of Object.entries(overrides)) {
    if (!(k in rule.params)) {
      const known = Object.keys(rule.params).join(', ') || '（无）';
      throw new InputError(
        'rule.param',
        `规则 ${rule.id} 没有参数 ${k}，可用参数：${known}`,
        `rule ${rule.id} has no parameter ${k}; known: ${known}`,
        { field: k, expected: known },
      );
    }
    const want = typeof rule.params[k];
    const val = typeof v === 'string' && want !== 'string' ? parseValue(v) : v;
    if (typeof val !== want) {
      throw new InputError(
        'rule.param',
        `规则 ${rule.id} 的参数 ${k} 应为${want === 'number' ? '数字' : want === 'boolean' ? '布尔值' : '文本'}，收到 ${String(v)}`,
        `rule ${rule.id} parameter ${k} must be a ${want}, got ${String(v)}`,
        { field: k, expected: want },
      );
    }
    out[k] = val as ParamValue;
  }
  return out;
}
