// The alert workflow state machine.
import { ConflictError } from '../../../core/errors';
import { ACTIONS, canApply, STATES, transitionConflict, TRANSITIONS } from '../../../api/services/workflow';

describe('alert workflow', () => {
  it('goes open → assigned → confirmed → rectified → closed', () => {
    let s: string = 'open';
    for (const a of ['assign', 'confirm', 'rectify', 'close'] as const) {
      expect(canApply(a, s)).toBe(true);
      s = TRANSITIONS[a].to ?? s;
    }
    expect(s).toBe('closed');
  });

  it('lets a dismissed alert be closed or reopened but not confirmed', () => {
    expect(canApply('close', 'dismissed')).toBe(true);
    expect(canApply('reopen', 'dismissed')).toBe(true);
    expect(canApply('confirm', 'dismissed')).toBe(false);
  });

  it('accepts a comment in every state and no other action on a closed alert except reopen', () => {
    for (const s of STATES) expect(canApply('comment', s)).toBe(true);
    const allowed = ACTIONS.filter((a) => canApply(a, 'closed'));
    expect(allowed.sort()).toEqual(['comment', 'reopen']);
  });

  it('every transition leads to a known state', () => {
    for (const a of ACTIONS) {
      const t = TRANSITIONS[a];
      if (t.to !== null) expect(STATES).toContain(t.to);
    }
  });

  it('describes a refused transition as a conflict in Chinese and English', () => {
    const e = transitionConflict('A1', 'rectify', 'open');
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.zh).toContain('待处置');
    expect(e.en).toContain('cannot rectify');
  });
});
