import { useEffect, useState } from 'react';
import { Group, Loader, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { authKeys } from '../api/auth-keys';
import { useCompleteOrganisationSignIn } from '../api/complete-organisation-sign-in';
import { useSignInConfig } from '../api/get-sign-in-config';
import { organisationSignInOf } from '../api/organisation-client';
import { SignInCard } from '../components/sign-in-card';
import { SignInProblem } from '../components/sign-in-problem';
import { signIn } from '../../../lib/session';
import { homeOf } from '../../../lib/home-of';

/** Where the organisation's provider sends the browser back: the code becomes a session. */
export function SignInCallbackScreen() {
  // The provider's answer, read once: the address changes as soon as the session starts.
  const [callbackUrl] = useState(() => window.location.href);
  const config = useSignInConfig();
  const organisation = organisationSignInOf(config.data);
  const completion = useCompleteOrganisationSignIn(organisation, callbackUrl);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  useEffect(() => {
    const session = completion.data;
    if (!session) return;
    // Nothing another user's session fetched survives the sign-in.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
    signIn(session);
    void navigate({ ...homeOf(session), replace: true });
  }, [completion.data, queryClient, navigate]);

  const problem =
    config.error ??
    completion.error ??
    (config.data && !organisation ? new Error('This service does not sign people in through an organisation.') : null);
  return (
    <SignInCard>
      {problem ? (
        <SignInProblem
          error={problem}
          action={{ label: 'Back to sign-in', onClick: () => void navigate({ to: '/sign-in', replace: true }) }}
        />
      ) : (
        <Group gap="sm" justify="center" py="md">
          <Loader size="sm" />
          <Text size="sm">Signing you in…</Text>
        </Group>
      )}
    </SignInCard>
  );
}
