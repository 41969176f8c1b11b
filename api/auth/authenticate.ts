// Authentication (Bearer or X-API-Key), per-key rate limits and role checks, as Express middleware.
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AuthError, ForbiddenError } from '../../core/errors';
import { TooManyRequestsError } from '../http/problem';
import type { KeyStore } from './keys';
import { NEED_TO_KNOW, ROLE_ZH, type Role } from './roles';

export interface Principal {
  keyId: string;
  name: string;
  role: Role;
  /** False for roles without need-to-know: personal data is masked in responses and the audit log. */
  seesPersonalData: boolean;
}

export function principalOf(res: Response): Principal | undefined {
  return res.locals.principal as Principal | undefined;
}

function secretOf(req: Request): string | null {
  const auth = req.get('authorization');
  if (auth) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return m ? m[1] : null;
  }
  return req.get('x-api-key')?.trim() || null;
}

export function authenticate(keys: KeyStore): RequestHandler {
  return (req, res, next) => {
    const secret = secretOf(req);
    if (!secret) {
      throw new AuthError(
        'auth.missing',
        '缺少 API 密钥：请在 Authorization: Bearer <密钥> 或 X-API-Key 头中提供',
        'missing API key: send Authorization: Bearer <key> or X-API-Key',
      );
    }
    const k = keys.authenticate(secret);
    if (!k) throw new AuthError('auth.invalid', 'API 密钥无效或已吊销', 'the API key is invalid or revoked');
    const p: Principal = { keyId: k.id, name: k.name, role: k.role, seesPersonalData: NEED_TO_KNOW[k.role] };
    res.locals.principal = p;
    next();
  };
}

export function requireRole(roles: readonly Role[]): RequestHandler {
  return (_req, res, next) => {
    const p = principalOf(res);
    if (!p || !roles.includes(p.role)) {
      const role = p?.role ?? 'none';
      throw new ForbiddenError(
        'auth.forbidden',
        `角色 ${ROLE_ZH[role as Role] ?? role}（${role}）无权调用此接口，需要：${roles.join('、')}`,
        `role ${role} may not call this endpoint; allowed: ${roles.join(', ')}`,
        { role, allowed: roles },
      );
    }
    next();
  };
}

/** Requests per window for each role; keys are limited one by one (keyed by key id). */
export function perKeyRateLimit(windowMs: number, perRole: Record<Role, number>): RequestHandler {
  return rateLimit({
    windowMs,
    limit: (_req: Request, res: Response) => perRole[principalOf(res)?.role ?? 'service'],
    keyGenerator: (_req: Request, res: Response) => principalOf(res)?.keyId ?? 'anonymous',
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    validate: false,
    handler: (_req, _res, next) =>
      next(
        new TooManyRequestsError(
          'rate.limited',
          '请求过于频繁，请稍后重试（按密钥限流）',
          'too many requests for this key; retry later',
        ),
      ),
  });
}
