// Assembles the Express app from its dependencies (graph port, key store, audit log, import jobs);
// exported for supertest. main.ts listens and shuts down.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import swaggerUi from 'swagger-ui-express';
import { config, ROOT } from '../core/config';
import { log as rootLog } from '../core/log';
import type { AnalystPort, GraphPort, QuickReadPort } from '../graph/port';
import type { AuditLog } from './audit/log';
import { authenticate, perKeyRateLimit, principalOf, requireRole } from './auth/authenticate';
import type { KeyStore } from './auth/keys';
import { generateDocument, newRegistry } from './http/openapi';
import { notFound, problemHandler } from './http/problem';
import { ApiRouter } from './http/route';
import { maskText } from './mask';
import { resolveApiOptions, type ApiOptions, type ApiOverrides } from './options';
import { adminRoutes } from './routes/admin';
import { alertRoutes } from './routes/alerts';
import { coiRoutes } from './routes/coi';
import { cypherRoutes } from './routes/cypher';
import { entityRoutes } from './routes/entities';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/imports';
import { ownershipRoutes } from './routes/ownership';
import { ruleRoutes } from './routes/rules';
import { InProcessImports, type ImportJobs } from './services/imports';
import { ACCESS } from './auth/roles';
import { boardRouter } from '../jobs/board';
import { QueueImports } from '../jobs/imports';
import type { JobQueue } from '../jobs/queue';
import { jobRoutes } from '../jobs/routes';

export interface AppDeps {
  graph: GraphPort & AnalystPort & QuickReadPort;
  keys: KeyStore;
  audit: AuditLog;
  /** Import jobs; on the queue when `jobs` is given, else in-process ingest. */
  imports?: ImportJobs;
  /** The job queue (jobs/): detection runs, job status, queued uploads and the admin queue dashboard. */
  jobs?: JobQueue;
  options?: ApiOverrides;
  logger?: Logger;
}

export const VERSION = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

/** Request ids: a random tag per process and a counter (cheaper than random bytes per request). */
const PROCESS_TAG = randomBytes(4).toString('hex');
let requests = 0;

function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const t0 = performance.now();
    const given = req.get('x-request-id');
    const id = given && /^[\w.-]{1,64}$/.test(given) ? given : `${PROCESS_TAG}-${(++requests).toString(36)}`;
    res.locals.requestId = id;
    res.setHeader('X-Request-Id', id);
    res.on('finish', () => {
      const p = principalOf(res);
      logger.info(
        {
          reqId: id,
          method: req.method,
          url: maskText(req.originalUrl).slice(0, 500),
          status: res.statusCode,
          ms: Math.round(performance.now() - t0),
          key: p?.keyId,
        },
        'request',
      );
    });
    next();
  };
}

/** The UI bundle (viz/dist) at `/` when it has been built; `/api` stays the API's. */
function staticUi(app: Express, dir: string): void {
  if (!fs.existsSync(path.join(dir, 'index.html'))) return;
  app.use(express.static(dir, { index: 'index.html', maxAge: '1h' }));
  app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(dir, 'index.html')));
}

export function createApp(deps: AppDeps): Express {
  const cfg = config();
  const o: ApiOptions = resolveApiOptions(cfg.home, ROOT, deps.options);
  const logger = deps.logger ?? rootLog.child({ mod: 'api' });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(requestLog(logger));
  app.use(
    helmet({
      crossOriginEmbedderPolicy: false,
      // The UI's layout runs in a blob: web worker (ForceAtlas2) and exports through blob: URLs.
      contentSecurityPolicy: {
        directives: { workerSrc: ["'self'", 'blob:'], imgSrc: ["'self'", 'data:', 'blob:'] },
      },
    }),
  );

  const registry = newRegistry();
  const guard = [authenticate(deps.keys), perKeyRateLimit(o.rateLimit.windowMs, o.rateLimit.perRole)];
  const api = new ApiRouter({
    registry,
    audit: deps.audit,
    guard,
    bodyLimit: o.bodyLimit,
    validateResponses: o.validateResponses,
  });
  healthRoutes(api, deps.graph, VERSION);
  coiRoutes(api, deps.graph, o);
  entityRoutes(api, deps.graph, o);
  ownershipRoutes(api, deps.graph);
  alertRoutes(api, deps.graph);
  ruleRoutes(api, deps.graph);
  cypherRoutes(api, deps.graph, o);
  importRoutes(
    api,
    deps.imports ?? (deps.jobs ? new QueueImports(deps.jobs) : new InProcessImports(deps.graph)),
    o,
  );
  if (deps.jobs) jobRoutes(api, deps.jobs);
  adminRoutes(api, deps.keys, deps.audit);

  let doc: unknown;
  const document = () => (doc ??= generateDocument(registry, VERSION));
  app.get('/api/openapi.json', (_req, res) => res.json(document()));
  app.use(
    '/api/docs',
    swaggerUi.serveFiles(undefined, { swaggerUrl: '/api/openapi.json' }),
    swaggerUi.setup(undefined, { swaggerUrl: '/api/openapi.json', swaggerOptions: { validatorUrl: null } }),
  );
  app.use('/api/v1', api.finish());
  if (deps.jobs)
    app.use(
      '/api/admin/queues',
      ...guard,
      requireRole(ACCESS.admin),
      boardRouter(deps.jobs, '/api/admin/queues'),
    );
  staticUi(app, o.vizDist);
  app.use(notFound);
  app.use(
    problemHandler((e, req) => logger.error({ err: e, url: maskText(req.originalUrl) }, 'unhandled error')),
  );
  return app;
}
