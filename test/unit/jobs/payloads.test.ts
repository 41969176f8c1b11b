import { UnrecoverableError } from 'bullmq';
import { ConfigError, InputError, NotFoundError, UnavailableError } from '../../../core/errors';
import { errorKind, rethrowForQueue } from '../../../jobs/errors';
import { DetectPayload, IngestPayload, parsePayload } from '../../../jobs/payloads';
import { partJobId } from '../../../jobs/processors/detect';
import { newJobId } from '../../../jobs/queue';

describe('job payloads', () => {
  it('fills a detection request with its defaults', () => {
    const p = parsePayload(DetectPayload, {}, 'detect');
    expect(p).toEqual({ trigger: 'manual', params: {} });
  });

  it('rejects an ingest job without files as unrecoverable, naming the field', () => {
    expect(() => parsePayload(IngestPayload, { paths: [] }, 'ingest')).toThrow(UnrecoverableError);
    expect(() => parsePayload(IngestPayload, { paths: [] }, 'ingest')).toThrow(/paths/);
  });

  it('rejects a detection seed that is not an integer', () => {
    expect(() => parsePayload(DetectPayload, { seed: 'abc' }, 'detect')).toThrow(/seed/);
  });
});

describe('retryable or permanent', () => {
  const input = new InputError('x', '坏', 'bad');
  it('treats bad input, missing things and bad config as permanent', () => {
    expect(errorKind(input)).toBe('permanent');
    expect(errorKind(new NotFoundError('x', '无', 'none'))).toBe('permanent');
    expect(errorKind(new ConfigError('x', '配', 'cfg'))).toBe('permanent');
  });
  it('treats an unavailable service as transient', () => {
    expect(errorKind(new UnavailableError('neo4j.unavailable', '连不上', 'down'))).toBe('transient');
  });
  it('treats a statement Neo4j refuses (syntax, semantics) as permanent', () => {
    const e = Object.assign(new Error('Invalid input'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(errorKind(e)).toBe('permanent');
    expect(
      errorKind(Object.assign(new Error('x'), { code: 'Neo.TransientError.General.DatabaseUnavailable' })),
    ).toBe('transient');
  });
  it('lets BullMQ control errors through untouched', () => {
    const delayed = Object.assign(new Error(''), { name: 'DelayedError' });
    expect(errorKind(delayed)).toBe('control');
    expect(() => rethrowForQueue(delayed)).toThrow(delayed);
  });
  it('turns a permanent error into UnrecoverableError with 中文 first and the code', () => {
    try {
      rethrowForQueue(
        new InputError('ingest.bad', '第 3 行缺少 uscc', 'line 3 lacks uscc', { file: 'a.csv', line: 3 }),
      );
    } catch (e) {
      expect(e).toBeInstanceOf(UnrecoverableError);
      expect((e as Error).message).toBe('ingest.bad [a.csv:3]: 第 3 行缺少 uscc (line 3 lacks uscc)');
    }
    expect.assertions(2);
  });
});

describe('job ids', () => {
  it('makes run ids that sort by time and contain no colon', () => {
    const a = newJobId('run', new Date('2024-03-05T02:00:00Z'));
    const b = newJobId('run', new Date('2024-03-05T02:00:01Z'));
    expect(a).toMatch(/^run-20240305-020000-[0-9a-f]{6}$/);
    expect(a < b).toBe(true);
  });
  it('gives a partition the same child id every time, even for nightly ids with colons', () => {
    const part = { key: 'region:杭州', kind: 'region', values: ['杭州'] };
    const id = partJobId('repeat:nightly-detection:1700000000000', part);
    expect(id).toBe(partJobId('repeat:nightly-detection:1700000000000', part));
    expect(id).not.toContain(':');
    expect(id).not.toBe(partJobId('repeat:nightly-detection:1700000000000', { ...part, key: 'region:宁波' }));
  });
});
