// Alerts and rings as detection stores them: filtered lists, detail with evidence, and the workflow.
import request from 'supertest';
import { count, resetGraph } from '../helpers';
import { auditEntries, fixture, harness, type Harness } from './harness';
import { uscc } from './ids';

let h: Harness;
jest.setTimeout(30_000);
const [C1, C2, C3] = [uscc(21), uscc(22), uscc(23)];
const evidence = JSON.stringify([
  { kind: 'shared_phone', text: '两家企业共用电话 139****0001', weight: 0.5 },
]);

beforeAll(async () => {
  h = harness();
  await resetGraph(h.graph);
  await fixture(
    h.graph,
    `CREATE (c1:Company {uscc: $C1, name: '甲公司', region: '杭州'}), (c2:Company {uscc: $C2, name: '乙公司', region: '杭州'}),
            (c3:Company {uscc: $C3, name: '丙公司', region: '宁波'})
     CREATE (a1:Alert {alert_id: 'A1', rule: 'interest-transfer', level: '一级', score: 0.9, title: '疑似利益输送', status: 'new',
                       workflow: 'open', evidence: $evidence, first_seen: '2024-03-01T02:00:00Z', last_seen: '2024-03-05T02:00:00Z'})-[:CONCERNS]->(c1)
     CREATE (a2:Alert {alert_id: 'A2', rule: 'split-payments', level: '二级', score: 0.6, title: '疑似拆分支付', status: 'recurring',
                       workflow: 'open', evidence: '[]', first_seen: '2024-01-01T02:00:00Z', last_seen: '2024-01-02T02:00:00Z'})-[:CONCERNS]->(c3)
     CREATE (r1:Alert {alert_id: 'R1', rule: 'bid-rigging-ring', level: '一级', score: 0.8, title: '疑似围标串标团伙', status: 'new',
                       workflow: 'open', evidence: $evidence, data: $data, first_seen: '2024-03-01T02:00:00Z', last_seen: '2024-03-05T02:00:00Z'})
     CREATE (r1)-[:CONCERNS]->(c1), (r1)-[:CONCERNS]->(c2)`,
    {
      C1,
      C2,
      C3,
      evidence,
      data: JSON.stringify({
        members: [
          { uscc: C1, name: '甲公司' },
          { uscc: C2, name: '乙公司' },
        ],
        tenders: ['T1', 'T2'],
        signals: { cohesion: 0.9 },
      }),
    },
  );
});
afterAll(() => h.close());

const get = (url: string) => request(h.app).get(url).set(h.as('investigator'));
const act = (
  id: string,
  action: string,
  body: object = {},
  role: 'investigator' | 'admin' = 'investigator',
) => request(h.app).post(`/api/v1/alerts/${id}/${action}`).set(h.as(role)).send(body);
const workflow = async (id: string) =>
  (
    await h.graph.read({ name: 'x', text: 'MATCH (a:Alert {alert_id: $id}) RETURN a.workflow AS w' }, { id })
  )[0].w;

describe('GET /api/v1/alerts', () => {
  it('lists alerts best first with their workflow state', async () => {
    const res = await get('/api/v1/alerts');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((a: { id: string }) => a.id)).toEqual(['A1', 'R1', 'A2']);
  });

  it.each([
    ['level', `level=${encodeURIComponent('二级')}`, ['A2']],
    ['rule', 'rule=interest-transfer', ['A1']],
    ['region', `region=${encodeURIComponent('宁波')}`, ['A2']],
    ['date', 'from=2024-03-05&to=2024-03-05', ['A1', 'R1']],
    ['detection status', 'detection=recurring', ['A2']],
    ['subject', `subject=${C2}`, ['R1']],
  ])('filters by %s', async (_n, q, ids) => {
    const res = await get(`/api/v1/alerts?${q}`);
    expect(res.body.items.map((a: { id: string }) => a.id)).toEqual(ids);
  });

  it('pages and rejects a bad filter with 422', async () => {
    const res = await get('/api/v1/alerts?offset=1&limit=1');
    expect(res.body).toMatchObject({ total: 3, offset: 1, limit: 1, items: [{ id: 'R1' }] });
    expect((await get('/api/v1/alerts?level=四级')).body.field).toBe('query.level');
    expect((await get('/api/v1/alerts?limit=0')).body.field).toBe('query.limit');
  });
});

