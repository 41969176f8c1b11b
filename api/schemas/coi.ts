// Conflict-of-interest check: request (pairs, or one subject against a list) and answers.
import { z } from '../http/zod';
import { EntityKey, IsoDate, NodeOut } from './common';

const PartyId = EntityKey.openapi({
  description: '单位代码、统一社会信用代码或证件号码 (org code, USCC or person id)',
});

const options = {
  maxHops: z.number().int().min(1).max(6).optional().openapi({ description: '最大跳数，默认 4 (default 4)' }),
  asOf: IsoDate.optional().openapi({ description: '按此日期的关系核查 (relationships as of this date)' }),
  maxPaths: z.number().int().min(1).max(10).optional().openapi({ description: '每对返回的路径数，默认 3' }),
};

export const CoiPairsRequest = z
  .object({
    pairs: z
      .array(
        z
          .object({
            a: PartyId.openapi({ example: '110105199001010027' }),
            b: PartyId.openapi({ example: '91110108MA01XXXXX1' }),
          })
          .strict(),
      )
      .min(1)
      .max(100)
      .openapi({ description: '待核查的两两组合，最多 100 对 (up to 100 pairs)' }),
    ...options,
  })
  .strict()
  .openapi('CoiPairsRequest');

export const CoiSubjectRequest = z
  .object({
    subject: PartyId.openapi({ description: '核查对象 (one subject...)', example: '110105199001010027' }),
    against: z
      .array(PartyId)
      .min(1)
      .max(100)
      .openapi({ description: '...对照这些主体，最多 100 个 (against up to 100 parties)' }),
    ...options,
  })
  .strict()
  .openapi('CoiSubjectRequest');

export const CoiRequest = z.union([CoiPairsRequest, CoiSubjectRequest]).openapi('CoiRequest');
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
    sameParty: z.boolean().openapi({ description: 'a 与 b 是同一主体 (a and b are the same party)' }),
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
