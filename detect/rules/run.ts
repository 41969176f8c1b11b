// Rule runner: resolves parameters, computes shared inputs (the 股权穿透 table) once, runs the rules.
import { InputError } from '../../core/errors';
import type { GraphPort } from '../../graph/port';
import { controlTable, type ControlRow } from '../ownership';
import type { Alert } from '../types';
import { getRule, listRules, resolveParams, type ParamValue, type RuleDef } from './catalog';
import { rowsToAlerts } from './rows';

/** Parameter overrides: `global` applies to every rule declaring the name; `byRule[id]` to one rule. */
export interface ParamOverrides {
  global?: Record<string, unknown>;
  byRule?: Record<string, Record<string, unknown>>;
}

export interface RuleContext {
  control?: ControlRow[];
  /** Per-rule transaction timeout (default 10 minutes). */
  timeoutMs?: number;
}

export interface RuleResult {
  rule: string;
  params: Record<string, ParamValue>;
  alerts: Alert[];
  ms: number;
}

/** Resolved parameters of each selected rule; unknown names are input errors. */
export function planRules(
  ids: string[] | undefined,
  o: ParamOverrides = {},
): [RuleDef, Record<string, ParamValue>][] {
  const rules = ids && ids.length ? ids.map(getRule) : listRules();
  const global = o.global ?? {};
  for (const k of Object.keys(global)) {
    if (!rules.some((r) => k in r.params)) {
      throw new InputError(
        'rule.param',
        `没有规则声明参数 ${k}`,
        `no selected rule declares parameter ${k}`,
        {
          field: k,
        },
      );
    }
  }
  for (const id of Object.keys(o.byRule ?? {})) if (id !== 'rings') getRule(id);
  return rules.map((r) => {
    const g = Object.fromEntries(Object.entries(global).filter(([k]) => k in r.params));
    return [r, resolveParams(r, { ...g, ...(o.byRule?.[r.id] ?? {}) })];
  });
}

/** Lowest cumulative % any selected rule asks of the control table (and never above 25). */
export function controlFloor(plan: [RuleDef, Record<string, ParamValue>][]): number {
  const ts = plan.map(([, p]) => p.threshold).filter((x): x is number => typeof x === 'number');
  return Math.min(25, ...ts);
}

export async function runRule(
  g: GraphPort,
  rule: RuleDef,
  params: Record<string, ParamValue>,
  ctx: RuleContext = {},
): Promise<RuleResult> {
  const t0 = Date.now();
  const input: Record<string, unknown> = { ...params };
  if (rule.needs.includes('control')) {
    ctx.control ??= await controlTable(g, { floor: Math.min(25, Number(params.threshold ?? 25)) });
    const t = typeof params.threshold === 'number' ? params.threshold : 0;
    // Only rows the rule can use travel to Neo4j.
    input.control = ctx.control.filter((r) => r.pct >= t || r.control >= t);
  }
  const rows = await g.read(rule.stmt, input, {
    timeoutMs: ctx.timeoutMs ?? 600_000,
    metadata: { app: 'mingjing', rule: rule.id },
  });
  return { rule: rule.id, params, alerts: rowsToAlerts(rule, rows), ms: Date.now() - t0 };
}

/** Runs the selected rules (all when `ids` is empty) in id order. */
export async function runRules(
  g: GraphPort,
  ids?: string[],
  overrides: ParamOverrides = {},
  ctx: RuleContext = {},
): Promise<RuleResult[]> {
  const plan = planRules(ids, overrides);
  if (plan.some(([r]) => r.needs.includes('control')) && !ctx.control) {
    ctx.control = await controlTable(g, { floor: controlFloor(plan) });
  }
  const out: RuleResult[] = [];
  for (const [rule, params] of plan) out.push(await runRule(g, rule, params, ctx));
  return out;
}
