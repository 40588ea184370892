import type { ReactNode } from 'react';
import { Center, Paper, Stack, Text, Title } from '@mantine/core';

/** The card every sign-in step sits on. */
export function SignInCard({ children }: { children: ReactNode }) {
  return (
    <Center mih="100vh" bg="var(--mantine-color-gray-0)" p="md">
      <Paper withBorder shadow="sm" radius="lg" p="xl" w={440}>
        <Stack gap="lg">
          <div>
            <Title order={1} size="h2">
              Rapport
            </Title>
            <Text c="dimmed">See your network grow, habit by habit.</Text>
          </div>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
