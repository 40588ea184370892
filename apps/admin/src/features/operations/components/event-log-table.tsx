import { Anchor, Code, SimpleGrid, Text } from '@mantine/core';
import { DataTable, DetailsRow, OpenRowButton, labelColumn, textColumn, useOpenRows, type Column } from '../../../components/data-table';
import { formatDateTime } from '../../../lib/format';
import type { LoggedEvent } from '../api/list-events';

/** The log, one row per event; a row opens to what the event recorded (private notes arrive withheld). */
export function EventLogTable({ events, onStream }: { events: readonly LoggedEvent[]; onStream: (streamId: string) => void }) {
  const { isOpen, toggle } = useOpenRows();
  const columns: Column<LoggedEvent>[] = [
    {
      width: 36,
      cell: (event) => (
        <OpenRowButton
          small
          open={isOpen(event.eventId)}
          label={`${isOpen(event.eventId) ? 'Hide' : 'Show'} event ${event.globalPosition}`}
          onToggle={() => toggle(event.eventId)}
        />
      ),
    },
    {
      header: 'Position',
      cell: (event) => (
        <Text size="sm" ff="monospace">
          {event.globalPosition}
        </Text>
      ),
    },
    labelColumn('Type', (event) => `${event.type} v${event.schemaVersion}`),
    {
      header: 'Stream',
      cell: (event) => (
        <Anchor
          component="button"
          type="button"
          size="sm"
          ff="monospace"
          title="Show only this stream"
          onClick={() => onStream(event.streamId)}
        >
          {event.streamId}
        </Anchor>
      ),
    },
    textColumn('Occurred', (event) => formatDateTime(event.occurredAt)),
    textColumn('Recorded', (event) => formatDateTime(event.recordedAt)),
  ];
  return (
    <DataTable
      label="Event log"
      rows={events}
      rowKey={(event) => event.eventId}
      columns={columns}
      minWidth={760}
      verticalSpacing={6}
      after={(event) =>
        isOpen(event.eventId) ? (
          <DetailsRow columns={columns.length}>
            <EventDetails event={event} />
          </DetailsRow>
        ) : null
      }
    />
  );
}

function EventDetails({ event }: { event: LoggedEvent }) {
  return (
    <div aria-label={`Event ${event.globalPosition}`}>
      <SimpleGrid cols={{ base: 1, md: 4 }} spacing="xs" mb="xs">
        <Detail label="Event id" value={event.eventId} />
        <Detail label="Stream version" value={String(event.streamVersion)} />
        <Detail label="Recorded by" value={event.actorId} />
        <Detail label="Correlation" value={event.correlationId} />
      </SimpleGrid>
      <Code block>{JSON.stringify(event.data, null, 2)}</Code>
    </div>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {value}
      </Text>
    </div>
  );
}
