import { Alert, Badge, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../../../lib/format';
import type { ProjectionStatusView } from '../api/get-projection-status';
import { Figure } from '../../../components/figure';

const stateColours = { requested: 'blue', running: 'blue', switched: 'teal', failed: 'red' } as const;

/** Projection lag, the last projected event and the latest rebuild with its progress. */
export function ProjectionStatusFigures({ status }: { status: ProjectionStatusView }) {
  const behind = Math.max(0, status.lag.eventsInStore - status.lag.eventsProjected);
  const rebuild = status.rebuild;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Figure label="Events in the store" value={status.lag.eventsInStore.toLocaleString('en-GB')} />
        <Figure
          label="Events projected"
          value={status.lag.eventsProjected.toLocaleString('en-GB')}
          hint={behind === 0 ? 'up to date' : `${behind} behind`}
        />
        <Figure
          label="Waiting to be published"
          value={String(status.lag.outboxPending)}
          hint={status.lag.consumerLag === null ? 'in-process transport' : `consumer lag ${status.lag.consumerLag}`}
        />
        <Figure
          label="Last projected"
          value={formatDateTime(status.lastProjected?.projectedAt)}
          hint={`read models v${status.liveVersion} (code v${status.codeVersion})`}
        />
      </SimpleGrid>
      {rebuild ? (
        <Paper withBorder radius="md" p="sm" aria-label="Latest rebuild">
          <Group justify="space-between" mb={6}>
            <Group gap="xs">
              <Text fw={600} size="sm">
                Rebuild to v{rebuild.projectionVersion}
              </Text>
              <Badge color={stateColours[rebuild.state]} variant="light">
                {rebuild.state}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {rebuild.processed.toLocaleString('en-GB')} of {rebuild.total.toLocaleString('en-GB')} events · {rebuild.reason}
            </Text>
          </Group>
          <Progress
            value={rebuild.percent}
            animated={rebuild.state === 'running'}
            size="lg"
            aria-label={`Rebuild ${Math.round(rebuild.percent)}% done`}
          />
          <Text size="xs" c="dimmed" mt={4}>
            Requested {formatDateTime(rebuild.requestedAt)}
            {rebuild.finishedAt ? ` · finished ${formatDateTime(rebuild.finishedAt)}` : ''}
          </Text>
          {rebuild.error ? (
            <Alert color="red" mt="xs" title="The rebuild failed">
              {rebuild.error}
            </Alert>
          ) : null}
        </Paper>
      ) : null}
    </Stack>
  );
}
