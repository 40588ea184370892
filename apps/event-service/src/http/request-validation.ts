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

/** A NUL, or half of a surrogate pair without its other half: text no store or file can keep as it is. */
// eslint-disable-next-line no-control-regex -- finding the NUL is the point
const UNREADABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The fields of a request part holding text with a NUL or a lone surrogate, named by
 * their path. Walked without recursion, so a body nested thousands deep cannot overflow
 * the stack; at most `limit` fields are named.
 */
export function unreadableTextFields(value: unknown, limit = 20): InvalidField[] {
  const found: InvalidField[] = [];
  const pending: Array<[unknown, string]> = [[value, '']];
  while (pending.length > 0 && found.length < limit) {
    const [current, path] = pending.pop()!;
    if (typeof current === 'string') {
      if (UNREADABLE.test(current))
        found.push({ field: path || '(root)', message: 'text must not contain a NUL character or a lone surrogate' });
    } else if (current !== null && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        if (UNREADABLE.test(key))
          found.push({ field: path || '(root)', message: 'field names must not contain a NUL character or a lone surrogate' });
        else pending.push([child, path ? `${path}.${key}` : key]);
      }
    }
  }
  return found;
}

/**
 * Parses one part of a request with its contract schema or throws naming every invalid
 * field; text no store could keep (a NUL, a lone surrogate) is refused first, wherever it is.
 */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, part: RequestValidationError['part']): z.infer<S> {
  const unreadable = unreadableTextFields(value);
  if (unreadable.length > 0) throw new RequestValidationError(unreadable, part);
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw new RequestValidationError(fieldsOf(result.error), part);
  return result.data;
}
