// Node labels of the graph, declared once: key property, properties, indexes and the legend's look.
import type { PropertyDef } from './types';

export interface NodeDef {
  /** 中文 name of the label. */
  readonly zh: string;
  /** English name of the label. */
  readonly en: string;
  /** Unique key property (uniqueness constraint). */
  readonly key: string;
  /** Property shown as the node's caption. */
  readonly caption: string;
  readonly props: Readonly<Record<string, PropertyDef>>;
  /** Properties covered by the `entity_search` full-text index (CJK analyser). */
  readonly search?: readonly string[];
  /** Legend: colour and a one-character icon. */
  readonly color: string;
  readonly icon: string;
  /** Whether this label is a shared identifier (a two-hop "same phone" link). */
  readonly identifier?: boolean;
  /** Whether this node is produced by detection rather than loaded. */
  readonly derived?: boolean;
}

const identifier = (zh: string, en: string, color: string, icon: string): NodeDef => ({
  zh,
  en,
  key: 'value',
  caption: 'value',
  props: { value: { type: 'string', zh: '规范值' }, raw: { type: 'string', zh: '原始值' } },
  color,
  icon,
  identifier: true,
});

export const NODES = {
  Company: {
    zh: '企业',
    en: 'Company',
    key: 'uscc',
    caption: 'name',
    search: ['name'],
    color: '#1f77b4',
    icon: '企',
    props: {
      uscc: { type: 'uscc', zh: '统一社会信用代码' },
      name: { type: 'text', zh: '企业名称', indexed: true },
      legal_rep_name: { type: 'text', zh: '法定代表人' },
      address: { type: 'string', zh: '注册地址' },
      phone: { type: 'string', zh: '联系电话' },
      email: { type: 'string', zh: '电子邮箱' },
      established: { type: 'date', zh: '成立日期' },
      registered_capital: { type: 'money', zh: '注册资本' },
      status: { type: 'string', zh: '经营状态' },
      region: { type: 'string', zh: '所属地区', indexed: true },
      stub: { type: 'bool', zh: '待补全' },
    },
  },
  Person: {
    zh: '人员',
    en: 'Person',
    key: 'person_id',
    caption: 'name',
    search: ['name'],
    color: '#ff7f0e',
    icon: '人',
    props: {
      person_id: { type: 'person_id', zh: '证件号码' },
      name: { type: 'text', zh: '姓名', indexed: true },
      phone: { type: 'string', zh: '联系电话' },
      address: { type: 'string', zh: '住址' },
      email: { type: 'string', zh: '电子邮箱' },
      position: { type: 'string', zh: '职务' },
      is_official: { type: 'bool', zh: '是否公职人员' },
      category: {
        type: 'enum',
        zh: '人员类别',
        values: {
          official: ['公职人员'],
          expert: ['评标专家', '专家'],
          staff: ['企业人员'],
          other: ['其他'],
        },
      },
      stub: { type: 'bool', zh: '待补全' },
    },
  },
  Organization: {
    zh: '单位',
    en: 'Organization',
    key: 'org_code',
    caption: 'name',
    search: ['name'],
    color: '#2ca02c',
    icon: '单',
    props: {
      org_code: { type: 'org_code', zh: '单位代码' },
      name: { type: 'text', zh: '单位名称', indexed: true },
      kind: { type: 'string', zh: '单位类型' },
      region: { type: 'string', zh: '所属地区', indexed: true },
      stub: { type: 'bool', zh: '待补全' },
    },
  },
  Tender: {
    zh: '招标项目',
    en: 'Tender',
    key: 'tender_id',
    caption: 'name',
    search: ['name'],
    color: '#9467bd',
    icon: '标',
    props: {
      tender_id: { type: 'string', zh: '项目编号' },
      name: { type: 'text', zh: '项目名称' },
      budget: { type: 'money', zh: '预算金额' },
      method: { type: 'string', zh: '采购方式' },
      category: { type: 'string', zh: '项目类别' },
      region: { type: 'string', zh: '所属地区', indexed: true },
      publish_date: { type: 'date', zh: '公告日期' },
      open_date: { type: 'date', zh: '开标日期', indexed: true },
      stub: { type: 'bool', zh: '待补全' },
    },
  },
  Bid: {
    zh: '投标',
    en: 'Bid',
    key: 'bid_id',
    caption: 'price',
    color: '#8c564b',
    icon: '投',
    props: {
      bid_id: { type: 'string', zh: '投标编号（项目编号|投标人）' },
      tender_id: { type: 'string', zh: '项目编号', indexed: true },
      bidder_uscc: { type: 'uscc', zh: '投标人统一社会信用代码', indexed: true },
      price: { type: 'money', zh: '投标报价' },
      score: { type: 'float', zh: '评标得分' },
      rank: { type: 'int', zh: '排名' },
      is_winner: { type: 'bool', zh: '是否中标' },
      submitted_at: { type: 'datetime', zh: '递交时间' },
      contact_name: { type: 'text', zh: '联系人' },
    },
  },
  Contract: {
    zh: '合同',
    en: 'Contract',
    key: 'contract_id',
    caption: 'contract_id',
    color: '#e377c2',
    icon: '合',
    props: {
      contract_id: { type: 'string', zh: '合同编号' },
      amount: { type: 'money', zh: '合同金额' },
      signed: { type: 'date', zh: '签订日期' },
      subject: { type: 'text', zh: '合同标的' },
      stub: { type: 'bool', zh: '待补全' },
    },
  },
  Payment: {
    zh: '资金支付',
    en: 'Payment',
    key: 'payment_id',
    caption: 'amount',
    color: '#bcbd22',
    icon: '付',
    props: {
      payment_id: { type: 'string', zh: '支付流水号' },
      amount: { type: 'money', zh: '支付金额' },
      paid_at: { type: 'date', zh: '支付日期', indexed: true },
      purpose: { type: 'text', zh: '用途' },
    },
  },
  Phone: identifier('电话', 'Phone', '#17becf', '☎'),
  Email: identifier('邮箱', 'Email', '#7f7f7f', '@'),
  Address: identifier('地址', 'Address', '#aec7e8', '址'),
  Device: identifier('文件制作机器码', 'Device', '#ffbb78', '机'),
  IP: identifier('投标IP', 'IP', '#98df8a', 'IP'),
  Run: {
    zh: '检测运行',
    en: 'Detection run',
    key: 'run_id',
    caption: 'run_id',
    color: '#444444',
    icon: '运',
    derived: true,
    props: {
      run_id: { type: 'string', zh: '运行编号' },
      started_at: { type: 'datetime', zh: '开始时间', indexed: true },
      finished_at: { type: 'datetime', zh: '结束时间' },
      seed: { type: 'int', zh: '随机种子' },
      only: { type: 'string', zh: '检测范围' },
      params: { type: 'string', zh: '参数（JSON）' },
      versions: { type: 'string', zh: '版本（JSON）' },
      input_fingerprint: { type: 'string', zh: '输入指纹' },
      timings: { type: 'string', zh: '耗时（JSON，毫秒）' },
      counts: { type: 'string', zh: '计数（JSON）' },
    },
  },
  Alert: {
    zh: '预警',
    en: 'Alert',
    key: 'alert_id',
    caption: 'title',
    color: '#d62728',
    icon: '警',
    derived: true,
    props: {
      alert_id: { type: 'string', zh: '预警编号' },
      rule: { type: 'string', zh: '规则', indexed: true },
      level: { type: 'string', zh: '等级', indexed: true },
      status: { type: 'string', zh: '状态', indexed: true },
      score: { type: 'float', zh: '评分' },
      title: { type: 'text', zh: '标题' },
      workflow: { type: 'string', zh: '处置状态', indexed: true },
      fingerprint: { type: 'string', zh: '证据指纹' },
      evidence: { type: 'string', zh: '证据（JSON）' },
      subjects: { type: 'string', zh: '涉及对象（JSON）' },
      data: { type: 'string', zh: '附加数据（JSON）' },
      first_seen: { type: 'datetime', zh: '首次发现' },
      last_seen: { type: 'datetime', zh: '最近发现' },
      last_run: { type: 'string', zh: '最近运行编号', indexed: true },
    },
  },
} as const satisfies Record<string, NodeDef>;

export type NodeLabel = keyof typeof NODES;
export const NODE_LABELS = Object.keys(NODES) as NodeLabel[];
export const IDENTIFIER_LABELS = NODE_LABELS.filter((l) => (NODES[l] as NodeDef).identifier);

export function isNodeLabel(s: string): s is NodeLabel {
  return Object.prototype.hasOwnProperty.call(NODES, s);
}
