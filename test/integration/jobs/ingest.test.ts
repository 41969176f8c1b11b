// Uploads loaded by an ingest job: files read from the shared uploads folder, progress reported, the
// result sums the files up with a sample of the rejected rows; a file that vanished fails without retry.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { usccCheckChar } from '../../../core/ids';
import { detectionEngine } from '../../../jobs/detect-engine';
import type { IngestJobResult } from '../../../jobs/ingest-adapter';
import { ingestFiles } from '../../../jobs/ingest-adapter';
import { openJobQueue, type JobQueue } from '../../../jobs/queue';
import { startWorkers, type WorkerPool } from '../../../jobs/worker';
import { count, resetGraph, testGraph } from '../helpers';
import { REDIS_URL, dropPrefix, testSettings } from './helpers';

jest.setTimeout(60_000);

const g = testGraph();
const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-uploads-'));
const settings = testSettings('ingest', { uploadDir: uploads });
const redis = new Redis(REDIS_URL);
let queue: JobQueue;
let pool: WorkerPool;

const uscc = (n: number) => {
  const body = `91330100MA${String(n).padStart(7, '0')}`;
  return body + usccCheckChar(body);
};

beforeAll(async () => {
  await resetGraph(g);
  fs.mkdirSync(path.join(uploads, 'u-1'));
  const rows = [
    '统一社会信用代码,企业名称,所属地区',
    `${uscc(1)},甲建设有限公司,杭州`,
    `${uscc(2)},乙建设有限公司,宁波`,
  ];
  rows.push('91330100MA0000003X,丙建设有限公司,温州'); // wrong check character
  fs.writeFileSync(path.join(uploads, 'u-1', '企业.csv'), rows.join('\n') + '\n');
  queue = openJobQueue(settings);
  pool = startWorkers({
    settings,
    graph: g,
    engine: detectionEngine(redis, settings.prefix!),
    ingest: ingestFiles,
    defaultSeed: 1,
  });
});

afterAll(async () => {
  await pool.close();
  await queue.close();
  await dropPrefix(settings.prefix!);
  redis.disconnect();
  await g.close();
  fs.rmSync(uploads, { recursive: true, force: true });
});

describe('ingest jobs', () => {
  it('load an upload and report totals with the rejected rows and their reasons', async () => {
    const ref = await queue.enqueueIngest({ paths: ['u-1/企业.csv'], uploadId: 'u-1' });
    const s = await queue.wait(ref.id, 60_000, 200);
    expect(s.state).toBe('completed');
    expect(s.progress).toMatchObject({ percent: 100 });
    const { uploadId, report } = s.result as { uploadId: string; report: IngestJobResult };
    expect(uploadId).toBe('u-1');
    expect(report.totals).toMatchObject({ files: 1, read: 3, loaded: 2, rejected: 1 });
    expect(report.files[0].rejectsSample).toHaveLength(1);
    expect(report.files[0].rejectsSample[0]).toContain('91330100MA0000003X');
    expect(await count(g, 'MATCH (c:Company) RETURN count(c)')).toBe(2);
  });

  it('fail at once, naming the file, when the upload is no longer in the shared folder', async () => {
    const ref = await queue.enqueueIngest({ paths: ['u-2/投标.csv'] });
    const s = await queue.wait(ref.id, 10_000, 100);
    expect(s.state).toBe('failed');
    expect(s.attemptsStarted).toBe(1);
    expect(s.failedReason).toContain('u-2/投标.csv');
  });
});
