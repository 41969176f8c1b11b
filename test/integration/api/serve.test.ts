// `mingjing serve` as a process would run it: listens on the configured host, finishes requests in flight
// when asked to stop, then refuses new connections.
import path from 'node:path';
import request from 'supertest';
import { defaultKeyFile, FileKeyStore } from '../../../api/auth/keys';
import { serve, type Running } from '../../../api/main';
import { config } from '../../../core/config';

jest.setTimeout(60_000);
let running: Running;

beforeAll(async () => {
  running = await serve({ port: 0, host: '127.0.0.1', drainMs: 1000 });
});

describe('serve', () => {
  it('answers on the address it reports', async () => {
    const res = await request(running.url).get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('lets a request in flight finish when stopping, then refuses connections', async () => {
    const { key, secret } = new FileKeyStore(defaultKeyFile(config().home)).create({
      name: 'serve-test',
      role: 'admin',
    });
    await new Promise((r) => setTimeout(r, 1200)); // a running server sees new keys within a second
    const slow = request(running.url)
      .post('/api/v1/cypher')
      .set('X-API-Key', secret)
      .send({ query: 'UNWIND range(1, 3000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n' })
      .then((r) => r);
    await new Promise((r) => setTimeout(r, 200));
    const closed = running.close();
    const res = await slow;
    expect(res.status).toBe(200);
    expect(res.body.rows[0].n).toBe(428572);
    await closed;
    await expect(request(running.url).get('/api/v1/health')).rejects.toThrow(/ECONNREFUSED/);
    new FileKeyStore(path.join(config().home, 'api', 'keys.json')).revoke(key.id);
  });
});
