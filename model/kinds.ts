// The import contract (shared/import-contract.md v1) as data: kinds, file stems, columns and aliases.
import type { NodeLabel } from './nodes';
import type { RelType } from './relationships';
import type { ValueType } from './types';

export interface ColumnDef {
  readonly type: ValueType;
  /** 中文 aliases accepted in the header (the English key is always accepted). */
  readonly zh: readonly string[];
  readonly required?: boolean;
  /** The relationship this column makes, for docs and the UI. */
  readonly makes?: RelType;
  /** For `enum` columns: which model property's values apply. */
  readonly enumOf?: { readonly label: NodeLabel | RelType; readonly prop: string };
}

export interface KindDef {
  readonly zh: string;
  /** File-name stems that select this kind (English and Chinese). */
  readonly stems: readonly string[];
  /** Load order: entities first, then relationship kinds. */
  readonly order: number;
  /** The node label a row of this kind is (entity kinds) or `null` for pure relationship kinds. */
  readonly label: NodeLabel | null;
  readonly columns: Readonly<Record<string, ColumnDef>>;
}

export const KINDS = {
  organizations: {
    zh: '单位',
    stems: ['organizations', 'organization', 'orgs', '单位'],
    order: 1,
    label: 'Organization',
    columns: {
      org_code: { type: 'org_code', zh: ['单位代码'], required: true },
      name: { type: 'text', zh: ['单位名称'], required: true },
      parent_code: { type: 'org_code', zh: ['上级单位代码'], makes: 'SUBORDINATE_TO' },
      kind: { type: 'string', zh: ['单位类型'] },
      region: { type: 'string', zh: ['所属地区'] },
    },
  },
  companies: {
    zh: '企业',
    stems: ['companies', 'company', '企业'],
    order: 2,
    label: 'Company',
    columns: {
      uscc: { type: 'uscc', zh: ['统一社会信用代码'], required: true },
      name: { type: 'text', zh: ['企业名称'], required: true },
      legal_rep_id: { type: 'person_id', zh: ['法定代表人证件号'], makes: 'LEGAL_REP_OF' },
      legal_rep_name: { type: 'text', zh: ['法定代表人'] },
      address: { type: 'address', zh: ['注册地址', '经营地址'], makes: 'AT_ADDRESS' },
      phone: { type: 'phone', zh: ['联系电话'], makes: 'HAS_PHONE' },
      email: { type: 'email', zh: ['电子邮箱'], makes: 'HAS_EMAIL' },
      established: { type: 'date', zh: ['成立日期'] },
      registered_capital: { type: 'money', zh: ['注册资本'] },
      status: { type: 'string', zh: ['经营状态'] },
      region: { type: 'string', zh: ['所属地区'] },
    },
  },
  persons: {
    zh: '人员',
    stems: ['persons', 'person', 'people', '人员'],
    order: 3,
    label: 'Person',
    columns: {
      person_id: { type: 'person_id', zh: ['证件号码', '身份证号'], required: true },
      name: { type: 'text', zh: ['姓名'], required: true },
      phone: { type: 'phone', zh: ['联系电话'], makes: 'HAS_PHONE' },
      address: { type: 'address', zh: ['住址'], makes: 'AT_ADDRESS' },
      email: { type: 'email', zh: ['电子邮箱'], makes: 'HAS_EMAIL' },
      org_code: { type: 'entity_id', zh: ['工作单位代码'], makes: 'WORKS_AT' },
      position: { type: 'string', zh: ['职务'] },
      is_official: { type: 'bool', zh: ['是否公职人员'] },
      category: { type: 'enum', zh: ['人员类别'], enumOf: { label: 'Person', prop: 'category' } },
    },
  },
  shareholdings: {
    zh: '股权',
    stems: ['shareholdings', 'shareholding', 'shareholders', '股权'],
    order: 10,
    label: null,
    columns: {
      company_uscc: { type: 'uscc', zh: ['企业统一社会信用代码'], required: true },
      holder_id: {
        type: 'party_id',
        zh: ['股东证件号', '股东统一社会信用代码'],
        required: true,
        makes: 'HOLDS_SHARES',
      },
      holder_name: { type: 'text', zh: ['股东名称'] },
      share_pct: { type: 'percent', zh: ['持股比例'] },
      subscribed_amount: { type: 'money', zh: ['认缴出资额'] },
      since: { type: 'date', zh: ['起始日期'] },
    },
  },
  positions: {
    zh: '任职',
    stems: ['positions', 'position', '任职'],
    order: 11,
    label: null,
    columns: {
      person_id: { type: 'person_id', zh: ['证件号码'], required: true },
      entity_id: {
        type: 'entity_id',
        zh: ['企业统一社会信用代码', '单位代码'],
        required: true,
        makes: 'HOLDS_POSITION',
      },
      role: { type: 'string', zh: ['职务'], required: true },
      start: { type: 'date', zh: ['任职开始'] },
      end: { type: 'date', zh: ['任职结束'] },
    },
  },
  relatives: {
    zh: '亲属关系',
    stems: ['relatives', 'relative', 'kinship', '亲属关系', '亲属'],
    order: 12,
    label: null,
    columns: {
      person_id: { type: 'person_id', zh: ['证件号码'], required: true },
      relative_id: { type: 'person_id', zh: ['亲属证件号码'], required: true, makes: 'RELATIVE_OF' },
      relation: {
        type: 'enum',
        zh: ['关系'],
        required: true,
        enumOf: { label: 'RELATIVE_OF', prop: 'relation' },
      },
    },
  },
  tenders: {
    zh: '招标项目',
    stems: ['tenders', 'tender', '招标项目', '招标'],
    order: 13,
    label: 'Tender',
    columns: {
      tender_id: { type: 'string', zh: ['项目编号'], required: true },
      name: { type: 'text', zh: ['项目名称'], required: true },
      purchaser_code: { type: 'entity_id', zh: ['招标人代码', '采购单位代码'], makes: 'ISSUED_BY' },
      agency_uscc: { type: 'uscc', zh: ['招标代理机构代码'], makes: 'AGENCY_FOR' },
      budget: { type: 'money', zh: ['预算金额'] },
      method: { type: 'string', zh: ['采购方式'] },
      category: { type: 'string', zh: ['项目类别'] },
      region: { type: 'string', zh: ['所属地区'] },
      publish_date: { type: 'date', zh: ['公告日期'] },
      open_date: { type: 'date', zh: ['开标日期'] },
    },
  },
  bids: {
    zh: '投标',
    stems: ['bids', 'bid', '投标'],
    order: 14,
    label: 'Bid',
    columns: {
      tender_id: { type: 'string', zh: ['项目编号'], required: true, makes: 'BID_FOR' },
      bidder_uscc: { type: 'uscc', zh: ['投标人统一社会信用代码'], required: true, makes: 'BID_BY' },
      price: { type: 'money', zh: ['投标报价'] },
      score: { type: 'float', zh: ['评标得分'] },
      rank: { type: 'int', zh: ['排名'] },
      is_winner: { type: 'bool', zh: ['是否中标'] },
      submitted_at: { type: 'datetime', zh: ['递交时间'] },
      file_mac: { type: 'mac', zh: ['文件制作机器码', 'MAC地址'], makes: 'USED_DEVICE' },
      ip: { type: 'ip', zh: ['投标IP'], makes: 'USED_IP' },
      manager_id: { type: 'person_id', zh: ['项目负责人证件号'], makes: 'MANAGED_BY' },
      contact_name: { type: 'text', zh: ['联系人'] },
      contact_phone: { type: 'phone', zh: ['联系电话'], makes: 'HAS_PHONE' },
    },
  },
  evaluations: {
    zh: '评标专家',
    stems: ['evaluations', 'evaluation', 'experts', '评标专家', '评标'],
    order: 15,
    label: null,
    columns: {
      tender_id: { type: 'string', zh: ['项目编号'], required: true },
      expert_id: { type: 'person_id', zh: ['专家证件号码'], required: true, makes: 'EVALUATED_BY' },
      role: { type: 'string', zh: ['角色'] },
    },
  },
  contracts: {
    zh: '合同',
    stems: ['contracts', 'contract', '合同'],
    order: 16,
    label: 'Contract',
    columns: {
      contract_id: { type: 'string', zh: ['合同编号'], required: true },
      tender_id: { type: 'string', zh: ['项目编号'], makes: 'AWARDED_UNDER' },
      buyer_code: { type: 'entity_id', zh: ['采购单位代码'], makes: 'BUYER' },
      supplier_uscc: { type: 'uscc', zh: ['供应商统一社会信用代码'], makes: 'SUPPLIER' },
      amount: { type: 'money', zh: ['合同金额'] },
      signed: { type: 'date', zh: ['签订日期'] },
      subject: { type: 'text', zh: ['合同标的'] },
    },
  },
  payments: {
    zh: '资金支付',
    stems: ['payments', 'payment', '资金支付', '支付'],
    order: 17,
    label: 'Payment',
    columns: {
      payment_id: { type: 'string', zh: ['支付流水号'], required: true },
      payer_id: { type: 'party_id', zh: ['付款方代码'], required: true, makes: 'PAID_BY' },
      payee_id: { type: 'party_id', zh: ['收款方代码', '收款人证件号'], required: true, makes: 'PAID_TO' },
      amount: { type: 'money', zh: ['支付金额'], required: true },
      paid_at: { type: 'date', zh: ['支付日期'] },
      contract_id: { type: 'string', zh: ['合同编号'], makes: 'UNDER_CONTRACT' },
      purpose: { type: 'text', zh: ['用途'] },
      approver_id: { type: 'person_id', zh: ['审批人证件号'], makes: 'APPROVED_BY' },
    },
  },
} as const satisfies Record<string, KindDef>;

export type KindName = keyof typeof KINDS;
/** Kinds in dependency order (organizations, companies, persons, then relationship kinds). */
export const KIND_NAMES = (Object.keys(KINDS) as KindName[]).sort((a, b) => KINDS[a].order - KINDS[b].order);

export function isKindName(s: string): s is KindName {
  return Object.prototype.hasOwnProperty.call(KINDS, s);
}
