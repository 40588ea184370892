import { applyDecorators, Delete, Get, HttpCode, Patch, Post, SetMetadata, UseInterceptors, UsePipes } from '@nestjs/common';
import type { RouteContract } from '@rapport/contracts';
import { CommandOutcomeInterceptor } from '../commands/command-outcome.interceptor';
import { RouteContractPipe } from './route-contract.pipe';

export const ROUTE_CONTRACT = 'rapport:route-contract';

const methods = { get: Get, post: Post, patch: Patch, delete: Delete } as const;

/** `/v1/people/{id}` → `/v1/people/:id` */
export const nestPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * Binds a handler to its route contract: method, path, success status, the access rule
 * the auth guard enforces, the schemas its params, query and body are parsed with
 * (RouteContractPipe), and for a command, how its outcome is sent
 * (CommandOutcomeInterceptor). Routes are declared once, in contracts.
 */
export const Endpoint = (route: RouteContract) =>
  applyDecorators(
    methods[route.method](nestPath(route.path)),
    HttpCode(route.success.status),
    SetMetadata(ROUTE_CONTRACT, route),
    UsePipes(new RouteContractPipe(route)),
    ...(route.command ? [UseInterceptors(CommandOutcomeInterceptor)] : []),
  );
