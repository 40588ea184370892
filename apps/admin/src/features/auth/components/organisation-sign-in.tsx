import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconBuildingSkyscraper } from '@tabler/icons-react';
import type { SignInConfig } from '@rapport/contracts';
import { organisationSignInOf } from '../api/organisation-client';
import { useStartOrganisationSignIn } from '../api/start-organisation-sign-in';
import { SignInProblem } from './sign-in-problem';

/** Production sign-in: one button that hands the browser to the organisation's identity provider. */
export function OrganisationSignIn({ config }: { config: Extract<SignInConfig, { mode: 'oidc' }> }) {
  const start = useStartOrganisationSignIn();
  const organisation = organisationSignInOf(config);
  if (!organisation) {
    return (
      <Alert variant="light" color="yellow" title="Sign-in is not set up yet" role="alert">
        <Text size="sm">
          This Rapport service knows your organisation’s identity provider but has no client id for the admin app (AUTH_CLIENT_ID). Ask
          whoever runs Rapport to set it.
        </Text>
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Text size="sm">Rapport signs you in with your organisation account; your role and your place in the organisation come from it.</Text>
      {start.error ? <SignInProblem error={start.error} /> : null}
      <Button
        fullWidth
        size="md"
        leftSection={<IconBuildingSkyscraper size={18} />}
        loading={start.isPending}
        onClick={() => start.mutate(organisation)}
      >
        Sign in with your organisation
      </Button>
    </Stack>
  );
}
