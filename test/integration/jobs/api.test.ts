// The queue through the API: POST /runs queues a run that a worker completes, GET /jobs/:id shows it,
// bad input and unknown ids are problems, uploads go to the queue, and the dashboard is for admins only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import request from 'supertest';
import { createApp } from '../../../api/app';
import { JsonlAuditLog } from '../../../api/audit/log';
import { FileKeyStore } from '../../../api/auth/keys';
import { QueueImports } from '../../../jobs/imports';
import { detectionEngine } from '../../../jobs/detect-engine';
import { ingestFiles } from '../../../jobs/ingest-adapter';
import { openJobQueue, type JobQueue } from '../../../jobs/queue';
import { startWorkers, type WorkerPool } from '../../../jobs/worker';
import { resetGraph, testGraph } from '../helpers';
import { REDIS_URL, dropPrefix, testSettings } from './helpers';
import { buildRingWorld, loadWorld } from './ring-world';

jest.setTimeout(60_000);

const g = testGraph();
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-api-jobs-'));
const settings = testSettings('api', { uploadDir: path.join(home, 'uploads') });
const redis = new Redis(REDIS_URL);
const keys = new FileKeyStore(path.join(home, 'keys.json'));
const admin = keys.create({ name: '管理员', role: 'admin' }).secret;
const investigator = keys.create({ name: '办案人员甲', role: 'investigator' }).secret;
let queue: JobQueue;
let pool: WorkerPool;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  await resetGraph(g);
  await loadWorld(g, buildRingWorld({ regions: 2, honestFirms: 20, honestTenders: 30, ringsPerRegion: 1 }));
  queue = openJobQueue(settings);
  pool = startWorkers({
    settings,
    graph: g,
    engine: detectionEngine(redis, settings.prefix!),
    ingest: ingestFiles,
    defaultSeed: 1,
  });
  const audit = new JsonlAuditLog(path.join(home, 'audit.jsonl'));
  app = createApp({
    graph: g as never,
    keys,
    audit,
    jobs: queue,
    options: { uploadDir: settings.uploadDir },
  });
});

afterAll(async () => {
  await pool.close();
  await queue.close();
  await dropPrefix(settings.prefix!);
  redis.disconnect();
  await g.close();
  fs.rmSync(home, { recursive: true, force: true });
});

const auth = (k: string) => ({ Authorization: `Bearer ${k}` });

describe('detection runs through the API', () => {
  it('queues a run (202 with the job id) that a worker completes, readable by GET /jobs/:id', async () => {
    const res = await request(app)
      .post('/api/v1/runs')
      .set(auth(investigator))
      .send({ params: { only: 'rings' } });
    expect(res.status).toBe(202);
    const { jobId } = res.body as { jobId: string };
    await queue.wait(jobId, 30_000, 200);
    const s = await request(app).get(`/api/v1/jobs/${jobId}`).set(auth(investigator));
    expect(s.status).toBe(200);
    expect(s.body.state).toBe('completed');
    expect(s.body.result.run.params.trigger).toBe('api');
    expect(s.body.result.diffCounts.rings.new).toBeGreaterThan(0);
    expect(s.body.data.requestedBy).toBe('办案人员甲');
  });

  it('rejects an unknown field in the request body, naming it', async () => {
    const res = await request(app).post('/api/v1/runs').set(auth(investigator)).send({ sead: 1 });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain('sead');
  });

  it('answers 404 for a job nobody queued', async () => {
    const res = await request(app).get('/api/v1/jobs/run-nobody').set(auth(investigator));
    expect(res.status).toBe(404);
  });
});

describe('uploads on the queue', () => {
  it('are loaded by a worker and reported through the import registry', async () => {
    const imports = new QueueImports(queue);
    const dir = path.join(settings.uploadDir!, 'imp-test-1');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, '人员.csv'), '证件号码,姓名\nP-0001,张三\n,缺证件号\n');
    const job = await imports.submit({ id: 'imp-test-1', dir, files: ['人员.csv'], requestedBy: 'k1' });
    expect(['queued', 'running', 'completed']).toContain(job.state);
    await queue.wait('imp-test-1', 30_000, 200);
    const done = await imports.get('imp-test-1');
    expect(done.state).toBe('completed');
    expect(done.result?.totals).toMatchObject({ loaded: 1, rejected: 1 });
    const rejects = await imports.rejects('imp-test-1', 0, 10);
    expect(rejects.total).toBe(1);
    expect(rejects.rows[0].line).toBe(3);
  });
});

describe('the queue dashboard', () => {
  it('is served to an admin key', async () => {
    const res = await request(app).get('/api/admin/queues').set(auth(admin));
    expect(res.status).toBe(200);
    expect(res.text).toContain('明镜 任务队列');
  });

  it('is refused to an investigator and to a caller without a key', async () => {
    expect((await request(app).get('/api/admin/queues').set(auth(investigator))).status).toBe(403);
    expect((await request(app).get('/api/admin/queues')).status).toBe(401);
  });
});
