import { applyDecorators, Delete, Get, HttpCode, Patch, Post, SetMetadata } from '@nestjs/common';
import type { RouteContract } from '@rapport/contracts';

export const ROUTE_CONTRACT = 'rapport:route-contract';

const methods = { get: Get, post: Post, patch: Patch, delete: Delete } as const;

/** `/v1/people/{id}` → `/v1/people/:id` */
export const nestPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * Binds a handler to its route contract: method, path, success status, and the
 * access rule the auth guard enforces. Routes are declared once, in contracts.
 */
export const Endpoint = (route: RouteContract) =>
  applyDecorators(methods[route.method](nestPath(route.path)), HttpCode(route.success.status), SetMetadata(ROUTE_CONTRACT, route));
