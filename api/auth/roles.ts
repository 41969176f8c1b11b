// Roles of API keys, what each may call, and who has need-to-know for personal data.

export const ROLES = ['admin', 'investigator', 'analyst', 'service'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_ZH: Record<Role, string> = {
  admin: '管理员',
  investigator: '办案人员',
  analyst: '分析人员',
  service: '业务系统',
};

/** Investigators and admins see full 身份证号 and phone numbers; analysts and services see them masked. */
export const NEED_TO_KNOW: Record<Role, boolean> = {
  admin: true,
  investigator: true,
  analyst: false,
  service: false,
};

/** Access groups used by the routes (admin may do everything). */
export const ACCESS = {
  /** Search, entity detail, neighbours, paths, ownership, rings, alerts, rules, imports status. */
  read: ['admin', 'investigator', 'analyst'],
  /** The conflict-of-interest check: the only route a service key may call. */
  coi: ['admin', 'investigator', 'analyst', 'service'],
  /** Alert workflow, rule runs and uploads. */
  investigate: ['admin', 'investigator'],
  /** Custom read-only Cypher. */
  cypher: ['admin', 'analyst'],
  /** Keys and the audit chain. */
  admin: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}
