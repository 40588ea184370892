import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';

export function NotFoundScreen() {
  return (
    <Center h="60vh">
      <Stack align="center" gap="xs">
        <Title order={2}>Nothing here</Title>
        <Text c="dimmed">This page does not exist.</Text>
        <Button component={Link} to="/" variant="light">
          Go to my start page
        </Button>
      </Stack>
    </Center>
  );
}
