// Declares a route once: zod schemas for params, query, body and response drive validation (the handler
// gets the PARSED values), the OpenAPI entry, role checks, masking of personal data and the audit record.
import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { ForbiddenError } from '../../core/errors';
import type { AuditInput } from '../audit/chain';
import type { AuditLog } from '../audit/log';
import { principalOf, requireRole, type Principal } from '../auth/authenticate';
import type { Role } from '../auth/roles';
import { maskDeep } from '../mask';
import { problemResponses } from './openapi';
import { MethodNotAllowedError, UnsupportedMediaTypeError, statusOf } from './problem';
import { parsePart } from './validate';
import { z } from './zod';

type Obj = z.ZodObject<z.ZodRawShape>;
const EMPTY = z.object({});

export interface Ctx {
  principal: Principal;
  req: Request;
  res: Response;
  /** Records one audit entry for this caller (query masked as the caller's role requires); returns its id. */
  audit(input: Omit<AuditInput, 'actor'>): string;
}

export interface AuditSpec<I, O> {
  action: string;
  query?: (input: I) => unknown;
  count?: (out: O) => number;
}

export interface RouteSpec<P extends Obj, Q extends Obj, B extends z.ZodType, R extends z.ZodType> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path under /api/v1, e.g. `/entities/:label/:key`. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Roles allowed; `public` skips authentication (health only). */
  roles: readonly Role[] | 'public';
  params?: P;
  query?: Q;
  body?: B;
  /** A multipart upload: middleware that fills req.files, and the form's schema for the document. */
  multipart?: { middleware: RequestHandler; schema: z.ZodType };
  response: R;
  status?: 200 | 201 | 202;
  audit?: AuditSpec<Input<P, Q, B>, z.input<R>>;
  handler(input: Input<P, Q, B>, ctx: Ctx): Promise<z.input<R>> | z.input<R>;
}

export interface Input<P extends Obj, Q extends Obj, B extends z.ZodType> {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
}

export interface RouterDeps {
  registry: OpenAPIRegistry;
  audit: AuditLog;
  /** Authentication and per-key rate limiting, run before the role check. */
  guard: RequestHandler[];
  bodyLimit: string;
  validateResponses: boolean;
}

const JSON_TYPES = ['application/json', 'application/*+json'];

function auditFor(deps: RouterDeps, p: Principal) {
  return (input: Omit<AuditInput, 'actor'>): string =>
    deps.audit.record({
      ...input,
      query: p.seesPersonalData ? input.query : maskDeep(input.query),
      actor: { keyId: p.keyId, name: p.name, role: p.role },
    });
}

function jsonBody(limit: string): RequestHandler {
  const parse = express.json({ limit, type: JSON_TYPES, strict: false });
  return (req, res, next) => {
    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
    if (hasBody && !req.is(JSON_TYPES)) {
      throw new UnsupportedMediaTypeError(
        'body.content_type',
        '请求体应为 application/json',
        'the request body must be application/json',
        { field: 'content-type' },
      );
    }
    parse(req, res, next);
  };
}

export class ApiRouter {
  readonly router = Router();
  private readonly methods = new Map<string, Set<string>>();
  constructor(private readonly deps: RouterDeps) {}

  /** 405 with an Allow header for a known path asked with a method it does not have; call after add(). */
  finish(): Router {
    for (const [p, ms] of this.methods) {
      const allow = [...ms, ...(ms.has('GET') ? ['HEAD'] : [])].join(', ');
      this.router.all(p, (req, res) => {
        res.setHeader('Allow', allow);
        throw new MethodNotAllowedError(
          'route.method',
          `${p} 不支持 ${req.method}，支持：${allow}`,
          `${req.method} is not allowed on ${req.path}; allowed: ${allow}`,
        );
      });
    }
    return this.router;
  }

  add<
    P extends Obj = typeof EMPTY,
    Q extends Obj = typeof EMPTY,
    B extends z.ZodType = z.ZodUndefined,
    R extends z.ZodType = z.ZodType,
  >(spec: RouteSpec<P, Q, B, R>): void {
    this.document(spec);
    const chain: RequestHandler[] = [];
    if (spec.roles !== 'public') chain.push(...this.deps.guard, requireRole(spec.roles));
    if (spec.multipart) chain.push(spec.multipart.middleware);
    else if (spec.body) chain.push(jsonBody(this.deps.bodyLimit));
    chain.push(this.handle(spec));
    this.router[spec.method](spec.path, ...chain);
    const ms = this.methods.get(spec.path) ?? new Set<string>();
    this.methods.set(spec.path, ms.add(spec.method.toUpperCase()));
  }

  private handle<P extends Obj, Q extends Obj, B extends z.ZodType, R extends z.ZodType>(
    spec: RouteSpec<P, Q, B, R>,
  ): RequestHandler {
    return async (req, res) => {
      const p = principalOf(res) ?? {
        keyId: 'public',
        name: 'public',
        role: 'service',
        seesPersonalData: false,
      };
      const audit = auditFor(this.deps, p);
      let input: Input<P, Q, B> | undefined;
      try {
        input = {
          params: parsePart(spec.params ?? EMPTY, req.params, 'params'),
          query: parsePart(spec.query ?? EMPTY, req.query, 'query'),
          body: spec.body
            ? parsePart(spec.body, req.body === undefined ? {} : req.body, 'body')
            : (undefined as z.output<B>),
        } as Input<P, Q, B>;
        let out: unknown = await spec.handler(input, { principal: p, req, res, audit });
        if (spec.audit) {
          const a = spec.audit;
          audit({
            action: a.action,
            query: a.query?.(input),
            results: a.count?.(out as z.input<R>),
            status: spec.status ?? 200,
          });
        }
        if (!p.seesPersonalData) out = maskDeep(out);
        if (this.deps.validateResponses) out = spec.response.parse(out);
        res.status(spec.status ?? 200).json(out);
      } catch (e) {
        if (spec.audit && spec.roles !== 'public' && !(e instanceof ForbiddenError)) {
          const status = e instanceof Error && 'code' in e && 'zh' in e ? statusOf(e as never) : 500;
          audit({ action: spec.audit.action, query: input ? spec.audit.query?.(input) : undefined, status });
        }
        throw e;
      }
    };
  }

  private document<P extends Obj, Q extends Obj, B extends z.ZodType, R extends z.ZodType>(
    spec: RouteSpec<P, Q, B, R>,
  ): void {
    const request: RouteConfig['request'] = {};
    if (spec.params) request.params = spec.params;
    if (spec.query) request.query = spec.query;
    if (spec.body) {
      // A body whose fields are all optional may be left out (it then counts as `{}`).
      const required = !spec.body.safeParse({}).success;
      request.body = { required, content: { 'application/json': { schema: spec.body } } };
    }
    if (spec.multipart)
      request.body = {
        required: true,
        content: { 'multipart/form-data': { schema: spec.multipart.schema } },
      };
    this.deps.registry.registerPath({
      method: spec.method,
      path: `/api/v1${spec.path.replace(/:([A-Za-z_]+)/g, '{$1}')}`,
      summary: spec.summary,
      description: spec.description,
      tags: spec.tags,
      ...(spec.roles === 'public' ? { security: [] } : { 'x-roles': [...spec.roles] as unknown as string }),
      request,
      responses: {
        [spec.status ?? 200]: {
          description: spec.summary,
          content: { 'application/json': { schema: spec.response } },
        },
        ...problemResponses(spec.roles === 'public'),
      },
    } as RouteConfig);
  }
}
