// Relationship types of the graph, declared once: endpoints, the facts they carry, and how they read.
import type { NodeLabel } from './nodes';
import type { PropertyDef } from './types';

export interface RelDef {
  readonly zh: string;
  readonly en: string;
  readonly from: readonly NodeLabel[];
  readonly to: readonly NodeLabel[];
  readonly props: Readonly<Record<string, PropertyDef>>;
  /** Stored once, read both ways (kinship). */
  readonly symmetric?: boolean;
  /** Typology used by conflict-of-interest paths and the legend. */
  readonly typology:
    'kinship' | 'ownership' | 'employment' | 'identifier' | 'procurement' | 'finance' | 'detection';
}

const PARTY: readonly NodeLabel[] = ['Organization', 'Company', 'Person'];
const ENTITY: readonly NodeLabel[] = ['Organization', 'Company'];
const tenderRef = { tender_id: { type: 'string', zh: '项目编号' } } as const;

export const RELATIONSHIPS = {
  HOLDS_SHARES: {
    zh: '持股',
    en: 'holds shares in',
    from: ['Person', 'Company', 'Organization'],
    to: ['Company'],
    typology: 'ownership',
    props: {
      share_pct: { type: 'percent', zh: '持股比例' },
      subscribed_amount: { type: 'money', zh: '认缴出资额' },
      since: { type: 'date', zh: '起始日期' },
    },
  },
  LEGAL_REP_OF: {
    zh: '法定代表人',
    en: 'legal representative of',
    from: ['Person'],
    to: ['Company'],
    typology: 'employment',
    props: {},
  },
  HOLDS_POSITION: {
    zh: '任职',
    en: 'holds position at',
    from: ['Person'],
    to: ENTITY,
    typology: 'employment',
    props: {
      role: { type: 'string', zh: '职务' },
      start: { type: 'date', zh: '任职开始' },
      end: { type: 'date', zh: '任职结束' },
    },
  },
  WORKS_AT: {
    zh: '工作单位',
    en: 'works at',
    from: ['Person'],
    to: ENTITY,
    typology: 'employment',
    props: { position: { type: 'string', zh: '职务' } },
  },
  RELATIVE_OF: {
    zh: '亲属',
    en: 'relative of',
    from: ['Person'],
    to: ['Person'],
    symmetric: true,
    typology: 'kinship',
    props: {
      relation: {
        type: 'enum',
        zh: '关系',
        values: {
          spouse: ['配偶', '夫妻', '丈夫', '妻子'],
          parent: ['父母', '父亲', '母亲'],
          child: ['子女', '儿子', '女儿'],
          sibling: ['兄弟姐妹', '兄弟', '姐妹'],
          grand: ['祖孙'],
          in_law: ['姻亲'],
          other: ['其他'],
        },
      },
    },
  },
  SUBORDINATE_TO: {
    zh: '上级单位',
    en: 'subordinate to',
    from: ['Organization'],
    to: ['Organization'],
    typology: 'employment',
    props: {},
  },
  ISSUED_BY: {
    zh: '招标人',
    en: 'issued by',
    from: ['Tender'],
    to: ENTITY,
    typology: 'procurement',
    props: {},
  },
  AGENCY_FOR: {
    zh: '招标代理',
    en: 'agency for',
    from: ['Company'],
    to: ['Tender'],
    typology: 'procurement',
    props: {},
  },
  BID_BY: { zh: '投标人', en: 'bid by', from: ['Bid'], to: ['Company'], typology: 'procurement', props: {} },
  BID_FOR: {
    zh: '投标项目',
    en: 'bid for',
    from: ['Bid'],
    to: ['Tender'],
    typology: 'procurement',
    props: {},
  },
  MANAGED_BY: {
    zh: '项目负责人',
    en: 'managed by',
    from: ['Bid'],
    to: ['Person'],
    typology: 'employment',
    props: {},
  },
  EVALUATED_BY: {
    zh: '评标专家',
    en: 'evaluated by',
    from: ['Tender'],
    to: ['Person'],
    typology: 'procurement',
    props: { role: { type: 'string', zh: '角色' } },
  },
  AWARDED_UNDER: {
    zh: '对应项目',
    en: 'awarded under',
    from: ['Contract'],
    to: ['Tender'],
    typology: 'procurement',
    props: {},
  },
  BUYER: { zh: '采购单位', en: 'buyer', from: ['Contract'], to: ENTITY, typology: 'procurement', props: {} },
  SUPPLIER: {
    zh: '供应商',
    en: 'supplier',
    from: ['Contract'],
    to: ['Company'],
    typology: 'procurement',
    props: {},
  },
  PAID_BY: { zh: '付款方', en: 'paid by', from: ['Payment'], to: PARTY, typology: 'finance', props: {} },
  PAID_TO: { zh: '收款方', en: 'paid to', from: ['Payment'], to: PARTY, typology: 'finance', props: {} },
  UNDER_CONTRACT: {
    zh: '对应合同',
    en: 'under contract',
    from: ['Payment'],
    to: ['Contract'],
    typology: 'finance',
    props: {},
  },
  APPROVED_BY: {
    zh: '审批人',
    en: 'approved by',
    from: ['Payment'],
    to: ['Person'],
    typology: 'finance',
    props: {},
  },
  HAS_PHONE: {
    zh: '电话',
    en: 'has phone',
    from: PARTY,
    to: ['Phone'],
    typology: 'identifier',
    props: tenderRef,
  },
  HAS_EMAIL: { zh: '邮箱', en: 'has email', from: PARTY, to: ['Email'], typology: 'identifier', props: {} },
  AT_ADDRESS: {
    zh: '地址',
    en: 'at address',
    from: PARTY,
    to: ['Address'],
    typology: 'identifier',
    props: {},
  },
  USED_DEVICE: {
    zh: '文件制作机器码',
    en: 'used device',
    from: ['Company'],
    to: ['Device'],
    typology: 'identifier',
    props: tenderRef,
  },
  USED_IP: {
    zh: '投标IP',
    en: 'used IP',
    from: ['Company'],
    to: ['IP'],
    typology: 'identifier',
    props: tenderRef,
  },
  PRODUCED_BY: {
    zh: '检测运行',
    en: 'produced by',
    from: ['Alert'],
    to: ['Run'],
    typology: 'detection',
    props: { status: { type: 'string', zh: '本次状态' } },
  },
  CONCERNS: {
    zh: '涉及',
    en: 'concerns',
    from: ['Alert'],
    to: [...PARTY, 'Tender', 'Contract', 'Payment'],
    typology: 'detection',
    props: {},
  },
} as const satisfies Record<string, RelDef>;

export type RelType = keyof typeof RELATIONSHIPS;
export const REL_TYPES = Object.keys(RELATIONSHIPS) as RelType[];

export function isRelType(s: string): s is RelType {
  return Object.prototype.hasOwnProperty.call(RELATIONSHIPS, s);
}
