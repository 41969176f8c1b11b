// A small i18n dictionary: 中文 by default, English on the switch; the choice lives in localStorage.
const DICT = {
  appTitle: ['明镜 · 调查工作台', 'Mingjing · Investigator workbench'],
  login: ['登录', 'Sign in'],
  apiKey: ['API 密钥', 'API key'],
  loginHint: [
    '请粘贴管理员为您创建的 API 密钥（npx mingjing keys create --role investigator）',
    'Paste the API key your administrator created (npx mingjing keys create --role investigator)',
  ],
  loginFailed: ['密钥无效或服务不可用', 'Invalid key or service unavailable'],
  logout: ['退出', 'Sign out'],
  demo: ['演示数据', 'Demo data'],
  search: ['搜索', 'Search'],
  searchPlaceholder: ['输入名称、统一社会信用代码、证件号或项目编号', 'Name, USCC, ID number or tender id'],
  noResults: ['没有找到结果', 'No results'],
  network: ['关系网络', 'Network'],
  rings: ['围标串标团伙', 'Bid-rigging rings'],
  conflict: ['利益冲突核查', 'Conflict of interest'],
  alerts: ['预警', 'Alerts'],
  dashboard: ['总览', 'Dashboard'],
  attributes: ['属性', 'Attributes'],
  openNetwork: ['在关系网络中查看', 'Open in network'],
  ownership: ['股权穿透', 'Ownership'],
  legend: ['图例', 'Legend'],
  layoutForce: ['力导向布局', 'Force layout'],
  layoutTree: ['层级布局', 'Tree layout'],
  stopLayout: ['停止布局', 'Stop layout'],
  filters: ['筛选', 'Filters'],
  asOf: ['截至日期', 'As of'],
  allDates: ['全部时间', 'All dates'],
  paths: ['最短路径', 'Shortest paths'],
  pathHint: [
    '单击选择节点，按住 Shift 单击第二个节点显示最短路径',
    'Click a node, shift-click another to show shortest paths',
  ],
  noPath: ['两者之间没有找到路径', 'No path found between them'],
  expandHint: ['双击节点展开关联', 'Double-click a node to expand its neighbours'],
  more: ['还有 {n} 个', 'and {n} more'],
  exportPng: ['导出 PNG', 'Export PNG'],
  exportCsv: ['导出 CSV', 'Export CSV'],
  exportGexf: ['导出 GEXF', 'Export GEXF'],
  printReport: ['打印报告', 'Print report'],
  members: ['成员', 'Members'],
  evidence: ['证据', 'Evidence'],
  tenders: ['涉及项目', 'Tenders'],
  score: ['评分', 'Score'],
  level: ['等级', 'Level'],
  status: ['状态', 'Status'],
  rule: ['规则', 'Rule'],
  region: ['地区', 'Region'],
  all: ['全部', 'All'],
  bidChart: ['成员报价与其他投标人报价对比', "Members' bids against others' per tender"],
  memberBid: ['成员报价', 'Member bid'],
  otherBid: ['其他投标人', 'Other bidder'],
  winner: ['中标', 'Winner'],
  partyA: ['当事方 A', 'Party A'],
  partyB: ['当事方 B', 'Party B'],
  check: ['核查', 'Check'],
  maxHops: ['最大跳数', 'Max hops'],
  hop: ['第 {n} 跳', 'Hop {n}'],
  assign: ['分派', 'Assign'],
  assignee: ['承办人', 'Assignee'],
  confirm: ['确认', 'Confirm'],
  dismiss: ['排除', 'Dismiss'],
  reason: ['理由', 'Reason'],
  rectify: ['整改', 'Rectify'],
  close: ['办结', 'Close'],
  comments: ['批注', 'Comments'],
  addComment: ['添加批注', 'Add comment'],
  openInNetwork: ['在网络中打开', 'Open in network'],
  byRule: ['按规则', 'By rule'],
  byLevel: ['按等级', 'By level'],
  trend: ['历次检测趋势', 'Trend over runs'],
  topRings: ['高风险团伙', 'Top rings'],
  loading: ['加载中…', 'Loading…'],
  error: ['出错了', 'Error'],
  nodes: ['节点', 'nodes'],
  edges: ['关系', 'edges'],
  clear: ['清空', 'Clear'],
  reasonRequired: ['排除预警必须填写理由', 'A reason is required to dismiss'],
  cumulative: ['累计持股', 'Cumulative share'],
  viewRing: ['查看团伙', 'View ring'],
  controller: ['实际控制人', 'Actual controller'],
  source: ['来源', 'Source'],
  typologies: ['关联类型', 'Typologies'],
} as const satisfies Record<string, readonly [string, string]>;

export type MsgKey = keyof typeof DICT;
export type Lang = 'zh' | 'en';

const STORE_KEY = 'mingjing.lang';

export function lang(): Lang {
  return localStorage.getItem(STORE_KEY) === 'en' ? 'en' : 'zh';
}

export function setLang(l: Lang): void {
  localStorage.setItem(STORE_KEY, l);
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
}

/** Translate a key, filling `{name}` placeholders. */
export function t(key: MsgKey, vars: Record<string, string | number> = {}): string {
  const s = DICT[key][lang() === 'zh' ? 0 : 1];
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/** Pick the language's half of a model entry that has `zh` and `en`. */
export function pick(def: { zh: string; en: string }): string {
  return lang() === 'zh' ? def.zh : def.en;
}
