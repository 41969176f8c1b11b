// Keys, roles, rate limits, security headers, size limits and hostile requests: never a 500.
import fs from 'node:fs';
import request from 'supertest';
import { resetGraph } from '../helpers';
import { harness, type Harness } from './harness';

let h: Harness;
jest.setTimeout(30_000);

beforeAll(async () => {
  h = harness({
    rateLimit: {
      windowMs: 60_000,
      perRole: { admin: 10_000, investigator: 10_000, analyst: 5, service: 10_000 },
    },
  });
  await resetGraph(h.graph);
});
afterAll(() => h.close());

describe('authentication', () => {
  it('serves health without a key', async () => {
    const res = await request(h.app).get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  it('refuses a request without a key with 401 problem JSON', async () => {
    const res = await request(h.app).get('/api/v1/ready');
    expect(res.status).toBe(401);
    expect(res.type).toBe('application/problem+json');
    expect(res.headers['www-authenticate']).toMatch(/Bearer/);
    expect(res.body).toMatchObject({ status: 401, code: 'auth.missing', instance: '/api/v1/ready' });
  });

  it('accepts the key as a Bearer token or in X-API-Key', async () => {
    expect((await request(h.app).get('/api/v1/ready').set(h.as('admin'))).status).toBe(200);
    expect((await request(h.app).get('/api/v1/ready').set('X-API-Key', h.secrets.investigator)).status).toBe(
      200,
    );
  });

  it('refuses a wrong key and a revoked key', async () => {
    expect((await request(h.app).get('/api/v1/ready').set('Authorization', 'Bearer mjk_wrong')).status).toBe(
      401,
    );
    const { key, secret } = h.keys.create({ name: '临时', role: 'admin' });
    expect((await request(h.app).get('/api/v1/ready').set('X-API-Key', secret)).status).toBe(200);
    h.keys.revoke(key.id);
    expect((await request(h.app).get('/api/v1/ready').set('X-API-Key', secret)).status).toBe(401);
  });

  it('stores only hashes of keys', () => {
    const text = fs.readFileSync(h.keys.file, 'utf8');
    for (const s of Object.values(h.secrets)) expect(text).not.toContain(s);
  });
});

describe('roles', () => {
  it.each([
    ['service', 'get', '/api/v1/search?q=建设'],
    ['service', 'get', '/api/v1/ready'],
    ['service', 'get', '/api/v1/alerts'],
    ['service', 'post', '/api/v1/cypher'],
    ['analyst', 'post', '/api/v1/alerts/A1/confirm'],
    ['analyst', 'post', '/api/v1/rules/interest-transfer/run'],
    ['investigator', 'post', '/api/v1/cypher'],
    ['investigator', 'get', '/api/v1/keys'],
    ['analyst', 'get', '/api/v1/audit/verify'],
  ] as const)('forbids %s to %s %s with 403', async (role, method, url) => {
    const res = await request(h.app)[method](url).set(h.as(role)).send({});
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'auth.forbidden', status: 403 });
  });

  it('lets a service key call the conflict check', async () => {
    const res = await request(h.app)
      .post('/api/v1/conflicts/check')
      .set(h.as('service'))
      .send({ pairs: [{ a: 'A', b: 'B' }] });
    expect(res.status).toBe(200);
  });
});

describe('limits and headers', () => {
  it('limits each key separately and answers 429 with Retry-After', async () => {
    const { secret } = h.keys.create({ name: '限流测试', role: 'analyst' });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await request(h.app).get('/api/v1/rules').set('X-API-Key', secret)).status);
    expect(codes).toEqual([200, 200, 200, 200, 200]);
    const last = await request(h.app).get('/api/v1/rules').set('X-API-Key', secret);
    expect(last.status).toBe(429);
    expect(last.body.code).toBe('rate.limited');
    expect(last.headers['retry-after']).toBeDefined();
    expect((await request(h.app).get('/api/v1/rules').set(h.as('investigator'))).status).toBe(200);
  });

  it('sets helmet security headers', async () => {
    const res = await request(h.app).get('/api/v1/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers 413 to a body over the size limit', async () => {
    const big = { pairs: [{ a: 'x'.repeat(2 * 1024 * 1024), b: 'y' }] };
    const res = await request(h.app).post('/api/v1/conflicts/check').set(h.as('service')).send(big);
    expect(res.status).toBe(413);
    expect(res.type).toBe('application/problem+json');
  });

  it('answers 404 problem JSON to an unknown endpoint', async () => {
    const res = await request(h.app).get('/api/v1/nope').set(h.as('admin'));
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('route.not_found');
  });
});

describe('hostile requests never get a 500 or a stack trace', () => {
  const junk = [
    '%FF%FE',
    '%00',
    '..%2F..%2Fetc%2Fpasswd',
    'x'.repeat(5000),
    '%F0%9F%92%A9',
    '\u202e',
    "'; MATCH (n) DETACH DELETE n //",
    '${jndi:ldap://x}',
    '%E4%B8%AD%E6%96%87',
  ];
  const urls = (j: string) => [
    `/api/v1/search?q=${j}`,
    `/api/v1/entities/Company/${j}`,
    `/api/v1/entities/${j}/1`,
    `/api/v1/entities/Person/${j}/neighbours?perType=${j}`,
    `/api/v1/paths?fromLabel=Person&fromKey=${j}&toLabel=Company&toKey=1`,
    `/api/v1/alerts/${j}`,
    `/api/v1/alerts?level=${j}&limit=${j}`,
    `/api/v1/companies/${j}/ownership`,
    `/api/v1/imports/${j}`,
    `/api/v1/rules/${j}`,
  ];

  it.each(junk)('GET endpoints with %s', async (j) => {
    for (const url of urls(j)) {
      const res = await request(h.app).get(url).set(h.as('admin'));
      expect(res.status).toBeLessThan(500);
      expect(res.text).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it.each([
    ['an array body', '[1,2,3]'],
    ['a string body', '"pairs"'],
    ['null', 'null'],
    ['deep nesting', '['.repeat(5000) + ']'.repeat(5000)],
    ['a number where an object goes', '{"pairs": 5}'],
    ['a prototype key', '{"__proto__": {"admin": true}, "pairs": [{"a": "1", "b": "2"}]}'],
  ])('POST bodies: %s', async (_n, body) => {
    for (const url of [
      '/api/v1/conflicts/check',
      '/api/v1/cypher',
      '/api/v1/alerts/A1/comment',
      '/api/v1/keys',
    ]) {
      const res = await request(h.app)
        .post(url)
        .set(h.as('admin'))
        .set('Content-Type', 'application/json')
        .send(body);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
  });
});
