// `--param` values of the detect and rules commands: `name=v` (every rule declaring it),
// `rule-id.name=v` (one rule) or `rings.name=v` (ring detector options).
import { InputError } from '../../core/errors';
import { parseValue } from '../rules/catalog';
import type { ParamOverrides } from '../rules/run';

export type CliParams = ParamOverrides & { rings?: Record<string, unknown> };

export function collect(value: string, prev: string[] = []): string[] {
  return [...prev, value];
}

export function parseParamArgs(args: string[] = []): CliParams {
  const out: CliParams = { global: {}, byRule: {}, rings: {} };
  for (const arg of args) {
    const m = /^([A-Za-z0-9_.-]+)=(.*)$/.exec(arg);
    if (!m) {
      throw new InputError(
        'cli.param',
        `参数 ${arg} 的格式应为 名称=值 或 规则.名称=值`,
        `parameter ${arg} must look like name=value or rule.name=value`,
        { field: '--param', expected: 'name=value' },
      );
    }
    const dot = m[1].lastIndexOf('.');
    const value = parseValue(m[2]);
    if (dot < 0) (out.global as Record<string, unknown>)[m[1]] = value;
    else {
      const scope = m[1].slice(0, dot);
      const name = m[1].slice(dot + 1);
      if (scope === 'rings') (out.rings as Record<string, unknown>)[name] = value;
      else
        (out.byRule as Record<string, Record<string, unknown>>)[scope] = {
          ...out.byRule?.[scope],
          [name]: value,
        };
    }
  }
  return out;
}

export function parseSeed(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (!/^-?\d+$/.test(s)) {
    throw new InputError('cli.seed', `--seed 应为整数，收到 ${s}`, `--seed must be an integer, got ${s}`, {
      field: '--seed',
      expected: 'integer',
    });
  }
  return Number(s);
}

export function parseOnly(s: string | undefined): 'all' | 'rings' | 'rules' {
  if (s === undefined) return 'all';
  if (s === 'rings' || s === 'rules') return s;
  throw new InputError(
    'cli.only',
    `--only 应为 rings 或 rules，收到 ${s}`,
    `--only must be rings or rules, got ${s}`,
    {
      field: '--only',
      expected: 'rings|rules',
    },
  );
}
