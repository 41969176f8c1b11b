// One alert: evidence, subjects, the workflow actions (assign, confirm, dismiss with reason, rectify, close) and comments.
import type { Ctx } from '../app';
import type { AlertAction, AlertDetail } from '../api/types';
import { h } from '../dom';
import { t, type MsgKey } from '../i18n';
import { levelBadge, load, nodeId, typeBadge } from './common';
import { evidenceList } from './rings';

export const STATUS_ZH: Record<string, [string, string]> = {
  open: ['待处理', 'Open'],
  assigned: ['已分派', 'Assigned'],
  confirmed: ['已确认', 'Confirmed'],
  dismissed: ['已排除', 'Dismissed'],
  rectified: ['已整改', 'Rectified'],
  closed: ['已办结', 'Closed'],
};

const ACTIONS: AlertAction[] = ['assign', 'confirm', 'dismiss', 'rectify', 'close'];

function actions(ctx: Ctx, a: AlertDetail, done: () => void, msg: HTMLElement): HTMLElement {
  const assignee = h('input', {
    placeholder: t('assignee'),
    value: a.assignee ?? '',
    'data-testid': 'assignee',
  });
  const reason = h('input', { placeholder: t('reason'), 'data-testid': 'reason' });
  const act = async (action: AlertAction) => {
    if (action === 'dismiss' && !reason.value.trim()) return void (msg.textContent = t('reasonRequired'));
    try {
      await ctx.api.act(a.id, action, {
        assignee: assignee.value || undefined,
        reason: reason.value || undefined,
      });
      done();
    } catch (err) {
      msg.textContent = `${t('error')}：${(err as Error).message}`;
    }
  };
  return h(
    'div.workflow',
    null,
    assignee,
    reason,
    h(
      'div.actions',
      null,
      ACTIONS.map((x) =>
        h('button', { type: 'button', 'data-action': x, onclick: () => void act(x) }, t(x as MsgKey)),
      ),
    ),
  );
}

function comments(ctx: Ctx, a: AlertDetail, done: () => void): HTMLElement {
  const text = h('textarea', { rows: 2, placeholder: t('addComment'), 'data-testid': 'comment-text' });
  const add = async () => {
    if (!text.value.trim()) return;
    await ctx.api.comment(a.id, text.value.trim());
    done();
  };
  return h(
    'section.comments',
    null,
    h('h4', null, t('comments')),
    h(
      'ul',
      { 'data-testid': 'comments' },
      a.comments.map((c) =>
        h('li', null, h('small.muted', null, `${c.by} ${c.at.slice(0, 16).replace('T', ' ')} `), c.text),
      ),
    ),
    text,
    h('button', { type: 'button', 'data-testid': 'comment-add', onclick: () => void add() }, t('addComment')),
  );
}

/** Render the alert into `el`; `changed` runs after an action so the inbox can refresh. */
export async function alertDetail(el: HTMLElement, ctx: Ctx, id: string, changed: () => void): Promise<void> {
  const a = await load(el, () => ctx.api.alert(id));
  if (!a) return;
  const msg = h('p.error', { role: 'alert' });
  const again = () => {
    changed();
    void alertDetail(el, ctx, id, changed);
  };
  el.append(
    h(
      'article.alert-detail',
      { 'data-testid': 'alert-detail', 'data-alert': a.id },
      h('header', null, levelBadge(a.level), h('strong', null, ` ${a.title}`)),
      h(
        'p.muted',
        null,
        `${a.rule} · ${t('score')} ${a.score.toFixed(2)} · ${t('status')}：`,
        h('span', { 'data-testid': 'alert-status' }, STATUS_ZH[a.status]?.[0] ?? a.status),
      ),
      h(
        'p.subjects',
        null,
        a.subjects.map((s) =>
          h(
            'a',
            { href: `#/entity/${encodeURIComponent(nodeId(s.label, s.key))}` },
            typeBadge(s.label),
            ` ${s.name ?? s.key} `,
          ),
        ),
      ),
      h(
        'div.actions',
        null,
        h(
          'a.button',
          { href: `#/network?alert=${encodeURIComponent(a.id)}`, 'data-testid': 'alert-network' },
          t('openInNetwork'),
        ),
        a.ring
          ? h(
              'a.button',
              { href: `#/ring/${encodeURIComponent(a.id)}`, 'data-testid': 'alert-ring' },
              t('viewRing'),
            )
          : null,
      ),
      h('h4', null, t('evidence')),
      evidenceList(a.evidence),
      actions(ctx, a, again, msg),
      msg,
      comments(ctx, a, again),
    ),
  );
}
