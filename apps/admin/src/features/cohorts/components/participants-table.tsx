import { Badge, Button, Table, Text } from '@mantine/core';
import { formatDate } from '../../../lib/format';
import type { CohortMember } from '../api/cohort-schemas';

export function ParticipantsTable({
  participants,
  onWithdraw,
  withdrawing,
}: {
  participants: readonly CohortMember[];
  onWithdraw: (personId: string) => void;
  withdrawing: string | null;
}) {
  return (
    <Table verticalSpacing="xs" aria-label="Participants">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Participant</Table.Th>
          <Table.Th>Department</Table.Th>
          <Table.Th>Enrolled</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {participants.map((p) => (
          <Table.Tr key={p.personId}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {p.displayName}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" radius="sm" tt="none">
                {p.department}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{formatDate(p.enrolledAt)}</Text>
            </Table.Td>
            <Table.Td ta="right">
              <Button
                size="xs"
                variant="subtle"
                color="red"
                loading={withdrawing === p.personId}
                onClick={() => onWithdraw(p.personId)}
                aria-label={`Withdraw ${p.displayName}`}
              >
                Withdraw
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
