import { Anchor, Badge, Table, Text } from '@mantine/core';
import { formatDate } from '../../../lib/format';
import type { CohortSummary } from '../api/cohort-schemas';

export function CohortTable({ cohorts, onOpen }: { cohorts: readonly CohortSummary[]; onOpen: (cohortId: string) => void }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover aria-label="Cohorts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Cohort</Table.Th>
            <Table.Th>Programme</Table.Th>
            <Table.Th>Runs</Table.Th>
            <Table.Th ta="right">Participants</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cohorts.map((cohort) => (
            <Table.Tr key={cohort.cohortId}>
              <Table.Td>
                <Anchor component="button" type="button" fw={500} size="sm" onClick={() => onOpen(cohort.cohortId)}>
                  {cohort.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" radius="sm" tt="none">
                  {cohort.programName}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {formatDate(cohort.startsOn)} – {formatDate(cohort.endsOn)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{cohort.participantCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
