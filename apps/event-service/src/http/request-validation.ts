import type { z } from 'zod';
import type { InvalidField } from '@rapport/contracts';

/** The request did not match its schema; every invalid field is named. */
export class RequestValidationError extends Error {
  constructor(
    readonly fields: readonly InvalidField[],
    readonly part: 'body' | 'query' | 'params' | 'headers',
  ) {
    super(`invalid request ${part}`);
    this.name = 'RequestValidationError';
  }
}

export function fieldsOf(error: z.ZodError, prefix = ''): InvalidField[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `unknown field(s): ${issue.keys.join(', ')}`;
    return { field: [prefix, path].filter(Boolean).join('.') || '(root)', message };
  });
}

/** Parses one part of a request with its contract schema or throws naming every invalid field. */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, part: RequestValidationError['part']): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw new RequestValidationError(fieldsOf(result.error), part);
  return result.data;
}
