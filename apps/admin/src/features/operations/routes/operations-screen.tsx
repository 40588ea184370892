import { useState } from 'react';
import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { eventCatalogue } from '@rapport/contracts';
import { Panel } from '../../../components/panel';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { EmptyState } from '../../../components/empty-state';
import { useEvents } from '../api/list-events';
import { useProjectionStatus } from '../api/get-projection-status';
import { useRebuildProjections } from '../api/rebuild-projections';
import { EventLogTable } from '../components/event-log-table';
import { ProjectionStatusFigures } from '../components/projection-status-figures';

const eventTypes = Object.keys(eventCatalogue).sort();

/** Operations (admin): projection status and lag, rebuild with live progress, and the event log. */
export function OperationsScreen() {
  const status = useProjectionStatus();
  const rebuild = useRebuildProjections();
  const [type, setType] = useState<string | null>(null);
  const events = useEvents(type ? { type } : {});
  const running = status.data?.rebuild?.state === 'running' || status.data?.rebuild?.state === 'requested';
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Operations</Title>
        <Text c="dimmed">How far the read models are behind the event store, and what was recorded.</Text>
      </div>
      <Panel
        title="Projections"
        description="Lag, last event applied and rebuild progress (refreshes by itself)"
        actions={
          <Button leftSection={<IconRefresh size={16} />} variant="light" loading={rebuild.isPending} disabled={running} onClick={() => rebuild.mutate('requested from the admin app')}>
            Rebuild read models
          </Button>
        }
      >
        <Stack gap="sm">
          {rebuild.error ? <ProblemAlert error={rebuild.error} what="The rebuild request" /> : null}
          <QueryState query={status} what="Projection status">
            {(s) => <ProjectionStatusFigures status={s} />}
          </QueryState>
        </Stack>
      </Panel>
      <Panel
        title="Event log"
        description="Every event in the order it was recorded (private notes withheld)"
        actions={<Select aria-label="Event type" placeholder="All event types" data={eventTypes} value={type} onChange={setType} clearable searchable w={240} />}
      >
        <QueryState query={events} what="Events" isEmpty={(data) => data.pages.every((page) => page.items.length === 0)} empty={<EmptyState title="No events of this kind yet" />}>
          {(data) => (
            <Stack gap="sm">
              <EventLogTable events={data.pages.flatMap((page) => page.items)} />
              {events.hasNextPage ? (
                <Group justify="center">
                  <Button variant="subtle" loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
                    Load more events
                  </Button>
                </Group>
              ) : null}
            </Stack>
          )}
        </QueryState>
      </Panel>
    </Stack>
  );
}
