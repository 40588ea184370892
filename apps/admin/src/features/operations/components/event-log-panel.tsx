import { useState } from 'react';
import { Badge, Button, CloseButton, Group, Select, Stack, Text } from '@mantine/core';
import { eventCatalogue } from '@rapport/contracts';
import { Panel } from '../../../components/panel';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { EmptyState } from '../../../components/empty-state';
import { SegmentedChoice } from '../../../components/segmented-choice';
import { useEvents, type EventLogOrder, type EventLogPage } from '../api/list-events';
import { EventLogTable } from './event-log-table';

const eventTypes = Object.keys(eventCatalogue).sort();
const orders: Record<EventLogOrder, string> = { desc: 'Newest first', asc: 'Oldest first' };

/** The event log: newest first by default, a type or one stream at a time, older pages on demand. */
export function EventLogPanel() {
  const [type, setType] = useState<string | null>(null);
  const [streamId, setStreamId] = useState<string | null>(null);
  const [order, setOrder] = useState<EventLogOrder>('desc');
  const events = useEvents({ order, ...(type ? { type } : {}), ...(streamId ? { streamId } : {}) });
  const shown = events.data?.pages.reduce((n, page) => n + page.items.length, 0) ?? 0;
  const pages = (data: { pages: readonly EventLogPage[] }) => (
    <Stack gap="sm">
      <EventLogTable events={data.pages.flatMap((page) => page.items)} onStream={setStreamId} />
      {events.isFetchNextPageError ? (
        <ProblemAlert error={events.error} what="Older events" onRetry={() => void events.fetchNextPage()} />
      ) : null}
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {shown.toLocaleString('en-GB')} events shown
          {events.hasNextPage ? '' : order === 'desc' ? ', back to the first' : ', up to the latest'}
        </Text>
        {events.hasNextPage ? (
          <Button variant="subtle" loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
            {order === 'desc' ? 'Load older events' : 'Load later events'}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
  return (
    <Panel
      title="Event log"
      description="Every event recorded (private notes withheld); open a row to see what it recorded, a stream to follow it"
      actions={
        <Group gap="sm" wrap="nowrap">
          <SegmentedChoice size="xs" aria-label="Order" choices={orders} value={order} onChange={setOrder} />
          <Select
            aria-label="Event type"
            placeholder="All event types"
            data={eventTypes}
            value={type}
            onChange={setType}
            clearable
            searchable
            w={240}
          />
        </Group>
      }
    >
      <Stack gap="sm">
        {streamId ? (
          <Group gap="xs">
            <Text size="sm">Only stream</Text>
            <Badge
              variant="outline"
              tt="none"
              rightSection={<CloseButton size="xs" aria-label="Show every stream" onClick={() => setStreamId(null)} />}
            >
              {streamId}
            </Badge>
          </Group>
        ) : null}
        {events.isFetchNextPageError && events.data ? (
          // A page further back failed: what was loaded stays, the problem is said under it.
          pages(events.data)
        ) : (
          <QueryState
            query={events}
            what="Events"
            isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
            empty={
              <EmptyState title={type || streamId ? 'No events of this kind yet' : 'No events yet'}>
                Events appear here as soon as they are recorded.
              </EmptyState>
            }
          >
            {pages}
          </QueryState>
        )}
      </Stack>
    </Panel>
  );
}
