import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import type { RouteContract } from '@rapport/contracts';
import type { z } from 'zod';
import { parseRequest } from './request-validation';

type Parsed<S> = S extends z.ZodType ? z.infer<S> : never;

/** A handler's path parameters as its route contract declares and parses them. */
export type ParamsOf<R extends RouteContract> = Parsed<R['params']>;
/** A handler's query as its route contract declares and parses it. */
export type QueryOf<R extends RouteContract> = Parsed<R['query']>;
/** A handler's body as its route contract declares and parses it. */
export type BodyOf<R extends RouteContract> = Parsed<R['body']>;

/**
 * Validates a handler's `@Param()`, `@Query()` and `@Body()` with the schemas its route
 * contract declares (parseRequest: every invalid field named, 400), so a controller
 * receives parsed values and never repeats a schema. Parts the contract does not declare,
 * and every other argument, pass through untouched.
 */
export class RouteContractPipe implements PipeTransform {
  constructor(private readonly route: RouteContract) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.data !== undefined) return value;
    if (metadata.type === 'param' && this.route.params) return parseRequest(this.route.params, value, 'params');
    if (metadata.type === 'query' && this.route.query) return parseRequest(this.route.query, value, 'query');
    if (metadata.type === 'body' && this.route.body) return parseRequest(this.route.body, value, 'body');
    return value;
  }
}