describe('GET /api/v1/alerts/:id and rings', () => {
  it('shows an alert with its evidence and subjects', async () => {
    const res = await get('/api/v1/alerts/A1');
    expect(res.status).toBe(200);
    expect(res.body.evidence[0]).toMatchObject({ kind: 'shared_phone' });
    expect(res.body.subjects).toEqual([expect.objectContaining({ label: 'Company', key: C1 })]);
    expect((await get('/api/v1/alerts/NOPE')).status).toBe(404);
  });

  it('lists rings with members and tenders, and shows one', async () => {
    const list = await get('/api/v1/rings');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ id: 'R1', tenders: ['T1', 'T2'], signals: { cohesion: 0.9 } });
    const one = await get('/api/v1/rings/R1');
    expect(one.body.members.map((m: { uscc: string }) => m.uscc)).toEqual([C1, C2]);
    expect((await get('/api/v1/rings/A1')).status).toBe(404);
  });
});

describe('POST /api/v1/alerts/:id/:action', () => {
  it('walks an alert through assign, confirm, rectify and close, recording each step', async () => {
    expect((await act('A1', 'assign', { assignee: '第一监督检查室 张三' })).body).toMatchObject({
      from: 'open',
      to: 'assigned',
    });
    expect(await workflow('A1')).toBe('assigned');
    expect((await act('A1', 'confirm')).body.to).toBe('confirmed');
    expect((await act('A1', 'comment', { comment: '已调取银行流水' })).body).toMatchObject({
      from: 'confirmed',
      to: 'confirmed',
    });
    expect((await act('A1', 'rectify')).body.to).toBe('rectified');
    const closed = await act('A1', 'close');
    expect(closed.body.to).toBe('closed');
    expect(await workflow('A1')).toBe('closed');
    const d = await get('/api/v1/alerts/A1');
    expect(d.body).toMatchObject({ workflow: 'closed', assignee: '第一监督检查室 张三' });
    expect(d.body.history.map((s: { action: string }) => s.action)).toEqual([
      'assign',
      'confirm',
      'comment',
      'rectify',
      'close',
    ]);
    expect(d.body.history[0]).toMatchObject({ from: 'open', to: 'assigned', by: '测试-investigator' });
    expect(auditEntries(h).find((e) => e.id === closed.body.auditId)).toMatchObject({
      action: 'alerts.close',
      detail: { from: 'rectified', to: 'closed' },
    });
  });

  it('answers 409 to a transition the state does not allow, leaving the state alone', async () => {
    const res = await act('A1', 'confirm');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'alert.transition', status: 409 });
    expect(await workflow('A1')).toBe('closed');
    expect((await act('A2', 'rectify')).status).toBe(409);
  });

  it('needs a reason to dismiss, then keeps it', async () => {
    const none = await act('A2', 'dismiss');
    expect(none.status).toBe(422);
    expect(none.body.field).toBe('body.reason');
    expect(await workflow('A2')).toBe('open');
    expect((await act('A2', 'dismiss', { reason: '系正常业务往来' })).body.to).toBe('dismissed');
    expect((await get('/api/v1/alerts/A2')).body.dismissReason).toBe('系正常业务往来');
    expect((await act('A2', 'reopen')).body.to).toBe('open');
  });

  it('answers 404 to an unknown alert or action and 422 to an unknown field', async () => {
    expect((await act('NOPE', 'confirm')).status).toBe(404);
    expect((await act('A2', 'destroy')).status).toBe(404);
    expect((await act('A2', 'comment', { comment: 'x', extra: 1 })).status).toBe(422);
  });

  it('answers 405 with Allow to a method the path does not have', async () => {
    const res = await request(h.app).get('/api/v1/alerts/A2/confirm').set(h.as('investigator'));
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });

  it('applies exactly one of two concurrent transitions from the same state', async () => {
    const [a, b] = await Promise.all([act('R1', 'dismiss', { reason: '并发一' }), act('R1', 'confirm')]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(await count(h.graph, "MATCH (a:Alert {alert_id: 'R1'}) RETURN size(a.workflow_log) AS n")).toBe(1);
  });
});
