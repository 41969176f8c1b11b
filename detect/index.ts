// Detection's public API: whole runs, rules, 股权穿透, stored alerts and runs, evaluation.
export { runDetection, newRunId, type DetectOptions, type DetectionResult, type Only } from './pipeline/run';
export type { RingStep, RingStepResult } from './pipeline/rings';
export { listRules, getRule, type RuleDef } from './rules/catalog';
export { runRules, runRule, planRules, type ParamOverrides } from './rules/run';
export { penetrate, controlTable, controlOf, controlRows } from './ownership';
export type { PenetrationResult, ControlRow, ControlResult, ControlOptions } from './ownership';
export { classify, type DiffIds, type StoredAlert } from './alerts/status';
export { readRun, readRunAlerts, readStoredAlerts } from './alerts/store';
export { alertId, ringId, evidenceFingerprint, RING_RULE } from './identity';
export * from './types';
