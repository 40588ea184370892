import { role as roleSchema, type Role } from '@rapport/contracts';
import type { JWTPayload } from 'jose';

/** Reads a claim by name or dotted path (`realm_access.roles`). */
export function claimAt(payload: JWTPayload, path: string): unknown {
  if (Object.hasOwn(payload, path)) return payload[path];
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

// Most privileged first: a token listing several Rapport roles acts with the highest.
const precedence: readonly Role[] = ['admin', 'manager', 'participant'];

/** The Rapport role a claim grants: a role name, or a list from which the most privileged Rapport role is taken. */
export function roleFromClaim(value: unknown): Role | null {
  const candidates = Array.isArray(value) ? value : [value];
  const granted = new Set(candidates.flatMap((c) => (roleSchema.safeParse(c).success ? [c as Role] : [])));
  return precedence.find((r) => granted.has(r)) ?? null;
}
