// What `up` and `status` report about one service, and how it is printed (中文 first).
export interface ServiceState {
  name: 'Neo4j' | 'Redis';
  running: boolean;
  /** True when Mingjing manages it (local Neo4j, or a Redis that `up` started). */
  managed: boolean;
  uri: string;
  pid?: number;
  version?: string;
  /** True when this `up` started it. */
  started?: boolean;
  note?: string;
}

export function formatState(s: ServiceState): string {
  const parts = [
    s.name.padEnd(6),
    s.running ? '运行中 running' : '未运行 down',
    s.pid !== undefined ? `pid ${s.pid}` : s.managed ? '' : '非本实例管理 not managed here',
    s.uri,
    s.version ?? '',
    s.note ?? '',
  ];
  return parts.filter(Boolean).join('  ');
}
