import type { ReactNode } from 'react';
import { Text, Title } from '@mantine/core';

/** A screen's heading (the page's one h1) and, under it, what the screen is for. */
export function ScreenTitle({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text c="dimmed">{children}</Text>
    </div>
  );
}
