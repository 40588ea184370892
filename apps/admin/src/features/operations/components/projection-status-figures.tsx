import { SimpleGrid, Paper, Text } from '@mantine/core';
import type { ProjectionStatusView } from '../api/get-projection-status';

const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();

/** Every scalar figure of the projection status, as a labelled tile. */
export function ProjectionStatusFigures({ status }: { status: ProjectionStatusView }) {
  const figures = Object.entries(status).filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value) || value === null);
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      {figures.map(([key, value]) => (
        <Paper key={key} withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{words(key)}</Text>
          <Text fw={600}>{value === null ? '—' : String(value)}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
