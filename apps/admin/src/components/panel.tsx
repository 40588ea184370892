import { Card, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card: the unit every screen is built from. */
export function Panel({
  title,
  description,
  actions,
  children,
}: {
  title: string;
  description?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      {/* On a narrow screen the actions go under the title rather than past the edge. */}
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <div>
          <Title order={3} size="h4">
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </div>
        {actions}
      </Group>
      {children}
    </Card>
  );
}
