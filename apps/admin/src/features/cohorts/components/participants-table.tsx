import { useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
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
  const [asking, setAsking] = useState<CohortMember | null>(null);
  const close = () => setAsking(null);
  return (
    <>
      <Modal opened={asking !== null} onClose={close} title={`Withdraw ${asking?.displayName ?? ''} from this cohort?`} centered>
        <Stack gap="sm">
          <Text size="sm">
            They stay registered, and their own figures stay as they are; the cohort's figures leave them out from now on. You can enrol
            them again at any time.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep {asking?.displayName}
            </Button>
            <Button color="red" onClick={() => (asking && onWithdraw(asking.personId), close())}>
              Withdraw {asking?.displayName}
            </Button>
          </Group>
        </Stack>
      </Modal>
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
                  onClick={() => setAsking(p)}
                  aria-label={`Withdraw ${p.displayName}`}
                >
                  Withdraw
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
