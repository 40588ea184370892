import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { z } from 'zod';
import type { Role } from '@rapport/contracts';

/** Who is calling, as established from their verified bearer token. */
export interface Principal {
  readonly subject: string;
  readonly role: Role;
  readonly personId: string | null;
  /** When the bearer token expires (ISO 8601), when it says. */
  readonly expiresAt?: string;
}

export const PRINCIPAL = 'rapportPrincipal';

const personIdFormat = z.uuid();

/** The person a principal's person claim names: null when the claim is missing or is no person id. */
export function namedPerson(principal: Principal): string | null {
  return principal.personId !== null && personIdFormat.safeParse(principal.personId).success ? principal.personId : null;
}

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const request = context.switchToHttp().getRequest<Record<string, unknown>>();
  return request[PRINCIPAL] as Principal;
});
