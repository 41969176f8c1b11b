import { classify, type StoredAlert } from '../../../detect/alerts/status';
import { alertId, evidenceFingerprint, ringId } from '../../../detect/identity';
import type { Alert, Evidence } from '../../../detect/types';

const ev = (text: string): Evidence[] => [{ kind: 'k', text, data: { a: 1, b: [2, 3] } }];
const alert = (rule: string, keys: string[], text: string): Alert => ({
  id: alertId(rule, keys),
  rule,
  level: '二级',
  score: 0.6,
  title: text,
  subjects: [],
  evidence: ev(text),
  fingerprint: evidenceFingerprint(ev(text)),
});
const stored = (a: Alert, over: Partial<StoredAlert> = {}): StoredAlert => ({
  id: a.id,
  rule: a.rule,
  fingerprint: a.fingerprint ?? null,
  status: 'new',
  workflow: 'open',
  ...over,
});

describe('alert identity', () => {
  it('is the same for the same rule and subjects in any order', () => {
    expect(alertId('interest-transfer', ['Person:O1', 'Company:C1'])).toBe(
      alertId('interest-transfer', ['Company:C1', 'Person:O1', 'Company:C1']),
    );
  });
  it('differs between rules and between subject sets', () => {
    const a = alertId('interest-transfer', ['Person:O1', 'Company:C1']);
    expect(alertId('expert-bidder-tie', ['Person:O1', 'Company:C1'])).not.toBe(a);
    expect(alertId('interest-transfer', ['Person:O1', 'Company:C2'])).not.toBe(a);
  });
  it('gives a ring the id of its bid-rigging-ring alert whatever the member order', () => {
    expect(ringId(['B', 'A', 'C'])).toBe(ringId(['C', 'B', 'A']));
    expect(ringId(['A', 'B'])).toBe(
      alertId('bid-rigging-ring', [
        { label: 'Company', key: 'B' },
        { label: 'Company', key: 'A' },
      ]),
    );
  });
  it('fingerprints evidence independently of object key order', () => {
    const a: Evidence[] = [{ kind: 'k', text: 't', data: { x: 1, y: 2 } }];
    const b: Evidence[] = [{ data: { y: 2, x: 1 }, text: 't', kind: 'k' }];
    expect(evidenceFingerprint(a)).toBe(evidenceFingerprint(b));
    expect(evidenceFingerprint([{ ...a[0], text: 'u' }])).not.toBe(evidenceFingerprint(a));
  });
});

describe('alert status classification', () => {
  const a1 = alert('r1', ['Person:A'], 'one');
  const a2 = alert('r1', ['Person:B'], 'two');
  const a3 = alert('r1', ['Person:C'], 'three');
  const ring = alert('bid-rigging-ring', ['Company:X', 'Company:Y'], 'ring');

  it('marks everything new when nothing is stored', () => {
    const c = classify([], [a1, a2], ['r1']);
    expect(c.alerts.map((a) => a.status)).toEqual(['new', 'new']);
    expect(c.gone).toEqual([]);
  });

  it('tells recurring from changed by the evidence fingerprint and lists the missing as gone', () => {
    const a2changed = alert('r1', ['Person:B'], 'two, with a new payment');
    const c = classify([stored(a1), stored(a2), stored(a3)], [a1, a2changed], ['r1']);
    expect(c.alerts.map((a) => [a.id, a.status])).toEqual([
      [a1.id, 'recurring'],
      [a2.id, 'changed'],
    ]);
    expect(c.gone).toEqual([a3.id]);
    expect(c.diff).toEqual({ new: [], recurring: [a1.id], changed: [a2.id], gone: [a3.id] });
  });

  it('leaves alerts of rules that did not run alone, and does not report an already gone alert again', () => {
    const c = classify([stored(ring), stored(a3, { status: 'gone' })], [a1], ['r1']);
    expect(c.gone).toEqual([]);
    expect(c.diff.new).toEqual([a1.id]);
  });

  it('reopens a dismissed alert only when its evidence changed', () => {
    const same = classify([stored(a1, { workflow: 'dismissed' })], [a1], ['r1']);
    expect(same.reopen).toEqual([]);
    const changed = alert('r1', ['Person:A'], 'one, more');
    expect(classify([stored(a1, { workflow: 'dismissed' })], [changed], ['r1']).reopen).toEqual([a1.id]);
    expect(classify([stored(a1, { workflow: 'confirmed' })], [changed], ['r1']).reopen).toEqual([]);
  });
});
