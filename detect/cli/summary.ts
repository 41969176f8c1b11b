// Plain-text and JSON renderings of a detection run for the terminal.
import type { DetectionResult } from '../pipeline/run';
import { LEVELS } from '../level';
import type { Alert } from '../types';

/** The one JSON document `detect --json` prints. */
export function toJson(r: DetectionResult): unknown {
  return {
    run: r.run,
    rings: r.rings.map((x) => ({
      id: x.id,
      score: x.score,
      level: x.level,
      status: x.status,
      members: x.members.map((m) => ({ uscc: m.uscc, name: m.name })),
      tenders: x.tenders,
      signals: x.signals,
      evidence: x.evidence,
    })),
    alerts: r.alerts.map(alertJson),
    diff: r.diff,
  };
}

export function alertJson(a: Alert): unknown {
  return {
    id: a.id,
    rule: a.rule,
    level: a.level,
    score: a.score,
    status: a.status,
    title: a.title,
    subjects: a.subjects.map((s) => ({ label: s.label, key: s.key, ...(s.name ? { name: s.name } : {}) })),
    evidence: a.evidence,
  };
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  return [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

export function table(head: string[], rows: string[][]): string {
  const w = head.map((_, i) => Math.max(...[head[i], ...rows.map((r) => r[i])].map(width)));
  const line = (r: string[]) =>
    r
      .map((c, i) => pad(c, w[i]))
      .join('  ')
      .trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

function byRule(alerts: Alert[]): string[][] {
  const rules = [...new Set(alerts.map((a) => a.rule))].sort();
  return rules.map((rule) => {
    const xs = alerts.filter((a) => a.rule === rule);
    const n = (f: (a: Alert) => boolean) => String(xs.filter(f).length);
    return [
      rule,
      String(xs.length),
      ...LEVELS.map((l) => n((a) => a.level === l)),
      n((a) => a.status === 'new'),
      n((a) => a.status === 'changed'),
    ];
  });
}

export function summary(r: DetectionResult, top = 5): string {
  const out: string[] = [];
  const { run } = r;
  out.push(
    `检测运行 ${run.runId}（种子 ${run.seed}，输入指纹 ${run.inputFingerprint}，耗时 ${run.timingsMs.total} ms）`,
  );
  out.push('');
  out.push(table(['规则 rule', '预警', ...LEVELS, '新增', '变化'], byRule(r.alerts)));
  const gone = r.diff.alerts.gone.length + r.diff.rings.gone.length;
  out.push('', `合计 ${r.alerts.length} 条预警；本次消失 ${gone} 条`);
  if (r.rings.length) {
    out.push('', `围标串标团伙 前 ${Math.min(top, r.rings.length)} / ${r.rings.length}：`);
    const rows = r.rings.slice(0, top).map((x) => [
      x.id,
      x.score.toFixed(3),
      x.level,
      x.members
        .slice(0, 6)
        .map((m) => m.name || m.uscc)
        .join('、') + (x.members.length > 6 ? ` 等 ${x.members.length} 家` : ''),
    ]);
    out.push(table(['编号', '评分', '等级', '成员'], rows));
  }
  return out.join('\n');
}
