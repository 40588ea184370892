import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { PRINCIPAL, type Principal } from '../auth/principal';
import { commandContext } from './command-context';

/**
 * A command handler's context (commandContext): the verified principal, the request's
 * correlation id and its Idempotency-Key, built from the request once, here.
 */
export const Command = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<Request & Record<string, unknown>>();
  return commandContext(request, request[PRINCIPAL] as Principal);
});
