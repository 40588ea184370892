import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { usePageTitle } from '../../lib/page-title';

export function NotFoundScreen() {
  usePageTitle('Nothing here');
  return (
    <Center h="60vh">
      <Stack align="center" gap="xs">
        <Title order={1} size="h2">
          Nothing here
        </Title>
        <Text c="dimmed">This page does not exist.</Text>
        <Button component={Link} to="/" variant="light">
          Go to my start page
        </Button>
      </Stack>
    </Center>
  );
}
