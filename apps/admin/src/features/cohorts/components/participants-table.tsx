import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DataTable, labelColumn, textColumn, type Column } from '../../../components/data-table';
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
  const columns: Column<CohortMember>[] = [
    {
      header: 'Participant',
      cell: (p) => (
        <Text size="sm" fw={500}>
          {p.displayName}
        </Text>
      ),
    },
    labelColumn('Department', (p) => p.department),
    textColumn('Enrolled', (p) => formatDate(p.enrolledAt)),
    {
      align: 'right',
      cell: (p) => (
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
      ),
    },
  ];
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
      <DataTable label="Participants" rows={participants} rowKey={(p) => p.personId} columns={columns} />
    </>
  );
}
