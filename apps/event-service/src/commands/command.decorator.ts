import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { RouteContract } from '@rapport/contracts';
import type { z } from 'zod';
import { PRINCIPAL, type Principal } from '../auth/principal';
import { parseRequest } from '../http/request-validation';
import { commandContext, type CommandContext } from './command-context';

/** A part of a command route's request as its contract declares and parses it; undefined where it declares none. */
type PartOf<R extends RouteContract, K extends 'params' | 'body'> = R extends { readonly [P in K]: infer S extends z.ZodType }
  ? z.infer<S>
  : undefined;

/** What a command endpoint receives: its parsed path parameters and body, and the command's context. */
export interface CommandOf<R extends RouteContract> {
  readonly params: PartOf<R, 'params'>;
  readonly body: PartOf<R, 'body'>;
  readonly context: CommandContext;
}

/**
 * A command endpoint's one argument (`CommandOf`), built from the request once, here: the
 * command's context (commandContext: the verified principal, the correlation id and the
 * Idempotency-Key), then the body and the path parameters, each parsed with the schema its
 * route declares (parseRequest: every invalid field named, 400), so an invalid key is
 * named before an invalid body, and an invalid body before invalid parameters. A part the
 * route does not declare is undefined.
 */
export const CommandOf = createParamDecorator((route: RouteContract, execution: ExecutionContext) => {
  const request = execution.switchToHttp().getRequest<Request & Record<string, unknown>>();
  const context = commandContext(request, request[PRINCIPAL] as Principal);
  const body = route.body ? parseRequest(route.body, request.body, 'body') : undefined;
  const params = route.params ? parseRequest(route.params, request.params, 'params') : undefined;
  return { params, body, context };
});
