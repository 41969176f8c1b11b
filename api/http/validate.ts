// Parses a request part with its zod schema; failures become a 422 naming every offending field.
import type { z } from 'zod';
import { ValidationError } from './problem';

type Issue = z.core.$ZodIssue;

/** For a union, the issues of the alternative that came closest (fewest issues, unknown keys last). */
function closest(issues: Issue[]): Issue[] {
  const u = issues[0];
  if (issues.length !== 1 || u.code !== 'invalid_union' || !u.errors?.length) return issues;
  const rank = (xs: Issue[]) => xs.length + (xs.some((x) => x.code === 'unrecognized_keys') ? 0.5 : 0);
  const best = [...u.errors].sort((a, b) => rank(a) - rank(b))[0];
  return closest(best.map((x) => ({ ...x, path: [...u.path, ...x.path] })));
}

export function parsePart<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const errors = closest(r.error.issues)
    .slice(0, 20)
    .map((i) => ({
      field: [where, ...i.path.map(String)].join('.'),
      message: i.message,
    }));
  const first = errors[0];
  throw new ValidationError(
    'request.invalid_field',
    `请求字段 ${first.field} 无效：${first.message}`,
    `request field ${first.field} is invalid: ${first.message}`,
    { field: first.field, errors },
  );
}
