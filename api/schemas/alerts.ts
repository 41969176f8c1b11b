// Alerts and rings: list filters, detail with evidence, workflow actions.
import { z } from '../http/zod';
import { ACTIONS, STATES } from '../services/workflow';
import { EntityKey, IsoDate, NodeOut, Page, safeText } from './common';

export const Level = z.enum(['一级', '二级', '三级']);
export const Workflow = z.enum(STATES);

export const AlertFilters = Page.extend({
  level: Level.optional(),
  status: Workflow.optional().openapi({ description: '处置状态 (workflow state)' }),
  detection: z.enum(['new', 'recurring', 'changed', 'gone']).optional().openapi({ description: '检测状态' }),
  rule: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, '规则编号 (a rule id)')
    .optional(),
  region: safeText(50).optional(),
  subject: EntityKey.optional().openapi({ description: '涉及此编号的预警 (alerts concerning this key)' }),
  from: IsoDate.optional().openapi({ description: '最近发现日期不早于 (last seen on or after)' }),
  to: IsoDate.optional().openapi({ description: '最近发现日期不晚于 (last seen on or before)' }),
});
export type AlertFilters = z.infer<typeof AlertFilters>;

export const Evidence = z.object({
  kind: z.string(),
  text: z.string(),
  weight: z.number().optional(),
  refs: z.array(z.object({ label: z.string(), key: z.string() })).optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});

export const WorkflowStep = z.object({
  action: z.enum(ACTIONS),
  from: z.string(),
  to: z.string(),
  by: z.string(),
  at: z.string(),
  assignee: z.string().optional(),
  reason: z.string().optional(),
  comment: z.string().optional(),
});

export const AlertSummary = z
  .object({
    id: z.string(),
    rule: z.string(),
    level: z.string(),
    score: z.number(),
    title: z.string(),
    status: z.string().nullable().openapi({ description: '检测状态 new/recurring/changed/gone' }),
    workflow: z.string(),
    assignee: z.string().nullable(),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
  })
  .openapi('AlertSummary');

export const AlertList = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    items: z.array(AlertSummary),
  })
  .openapi('AlertList');
export type AlertList = z.infer<typeof AlertList>;

export const AlertDetail = AlertSummary.extend({
  subjects: z.array(NodeOut),
  evidence: z.array(Evidence),
  data: z.record(z.string(), z.unknown()).nullable(),
  dismissReason: z.string().nullable(),
  history: z.array(WorkflowStep),
}).openapi('AlertDetail');
export type AlertDetail = z.infer<typeof AlertDetail>;

export const AlertParams = z.object({ id: safeText(200) });

const Comment = safeText(4000).openapi({ description: '备注 (a note)' });

/** The body each workflow action takes: assign needs an assignee, dismiss a reason, comment a comment. */
export const ACTION_BODIES = {
  assign: z.object({
    assignee: safeText(100).openapi({ description: '承办人 (assignee)' }),
    comment: Comment.optional(),
  }),
  confirm: z.object({ comment: Comment.optional() }),
  dismiss: z.object({
    reason: safeText(2000).openapi({ description: '排除理由 (reason)' }),
    comment: Comment.optional(),
  }),
  rectify: z.object({ comment: Comment.optional() }),
  close: z.object({ comment: Comment.optional() }),
  reopen: z.object({ comment: Comment.optional() }),
  comment: z.object({ comment: Comment }),
} as const;

export type ActionBody = { assignee?: string; reason?: string; comment?: string };

export const RingMember = z.object({ uscc: z.string(), name: z.string() });
export const RingSummary = AlertSummary.extend({
  members: z.array(RingMember),
  tenders: z.array(z.string()),
  signals: z.record(z.string(), z.number()),
}).openapi('RingSummary');
export const RingList = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    items: z.array(RingSummary),
  })
  .openapi('RingList');
export const RingDetail = AlertDetail.extend({
  members: z.array(RingMember),
  tenders: z.array(z.string()),
  signals: z.record(z.string(), z.number()),
}).openapi('RingDetail');
