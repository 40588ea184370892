import { Fragment, useState } from 'react';
import { ActionIcon, Anchor, Badge, Code, SimpleGrid, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { formatDateTime } from '../../../lib/format';
import type { LoggedEvent } from '../api/list-events';

/** The log, one row per event; a row opens to what the event recorded (private notes arrive withheld). */
export function EventLogTable({ events, onStream }: { events: readonly LoggedEvent[]; onStream: (streamId: string) => void }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (eventId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(eventId)) next.add(eventId);
      return next;
    });
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} aria-label="Event log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36} />
            <Table.Th>Position</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Stream</Table.Th>
            <Table.Th>Occurred</Table.Th>
            <Table.Th>Recorded</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const expanded = open.has(event.eventId);
            return (
              <Fragment key={event.eventId}>
                <Table.Tr>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      aria-expanded={expanded}
                      aria-label={`${expanded ? 'Hide' : 'Show'} event ${event.globalPosition}`}
                      onClick={() => toggle(event.eventId)}
                    >
                      {expanded ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {event.globalPosition}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" radius="sm" tt="none">
                      {event.type} v{event.schemaVersion}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
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
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(event.occurredAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(event.recordedAt)}</Text>
                  </Table.Td>
                </Table.Tr>
                {expanded ? (
                  <Table.Tr>
                    <Table.Td />
                    <Table.Td colSpan={5}>
                      <EventDetails event={event} />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
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
