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
