import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useSignInConfig } from '../api/get-sign-in-config';
import { OrganisationSignIn } from '../components/organisation-sign-in';
import { SignInCard } from '../components/sign-in-card';
import { SignInForm } from '../components/sign-in-form';
import { peopleKeys, useDemoDirectory } from '../../people';
import { authKeys } from '../api/auth-keys';
import { ProblemAlert } from '../../../components/problem-alert';
import { signIn, type Session } from '../../../lib/session';
import { homeOf } from '../../../lib/home-of';

/** The service says how people sign in: the demo sign-in (embedded default) or the organisation's provider. */
export function SignInScreen() {
  const config = useSignInConfig();
  return (
    <SignInCard>
      {config.isPending ? (
        <Center py="md">
          <Loader size="sm" aria-label="Loading sign-in" />
        </Center>
      ) : config.error ? (
        <ProblemAlert error={config.error} what="Sign-in" onRetry={() => void config.refetch()} />
      ) : config.data.mode === 'oidc' ? (
        <OrganisationSignIn config={config.data} />
      ) : (
        <DemoSignIn />
      )}
    </SignInCard>
  );
}

function DemoSignIn() {
  const directory = useDemoDirectory();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const onSignedIn = (session: Session) => {
    // The demo directory (people) and the sign-in settings (auth) are kept; everything a session fetched goes.
    const kept = [peopleKeys.all[0], authKeys.all[0]] as unknown[];
    queryClient.removeQueries({ predicate: (query) => !kept.includes(query.queryKey[0]) });
    signIn(session);
    void navigate(homeOf(session));
  };
  return (
    <SignInForm people={directory.data ?? []} peopleLoading={directory.isPending} peopleError={directory.error} onSignedIn={onSignedIn} />
  );
}
