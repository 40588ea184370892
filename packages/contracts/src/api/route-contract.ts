import type { z } from 'zod';
import type { Role } from './common';

/**
 * Who may call a route. `self` means a participant or a manager may call it only for their
 * own person id (the `{id}` path parameter); an admin for anyone.
 */
export type Access = { readonly kind: 'public' } | { readonly kind: 'roles'; readonly roles: readonly Role[]; readonly self?: boolean };

export interface RouteContract {
  readonly method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI-style path, e.g. `/v1/people/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: Access;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** Commands accept an Idempotency-Key header. */
  readonly command?: boolean;
  readonly success: {
    readonly status: number;
    readonly schema: z.ZodType;
    readonly description: string;
    /** Media types of the answer when it is not JSON (a report file); default application/json. */
    readonly mediaTypes?: readonly string[];
  };
  /** Other answers the route gives, by status, beyond those every route of its kind gives (invalid request, sign-in, role, conflict). */
  readonly problems?: Readonly<Record<number, string>>;
}

export const admin = { kind: 'roles', roles: ['admin'] } as const;
/** Anyone signed in, whatever their role. */
export const signedIn = { kind: 'roles', roles: ['admin', 'manager', 'participant'] } as const;
/**
 * A person's own data (profile, network, relationships, recommendations, scorecard, targets):
 * the person themselves, whether they sign in as a participant or as a manager (a manager is
 * a participant too), or an admin. A manager never reaches a report's page this way (SPEC §2).
 */
export const selfOrAdmin = { kind: 'roles', roles: ['admin', 'manager', 'participant'], self: true } as const;

/** A route as a capability declares it: with a tag of its own only where it differs from the capability's. */
export type DeclaredRoute = Omit<RouteContract, 'tag'> & { readonly tag?: string };

type Tagged<Route, Tag extends string> = Route extends { readonly tag: string } ? Route : Route & { readonly tag: Tag };

/**
 * A capability's routes, each tagged `tag` in the API documentation unless it names
 * another. Every route keeps its literal type, so that a handler's parameters, query
 * and body are typed from the schemas its route declares.
 */
export function capabilityRoutes<const Tag extends string, const Routes extends Record<string, DeclaredRoute>>(
  tag: Tag,
  routes: Routes,
): { readonly [Name in keyof Routes]: Tagged<Routes[Name], Tag> } {
  return Object.fromEntries(Object.entries(routes).map(([name, route]) => [name, { tag, ...route }])) as never;
}
