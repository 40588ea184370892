import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { useDemoDirectory } from '../../features/people/api/demo-directory';
import { signIn, type Session } from '../../lib/session';
import { homeOf } from '../home-of';

export function SignInRoute() {
  const directory = useDemoDirectory();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const onSignedIn = (session: Session) => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'people' });
    signIn(session);
    void navigate(homeOf(session));
  };
  return (
    <Center mih="100vh" bg="var(--mantine-color-gray-0)" p="md">
      <Paper withBorder shadow="sm" radius="lg" p="xl" w={440}>
        <Stack gap="lg">
          <div>
            <Title order={1} size="h2">Rapport</Title>
            <Text c="dimmed">See your network grow, habit by habit.</Text>
          </div>
          <SignInForm people={directory.data ?? []} peopleLoading={directory.isPending} peopleError={directory.error} onSignedIn={onSignedIn} />
        </Stack>
      </Paper>
    </Center>
  );
}
