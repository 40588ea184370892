import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Role } from '@rapport/contracts';
import type { Session } from '../../../lib/session';
import { authKeys } from './auth-keys';
import { fetchCurrentPrincipal } from './get-current-principal';
import { organisationClient, type OrganisationSignInConfig } from './organisation-client';

/** The provider signed the person in, but Rapport cannot use the account as it is. */
export class SignInRefused extends Error {
  override readonly name = 'SignInRefused';
}

const roleNames: Record<Role, string> = { admin: 'Programme administrator', manager: 'Manager', participant: 'Participant' };

/**
 * Completes a sign-in when the provider sends the browser back: exchanges the code (with
 * the PKCE verifier) for tokens, then asks the API who the access token signs in — the
 * API reads role and person from the claims exactly as it does on every call.
 */
export async function completeOrganisationSignIn(config: OrganisationSignInConfig, callbackUrl: string): Promise<Session> {
  const user = await organisationClient(config).signinRedirectCallback(callbackUrl);
  const principal = await fetchCurrentPrincipal(user.access_token);
  // Participants and managers see data about themselves: their account must name a known person.
  if (principal.role !== 'admin' && (!principal.personId || principal.displayName === null)) {
    throw new SignInRefused(
      principal.personId
        ? `Your organisation account names a person Rapport does not know (${principal.personId}).`
        : `Your organisation account makes you a ${principal.role} in Rapport but does not say which person you are.`,
    );
  }
  const expiresAt = principal.expiresAt ?? (user.expires_at ? new Date(user.expires_at * 1000).toISOString() : null);
  if (!expiresAt) throw new Error('The access token carries no expiry, so Rapport cannot tell when the session ends.');
  const profileName = typeof user.profile.name === 'string' ? user.profile.name : null;
  return {
    token: user.access_token,
    role: principal.role,
    personId: principal.personId,
    displayName: principal.displayName ?? profileName ?? roleNames[principal.role],
    expiresAt,
  };
}

export const completeOrganisationSignInQueryOptions = (config: OrganisationSignInConfig | null, callbackUrl: string) =>
  queryOptions({
    queryKey: authKeys.callback(callbackUrl),
    queryFn: config ? () => completeOrganisationSignIn(config, callbackUrl) : skipToken,
    // A code is good once: never refetch or retry it.
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

export function useCompleteOrganisationSignIn(config: OrganisationSignInConfig | null, callbackUrl: string) {
  return useQuery(completeOrganisationSignInQueryOptions(config, callbackUrl));
}
