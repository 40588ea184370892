import { useMutation } from '@tanstack/react-query';
import { organisationClient, type OrganisationSignInConfig } from './organisation-client';

/** Sends the browser to the organisation's sign-in page (the promise settles only on failure). */
export async function startOrganisationSignIn(config: OrganisationSignInConfig): Promise<void> {
  await organisationClient(config).signinRedirect();
}

export function useStartOrganisationSignIn() {
  return useMutation({ mutationFn: startOrganisationSignIn });
}
