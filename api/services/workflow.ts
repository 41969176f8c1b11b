// The alert workflow as a state machine: which action may start from which state and where it leads.
// open → assigned → confirmed → rectified → closed; dismissed (with a reason) → closed; reopen; comment.
import { ConflictError } from '../../core/errors';

export const STATES = ['open', 'assigned', 'confirmed', 'dismissed', 'rectified', 'closed'] as const;
export type State = (typeof STATES)[number];

export const STATE_ZH: Record<State, string> = {
  open: '待处置',
  assigned: '已分派',
  confirmed: '已确认',
  dismissed: '已排除',
  rectified: '已整改',
  closed: '已办结',
};

export const ACTIONS = ['assign', 'confirm', 'dismiss', 'rectify', 'close', 'reopen', 'comment'] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_ZH: Record<Action, string> = {
  assign: '分派',
  confirm: '确认',
  dismiss: '排除',
  rectify: '标记已整改',
  close: '办结',
  reopen: '重新打开',
  comment: '备注',
};

/** From which states an action may start, and the state it leads to (null: unchanged). */
export const TRANSITIONS: Record<Action, { from: readonly State[]; to: State | null }> = {
  assign: { from: ['open', 'assigned'], to: 'assigned' },
  confirm: { from: ['open', 'assigned'], to: 'confirmed' },
  dismiss: { from: ['open', 'assigned'], to: 'dismissed' },
  rectify: { from: ['confirmed'], to: 'rectified' },
  close: { from: ['rectified', 'dismissed'], to: 'closed' },
  reopen: { from: ['dismissed', 'closed'], to: 'open' },
  comment: { from: STATES, to: null },
};

export function canApply(action: Action, state: string): boolean {
  return (TRANSITIONS[action].from as readonly string[]).includes(state);
}

export function transitionConflict(id: string, action: Action, state: string): ConflictError {
  const zh = STATE_ZH[state as State] ?? state;
  const allowed = TRANSITIONS[action].from.map((s) => STATE_ZH[s]).join('、');
  return new ConflictError(
    'alert.transition',
    `预警 ${id} 当前为「${zh}」，不能${ACTION_ZH[action]}（只能从 ${allowed} 状态${ACTION_ZH[action]}）`,
    `alert ${id} is ${state}; cannot ${action} (allowed from: ${TRANSITIONS[action].from.join(', ')})`,
    { state, action },
  );
}
