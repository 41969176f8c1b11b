// Parses a request part with its zod schema; failures become a 422 naming every offending field.
import type { z } from 'zod';
import { ValidationError } from './problem';

export function parsePart<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const errors = r.error.issues.slice(0, 20).map((i) => ({
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
