// Detection rules: the catalog (what each rule checks and on what legal basis) and running one rule now.
import { NotFoundError } from '../../core/errors';
import { listRules, runDetection, type RuleDef } from '../../detect';
import type { GraphPort } from '../../graph/port';
import { ACCESS } from '../auth/roles';
import type { ApiRouter } from '../http/route';
import { z } from '../http/zod';
import { AlertSummary } from '../schemas/alerts';

const ParamValue = z.union([z.number(), z.boolean(), z.string().max(200)]);

export const Rule = z
  .object({
    id: z.string(),
    title: z.string(),
    basis: z.string().openapi({ description: '法律依据 (legal basis)' }),
    severity: z.string(),
    params: z.record(z.string(), ParamValue),
    needs: z.array(z.string()),
    method: z.string(),
  })
  .openapi('Rule');

const RuleParams = z.object({ id: z.string().regex(/^[a-z0-9-]{1,80}$/, '规则编号 (a rule id)') });

export const RunRuleBody = z
  .object({
    params: z
      .record(z.string().max(80), ParamValue)
      .optional()
      .openapi({ description: '覆盖规则参数 (parameter overrides)' }),
    store: z
      .boolean()
      .optional()
      .openapi({ description: '保存预警，默认 true (store alerts; default true)' }),
  })
  .strict();

const Diff = z.object({
  new: z.array(z.string()),
  recurring: z.array(z.string()),
  changed: z.array(z.string()),
  gone: z.array(z.string()),
});

export const RuleRun = z
  .object({
    runId: z.string(),
    rule: z.string(),
    stored: z.boolean(),
    params: z.record(z.string(), z.unknown()),
    total: z.number().int(),
    diff: Diff,
    alerts: z.array(AlertSummary.omit({ workflow: true, assignee: true, firstSeen: true, lastSeen: true })),
    ms: z.number(),
  })
  .openapi('RuleRun');

const ruleOut = ({ stmt: _s, ...r }: RuleDef) => r;

function findRule(id: string): RuleDef {
  const r = listRules().find((x) => x.id === id);
  if (!r)
    throw new NotFoundError('rule.not_found', `没有规则 ${id}`, `no rule ${id}`, { field: 'params.id' });
  return r;
}

export function ruleRoutes(r: ApiRouter, g: GraphPort): void {
  r.add({
    method: 'get',
    path: '/rules',
    summary: '检测规则目录 (rule catalog)',
    tags: ['rules'],
    roles: ACCESS.read,
    response: z.object({ rules: z.array(Rule) }),
    handler: () => ({ rules: listRules().map(ruleOut) }),
  });
  r.add({
    method: 'get',
    path: '/rules/:id',
    summary: '一条规则 (one rule)',
    tags: ['rules'],
    roles: ACCESS.read,
    params: RuleParams,
    response: Rule,
    handler: ({ params }) => ruleOut(findRule(params.id)),
  });
  r.add({
    method: 'post',
    path: '/rules/:id/run',
    summary: '立即运行一条规则并保存预警 (run one rule now; alerts are stored)',
    tags: ['rules'],
    roles: ACCESS.investigate,
    params: RuleParams,
    body: RunRuleBody,
    response: RuleRun,
    audit: { action: 'rules.run', query: (i) => ({ ...i.params, ...i.body }), count: (o) => o.total },
    handler: async ({ params, body }) => {
      const rule = findRule(params.id);
      const t0 = performance.now();
      const res = await runDetection(g, {
        only: 'rules',
        rules: [rule.id],
        params: { byRule: { [rule.id]: body.params ?? {} } },
        store: body.store ?? true,
        trigger: 'api',
      });
      return {
        runId: res.run.runId,
        rule: rule.id,
        stored: body.store ?? true,
        params: (res.run.params.rules as Record<string, Record<string, unknown>>)?.[rule.id] ?? {},
        total: res.alerts.length,
        diff: res.diff.alerts,
        alerts: res.alerts.slice(0, 50).map((a) => ({
          id: a.id,
          rule: a.rule,
          level: a.level,
          score: a.score,
          title: a.title,
          status: a.status ?? null,
        })),
        ms: Math.round(performance.now() - t0),
      };
    },
  });
}
