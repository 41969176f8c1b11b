// Alerts and rings: lists with filters, detail with evidence, and the workflow (a state machine; 409 when
// the action cannot start from the alert's current state).
import { RING_RULE } from '../../detect';
import type { GraphPort } from '../../graph/port';
import { ACCESS } from '../auth/roles';
import type { ApiRouter } from '../http/route';
import { z } from '../http/zod';
import {
  ACTION_BODIES,
  AlertDetail,
  AlertFilters,
  AlertList,
  AlertParams,
  RingDetail,
  RingList,
} from '../schemas/alerts';
import { alertDetail, applyAction, listAlerts, ringOf } from '../services/alerts';
import { ACTION_ZH, ACTIONS, TRANSITIONS, type Action } from '../services/workflow';

const RingFilters = AlertFilters.omit({ rule: true });

export const ActionResult = z
  .object({ id: z.string(), action: z.string(), from: z.string(), to: z.string(), auditId: z.string() })
  .openapi('AlertActionResult');

export function alertRoutes(r: ApiRouter, g: GraphPort): void {
  r.add({
    method: 'get',
    path: '/alerts',
    summary: '预警列表（等级、处置状态、规则、地区、日期筛选）(alerts with filters)',
    tags: ['alerts'],
    roles: ACCESS.read,
    query: AlertFilters,
    response: AlertList,
    audit: { action: 'alerts.list', query: (i) => i.query, count: (o) => o.items.length },
    handler: async ({ query }) => {
      const { raw: _raw, ...list } = await listAlerts(g, query);
      return list;
    },
  });
  r.add({
    method: 'get',
    path: '/alerts/:id',
    summary: '预警详情与证据 (alert detail with evidence)',
    tags: ['alerts'],
    roles: ACCESS.read,
    params: AlertParams,
    response: AlertDetail,
    audit: { action: 'alerts.detail', query: (i) => i.params, count: () => 1 },
    handler: async ({ params }) => {
      const { raw: _raw, ...d } = await alertDetail(g, params.id);
      return d;
    },
  });
  for (const action of ACTIONS) actionRoute(r, g, action);
  r.add({
    method: 'get',
    path: '/rings',
    summary: '围标串标团伙列表 (bid-rigging rings)',
    tags: ['rings'],
    roles: ACCESS.read,
    query: RingFilters,
    response: RingList,
    audit: { action: 'rings.list', query: (i) => i.query, count: (o) => o.items.length },
    handler: async ({ query }) => {
      const { raw, ...list } = await listAlerts(g, query, { rule: RING_RULE });
      const items = list.items.map((a, i) => ({ ...a, ...ringOf({ data: parseData(raw[i]?.data) }) }));
      return { ...list, items };
    },
  });
  r.add({
    method: 'get',
    path: '/rings/:id',
    summary: '团伙详情：成员、共同投标项目、信号与证据 (ring detail)',
    tags: ['rings'],
    roles: ACCESS.read,
    params: AlertParams,
    response: RingDetail,
    audit: { action: 'rings.detail', query: (i) => i.params, count: () => 1 },
    handler: async ({ params }) => {
      const { raw: _raw, ...d } = await alertDetail(g, params.id, RING_RULE);
      return { ...d, ...ringOf(d) };
    },
  });
}

function actionRoute(r: ApiRouter, g: GraphPort, action: Action): void {
  const t = TRANSITIONS[action];
  r.add({
    method: 'post',
    path: `/alerts/:id/${action}`,
    summary: `预警处置：${ACTION_ZH[action]} (${action})`,
    description: `可从以下状态执行 (allowed from)：${t.from.join(', ')}；之后 (then)：${t.to ?? '状态不变 (unchanged)'}。状态不允许时返回 409。`,
    tags: ['alerts'],
    roles: ACCESS.investigate,
    params: AlertParams,
    body: ACTION_BODIES[action].strict(),
    response: ActionResult,
    handler: async ({ params, body }, ctx) => {
      const res = await applyAction(g, params.id, action, body, ctx.principal.name);
      const auditId = ctx.audit({
        action: `alerts.${action}`,
        query: { id: params.id },
        results: 1,
        status: 200,
        detail: { from: res.before, to: res.after, ...body },
      });
      return { id: params.id, action, from: res.before, to: res.after, auditId };
    },
  });
}

function parseData(s: unknown): Record<string, unknown> | null {
  try {
    return typeof s === 'string' ? (JSON.parse(s) as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
