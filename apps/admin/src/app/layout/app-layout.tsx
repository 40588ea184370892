import { ActionIcon, AppShell, Avatar, Badge, Burger, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Outlet, useNavigate } from '@tanstack/react-router';
import { signOut, useSession } from '../../lib/session';
import { AsOfPicker } from './as-of-picker';
import { Navigation } from './navigation';

const roleColours = { admin: 'grape', manager: 'teal', participant: 'indigo' } as const;

export function AppLayout() {
  const session = useSession();
  const [opened, { toggle }] = useDisclosure();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  if (!session) return null;

  const leave = () => {
    signOut();
    queryClient.clear();
    void navigate({ to: '/sign-in' });
  };
  const initials = session.displayName
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2);

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
              <Text fw={700} fz="h3" c="indigo.8" aria-label="Rapport">
                Rapport
              </Text>
            </Group>
            <Group gap="md" wrap="nowrap">
              <AsOfPicker />
              <Group gap="xs" wrap="nowrap" visibleFrom="sm">
                <Avatar color={roleColours[session.role]} radius="xl" size="sm">
                  {initials}
                </Avatar>
                <div>
                  <Text size="sm" fw={500} lh={1.2}>
                    {session.displayName}
                  </Text>
                  <Badge size="xs" variant="light" color={roleColours[session.role]}>
                    {session.role}
                  </Badge>
                </div>
              </Group>
              <Button variant="subtle" color="gray" size="sm" leftSection={<IconLogout size={16} />} onClick={leave} visibleFrom="sm">
                Sign out
              </Button>
              <ActionIcon variant="subtle" color="gray" size="lg" onClick={leave} aria-label="Sign out" hiddenFrom="sm">
                <IconLogout size={18} />
              </ActionIcon>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <Navigation session={session} />
        </AppShell.Navbar>
        <AppShell.Main bg="var(--mantine-color-gray-0)" id="main" tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
