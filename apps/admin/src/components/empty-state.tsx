import { Stack, Text, ThemeIcon } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack align="center" gap={6} py="xl" c="dimmed">
      <ThemeIcon variant="light" color="gray" size="xl" radius="xl">
        <IconInbox size={22} />
      </ThemeIcon>
      <Text fw={600}>{title}</Text>
      {children ? (
        <Text size="sm" ta="center" maw={420}>
          {children}
        </Text>
      ) : null}
    </Stack>
  );
}
