// Neo4j going away: requests get 503 problem JSON with Retry-After (never a 500), and the API recovers
// when Neo4j comes back. A TCP proxy in front of the test Neo4j is cut and restored, so the test does
// not stop the shared instance; a second app points at a dead port from the start.
import net from 'node:net';
import request from 'supertest';
import { API_DRIVER_TUNING } from '../../../api/main';
import { resolveConfig } from '../../../core/config';
import { Neo4jGraph } from '../../../graph/port';
import { resetGraph } from '../helpers';
import { fixture, harness, type Harness } from './harness';

jest.setTimeout(120_000);

class Proxy {
  private server: net.Server | undefined;
  private sockets = new Set<net.Socket>();
  constructor(
    readonly port: number,
    private readonly target: number,
  ) {}
  start(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    return new Promise((r) => this.server!.listen(this.port, '127.0.0.1', () => r()));
  }
  stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    return new Promise((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

const cfg = resolveConfig().neo4j;
let proxy: Proxy;
let h: Harness;

beforeAll(async () => {
  proxy = new Proxy(await freePort(), cfg.boltPort);
  await proxy.start();
  h = harness({}, new Neo4jGraph({ ...cfg, uri: `bolt://127.0.0.1:${proxy.port}` }, API_DRIVER_TUNING));
  await resetGraph(h.graph);
  await fixture(h.graph, "CREATE (:Company {uscc: 'U1', name: '某公司'})");
});
afterAll(async () => {
  await proxy.stop();
  await h.close();
});

const coi = () =>
  request(h.app)
    .post('/api/v1/conflicts/check')
    .set(h.as('service'))
    .send({ pairs: [{ a: 'U1', b: 'U2' }] });
const ready = () => request(h.app).get('/api/v1/ready').set(h.as('admin'));

/** Status of the first 200 within ~20 s (a cold connection on a loaded machine may take a few seconds). */
async function eventually200(call: () => Promise<request.Response>): Promise<number> {
  let status = 0;
  for (let i = 0; i < 40 && status !== 200; i++) {
    status = (await call()).status;
    if (status !== 200) await new Promise((r) => setTimeout(r, 500));
  }
  return status;
}

function expect503(res: request.Response): void {
  expect(res.status).toBe(503);
  expect(res.type).toBe('application/problem+json');
  expect(res.headers['retry-after']).toBe('5');
  expect(res.body.code).toBe('neo4j.unavailable');
  expect(res.text).not.toMatch(/\.ts:\d+/);
}

describe('when Neo4j goes away', () => {
  it('answers normally while it is up', async () => {
    expect(await eventually200(coi)).toBe(200);
    expect((await ready()).status).toBe(200);
  });

  it('answers 503 with Retry-After to a request in flight when it stops, and to later requests', async () => {
    const inflight = request(h.app)
      .post('/api/v1/cypher')
      .set(h.as('analyst'))
      .send({ query: 'UNWIND range(1, 30000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n' });
    const pending = inflight.then((r) => r);
    await new Promise((r) => setTimeout(r, 300));
    await proxy.stop();
    expect503(await pending);
    expect503(await coi());
    expect503(await ready());
    expect503(await request(h.app).get('/api/v1/search?q=某').set(h.as('analyst')));
    expect((await request(h.app).get('/api/v1/health')).status).toBe(200);
  });

  it('recovers when it comes back', async () => {
    await proxy.start();
    expect(await eventually200(coi)).toBe(200);
    expect((await ready()).status).toBe(200);
  });
});

describe('an app whose Neo4j was never reachable', () => {
  it('answers 503, not 500', async () => {
    const dead = harness(
      {},
      new Neo4jGraph({ ...cfg, uri: `bolt://127.0.0.1:${await freePort()}` }, API_DRIVER_TUNING),
    );
    try {
      expect503(await request(dead.app).get('/api/v1/ready').set(dead.as('admin')));
      expect503(
        await request(dead.app)
          .post('/api/v1/conflicts/check')
          .set(dead.as('service'))
          .send({ pairs: [{ a: '1', b: '2' }] }),
      );
      expect503(await request(dead.app).get('/api/v1/alerts').set(dead.as('admin')));
    } finally {
      await dead.close();
    }
  });
});
