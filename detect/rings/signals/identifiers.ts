// Shared identifiers among members (same phone, email, address, bid-file MAC, IP or project
// manager; 《招标投标法实施条例》第四十条 "不同投标人的投标文件由同一单位或者个人编制"), each weighted
// 1/log₂(degree) by how many parties share it, ignoring hubs above maxIdentifierDegree.
import type { Evidence } from '../../types';
import { nameList, tenderList } from '../format';
import type { GroupContext } from '../groups';
import type { IdentifierRow, SignalResult } from '../types';
import { spanning, type Link } from './spanning';

/** How telling each kind of identifier is (an office building is shared more innocently than a MAC). */
export const KIND_WEIGHT: Record<string, number> = {
  Device: 1,
  Manager: 1,
  Phone: 1,
  Email: 1,
  IP: 0.8,
  Address: 0.6,
};

const KIND_ZH: Record<string, [string, string]> = {
  Device: ['shared_device', '投标文件制作机器码（MAC）'],
  IP: ['shared_ip', '投标 IP 地址'],
  Manager: ['shared_manager', '项目负责人'],
  Phone: ['shared_phone', '联系电话'],
  Email: ['shared_email', '电子邮箱'],
  Address: ['shared_address', '地址'],
};

interface Shared {
  kind: string;
  value: string;
  display: string;
  degree: number;
  members: string[];
  tenders: string[];
  weight: number;
}

/** Identifiers held by ≥2 members and by at most maxDegree parties overall. */
export function sharedIdentifiers(ctx: GroupContext, rows: IdentifierRow[], maxDegree: number): Shared[] {
  const by = new Map<string, Shared>();
  for (const r of rows) {
    if (!ctx.memberSet.has(r.uscc) || r.degree > maxDegree || r.degree < 2) continue;
    const key = `${r.kind}\u0000${r.value}`;
    const s = by.get(key) ?? {
      kind: r.kind,
      value: r.value,
      display: r.display ?? r.value,
      degree: r.degree,
      members: [],
      tenders: [],
      weight: (KIND_WEIGHT[r.kind] ?? 0.5) / Math.log2(r.degree),
    };
    if (!s.members.includes(r.uscc)) s.members.push(r.uscc);
    for (const t of r.tenders ?? []) if (!s.tenders.includes(t)) s.tenders.push(t);
    by.set(key, s);
  }
  return [...by.values()]
    .filter((s) => s.members.length >= 2)
    .map((s) => ({ ...s, members: s.members.sort(), tenders: s.tenders.sort() }))
    .sort((a, b) => b.weight - a.weight || (a.kind + a.value < b.kind + b.value ? -1 : 1));
}

function describe(s: Shared, names: Map<string, string>): Evidence {
  const [kind, zh] = KIND_ZH[s.kind] ?? [`shared_${s.kind.toLowerCase()}`, s.kind];
  const who = s.display !== s.value ? `${s.display}（${s.value}）` : s.value;
  const where = s.tenders.length > 0 ? `，涉及项目 ${tenderList(s.tenders, 3)}` : '';
  return {
    kind,
    text: `${nameList(names, s.members)} 使用同一${zh} ${who}（全库共 ${s.degree} 方使用）${where}`,
    refs: [
      { label: s.kind === 'Manager' ? 'Person' : s.kind, key: s.value },
      ...s.members.map((key) => ({ label: 'Company', key })),
      ...s.tenders.map((key) => ({ label: 'Tender', key })),
    ],
    data: { kind: s.kind, value: s.value, degree: s.degree, members: s.members, weight: s.weight },
  };
}

export function identifierSignal(
  ctx: GroupContext,
  rows: IdentifierRow[],
  names: Map<string, string>,
  maxDegree: number,
): SignalResult {
  const shared = sharedIdentifiers(ctx, rows, maxDegree);
  const links: Link[] = shared.map((s) => ({ members: s.members, weight: Math.min(1, s.weight) }));
  const { value } = spanning(ctx.members, links);
  return { value, evidence: shared.map((s) => describe(s, names)) };
}
