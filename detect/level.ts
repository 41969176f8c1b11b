// Alert levels (一级 most severe): from a score in [0,1], never above the rule's declared severity.
import type { Level } from './types';

export const LEVELS: readonly Level[] = ['一级', '二级', '三级'];

export const LEVEL_DEFAULTS = { level1: 0.8, level2: 0.6 };

export function isLevel(s: string): s is Level {
  return (LEVELS as readonly string[]).includes(s);
}

/** 一级 at ≥ level1, 二级 at ≥ level2, else 三级; capped at `severity` (the most a rule may claim). */
export function levelFor(score: number, severity: Level = '一级', t = LEVEL_DEFAULTS): Level {
  const byScore: Level = score >= t.level1 ? '一级' : score >= t.level2 ? '二级' : '三级';
  return LEVELS[Math.max(LEVELS.indexOf(byScore), LEVELS.indexOf(severity))];
}
