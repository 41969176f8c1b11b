// Conflict-of-interest check: request (pairs, or one subject against a list) and answers.
import { z } from '../http/zod';
import { EntityKey, IsoDate, NodeOut } from './common';

const PartyId = EntityKey.openapi({
  description: '单位代码、统一社会信用代码或证件号码 (org code, USCC or person id)',
});

export const CoiRequest = z
  .object({
    pairs: z
      .array(z.object({ a: PartyId, b: PartyId }).strict())
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: '待核查的两两组合，最多 100 对 (up to 100 pairs)' }),
    subject: PartyId.optional().openapi({ description: '核查对象 (one subject...)' }),
    against: z.array(PartyId).min(1).max(100).optional().openapi({ description: '...against these parties' }),
    maxHops: z
      .number()
      .int()
      .min(1)
      .max(6)
      .optional()
      .openapi({ description: '最大跳数，默认 4 (default 4)' }),
    asOf: IsoDate.optional().openapi({ description: '按此日期的关系核查 (relationships as of this date)' }),
    maxPaths: z.number().int().min(1).max(10).optional().openapi({ description: '每对返回的路径数，默认 3' }),
  })
  .strict()
  .superRefine((v, ctx) => {
    const hasPairs = v.pairs !== undefined;
    const hasSubject = v.subject !== undefined || v.against !== undefined;
    if (hasPairs === hasSubject) {
      ctx.addIssue({
        code: 'custom',
        path: ['pairs'],
        message: '请提供 pairs，或 subject 与 against 之一种 (give either pairs, or subject with against)',
      });
    } else if (hasSubject && (v.subject === undefined || v.against === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [v.subject === undefined ? 'subject' : 'against'],
        message: 'subject 与 against 须同时提供 (subject and against go together)',
      });
    }
  })
  .openapi('CoiRequest');
export type CoiRequest = z.infer<typeof CoiRequest>;

export const Typology = z.enum(['kinship', 'shareholding', 'employment', 'shared_identifier']);

export const CoiHop = z
  .object({
    type: z.string(),
    zh: z.string(),
    from: z.string().openapi({ description: 'node id of the relationship start (stored direction)' }),
    to: z.string(),
    typology: Typology,
    weight: z.number(),
    relation: z.string().optional(),
    sharePct: z.number().optional(),
    role: z.string().optional(),
    since: z.string().optional(),
    start: z.string().optional(),
    end: z.string().optional(),
    identifier: z.object({ label: z.string(), value: z.string(), degree: z.number().int() }).optional(),
    source: z
      .string()
      .openapi({ description: '来源：导入文件种类或记录的来源 (import kind or recorded source)' }),
  })
  .openapi('CoiHop');

export const CoiPath = z
  .object({
    length: z.number().int(),
    score: z.number(),
    typologies: z.array(Typology),
    controlPct: z.number().nullable(),
    nodes: z.array(NodeOut),
    hops: z.array(CoiHop),
  })
  .openapi('CoiPath');

export const CoiParty = z.object({ query: z.string(), node: NodeOut.nullable() });

export const CoiAnswer = z
  .object({
    a: CoiParty,
    b: CoiParty,
    connected: z.boolean(),
    hops: z.number().int().nullable(),
    score: z.number().openapi({ description: '最强路径的得分 0–1 (strongest path score)' }),
    typologies: z.array(Typology),
    controlPct: z
      .number()
      .nullable()
      .openapi({ description: '持股链的最大穿透比例 (largest chained share %)' }),
    paths: z.array(CoiPath),
    auditId: z.string(),
  })
  .openapi('CoiAnswer');
export type CoiAnswer = z.infer<typeof CoiAnswer>;

export const CoiResponse = z
  .object({
    maxHops: z.number().int(),
    asOf: z.string().nullable(),
    maxIdentifierDegree: z.number().int(),
    answers: z.array(CoiAnswer),
  })
  .openapi('CoiResponse');
export type CoiResponse = z.infer<typeof CoiResponse>;
