import { Stack, Title, Text } from '@mantine/core';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { EmptyState } from '../../../components/empty-state';
import { useEvents } from '../api/list-events';
import { useProjectionStatus } from '../api/get-projection-status';
import { EventLogTable } from '../components/event-log-table';
import { ProjectionStatusFigures } from '../components/projection-status-figures';

/** Operations (admin): projection status and the event log. */
export function OperationsScreen() {
  const status = useProjectionStatus();
  const events = useEvents({});
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Operations</Title>
        <Text c="dimmed">How far the read models are behind the event store, and what was recorded.</Text>
      </div>
      <Panel title="Projections" description="Lag, last event applied and rebuild progress">
        <QueryState query={status} what="Projection status" isEmpty={(s) => Object.keys(s).length === 0}>
          {(s) => <ProjectionStatusFigures status={s} />}
        </QueryState>
      </Panel>
      <Panel title="Event log" description="The most recent events, newest first">
        <QueryState query={events} what="Events" isEmpty={(page) => page.items.length === 0} empty={<EmptyState title="No events recorded yet" />}>
          {(page) => <EventLogTable events={page.items} />}
        </QueryState>
      </Panel>
    </Stack>
  );
}
