import { createHash, randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { Principal } from '../auth/principal';
import { RequestValidationError } from '../http/request-validation';

/** What every command carries besides its payload: who, which retry, which conversation. */
export interface CommandContext {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly idempotency: { readonly key: string; readonly requestHash: string } | null;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export function commandContext(request: Request, principal: Principal): CommandContext {
  const key = request.header('idempotency-key');
  if (key !== undefined && !KEY_PATTERN.test(key)) {
    throw new RequestValidationError([{ field: 'Idempotency-Key', message: '1–200 visible ASCII characters' }], 'headers');
  }
  // The request logger assigned the correlation id (the caller's X-Correlation-Id or a new one).
  const assigned = (request as Request & { id?: unknown }).id;
  return {
    principal,
    correlationId: typeof assigned === 'string' ? assigned : randomUUID(),
    idempotency: key
      ? {
          key,
          requestHash: createHash('sha256')
            .update(`${request.method} ${request.path}\n${JSON.stringify(request.body ?? null)}`)
            .digest('hex'),
        }
      : null,
  };
}
