// RFC 9457 problem JSON: the one middleware that maps core/errors.ts types (and parser errors) to HTTP.
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import {
  AuthError,
  ConflictError,
  ForbiddenError,
  InputError,
  isMingjingError,
  MingjingError,
  NotFoundError,
  UnavailableError,
} from '../../core/errors';
import { maskText } from '../mask';

/** A request field failed its schema (422), with every offending field listed. */
export class ValidationError extends InputError {}
export class PayloadTooLargeError extends MingjingError {}
export class UnsupportedMediaTypeError extends MingjingError {}
export class TooManyRequestsError extends MingjingError {}
export class MethodNotAllowedError extends MingjingError {}

export const RETRY_AFTER_SECONDS = 5;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function statusOf(e: MingjingError): number {
  if (e instanceof ValidationError) return 422;
  if (e instanceof InputError) return 400;
  if (e instanceof AuthError) return 401;
  if (e instanceof ForbiddenError) return 403;
  if (e instanceof NotFoundError) return 404;
  if (e instanceof ConflictError) return 409;
  if (e instanceof PayloadTooLargeError) return 413;
  if (e instanceof UnsupportedMediaTypeError) return 415;
  if (e instanceof TooManyRequestsError) return 429;
  if (e instanceof MethodNotAllowedError) return 405;
  if (e instanceof UnavailableError) return 503;
  return 500;
}

/** Errors that are not ours but whose cause is the request: body-parser, path decoding, multer, Neo4j client errors. */
function fromForeign(e: unknown): MingjingError | null {
  const x = e as { type?: string; status?: number; statusCode?: number; code?: string; message?: string };
  if (x?.type === 'entity.too.large' || x?.code === 'LIMIT_FILE_SIZE' || x?.code === 'LIMIT_FIELD_VALUE')
    return new PayloadTooLargeError('request.too_large', '请求体过大', 'request body is too large');
  if (x?.type === 'entity.parse.failed')
    return new InputError('body.malformed', '请求体不是有效的 JSON', 'request body is not valid JSON', {
      field: 'body',
    });
  if (x?.type === 'encoding.unsupported' || x?.type === 'charset.unsupported')
    return new UnsupportedMediaTypeError(
      'body.charset',
      '不支持的请求编码，请用 UTF-8',
      'unsupported body encoding; use UTF-8',
    );
  if (typeof x?.code === 'string' && x.code.startsWith('LIMIT_'))
    return new InputError('upload.invalid', `上传表单无效：${x.code}`, `invalid upload form: ${x.code}`, {
      field: 'files',
    });
  if (typeof x?.code === 'string' && x.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut'))
    return new InputError('query.timeout', '查询超时，请缩小范围', 'the query timed out; narrow it down');
  if (typeof x?.code === 'string' && x.code.startsWith('Neo.ClientError.'))
    return new InputError('query.rejected', `查询被拒绝：${x.code}`, `the query was rejected: ${x.code}`);
  const status = x?.status ?? x?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return new InputError('request.invalid', '请求无效', `invalid request (${status})`, { status });
  return null;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  zh: string;
  en: string;
  field?: string;
  errors?: { field: string; message: string }[];
  requestId?: string;
}

export function problemOf(err: MingjingError, req: Request, status = statusOf(err)): ProblemBody {
  const d = err.details;
  const st = status === 400 && typeof d.status === 'number' ? d.status : status;
  const body: ProblemBody = {
    type: `https://mingjing.local/problems/${err.code}`,
    title: TITLES[st] ?? 'Error',
    status: st,
    detail: maskText(`${err.zh} (${err.en})`),
    instance: maskText(req.originalUrl.split('?')[0]).slice(0, 300),
    code: err.code,
    zh: maskText(err.zh),
    en: maskText(err.en),
  };
  if (typeof d.field === 'string') body.field = d.field;
  if (Array.isArray(d.errors)) body.errors = d.errors as ProblemBody['errors'];
  const rid = req.res?.locals?.requestId;
  if (typeof rid === 'string') body.requestId = rid;
  return body;
}

export function problemHandler(log: (e: unknown, req: Request) => void): ErrorRequestHandler {
  return (e, req, res, next) => {
    if (res.headersSent) return next(e);
    let err = isMingjingError(e) ? e : fromForeign(e);
    if (!err) {
      log(e, req);
      err = new MingjingError('internal', '服务器内部错误', 'internal server error');
    }
    const body = problemOf(err, req);
    if (body.status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    if (body.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="mingjing"');
    res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  };
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(
    new NotFoundError(
      'route.not_found',
      `没有这个接口：${req.method} ${req.path}`,
      `no such endpoint: ${req.method} ${req.path}`,
    ),
  );
};
