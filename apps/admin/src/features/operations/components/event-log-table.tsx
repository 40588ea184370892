import { Badge, Code, Table, Text } from '@mantine/core';
import { formatDateTime } from '../../../lib/format';
import type { LoggedEvent } from '../api/list-events';

export function EventLogTable({ events }: { events: readonly LoggedEvent[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing={6} striped aria-label="Event log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Position</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Stream</Table.Th>
            <Table.Th>Occurred</Table.Th>
            <Table.Th>Recorded</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.eventId}>
              <Table.Td><Text size="sm" ff="monospace">{event.globalPosition}</Text></Table.Td>
              <Table.Td>
                <Badge variant="light" radius="sm" tt="none">{event.type} v{event.schemaVersion}</Badge>
              </Table.Td>
              <Table.Td><Code>{event.streamId}</Code></Table.Td>
              <Table.Td><Text size="sm">{formatDateTime(event.occurredAt)}</Text></Table.Td>
              <Table.Td><Text size="sm">{formatDateTime(event.recordedAt)}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
