import { useMutation } from '@tanstack/react-query';
import { devTokenResponse, routes, type Role } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import type { Session } from '../../../lib/session';

export interface DemoSignIn {
  readonly role: Role;
  /** The person signing in; an admin may sign in without one. */
  readonly person: { readonly personId: string; readonly displayName: string } | null;
}

/** Dev sign-in (embedded default only): the API signs a token for the chosen demo user. */
export async function requestDevToken(signIn: DemoSignIn): Promise<Session> {
  const answer = await apiRequest(devTokenResponse, {
    method: 'POST',
    path: routes.devToken.path,
    body: { role: signIn.role, ...(signIn.person ? { personId: signIn.person.personId } : {}) },
    token: '',
  });
  return {
    token: answer.token,
    role: signIn.role,
    personId: signIn.person?.personId ?? null,
    displayName: signIn.person?.displayName ?? 'Programme administrator',
    expiresAt: answer.expiresAt,
  };
}

export function useDevSignIn(options: { onSignedIn: (session: Session) => void }) {
  return useMutation({ mutationFn: requestDevToken, onSuccess: options.onSignedIn });
}
