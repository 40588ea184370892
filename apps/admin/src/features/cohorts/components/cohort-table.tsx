import { Anchor } from '@mantine/core';
import { DataTable, labelColumn, textColumn, type Column } from '../../../components/data-table';
import { formatDate } from '../../../lib/format';
import type { CohortSummary } from '../api/cohort-schemas';

export function CohortTable({ cohorts, onOpen }: { cohorts: readonly CohortSummary[]; onOpen: (cohortId: string) => void }) {
  const columns: Column<CohortSummary>[] = [
    {
      header: 'Cohort',
      cell: (cohort) => (
        <Anchor component="button" type="button" fw={500} size="sm" onClick={() => onOpen(cohort.cohortId)}>
          {cohort.name}
        </Anchor>
      ),
    },
    labelColumn('Programme', (cohort) => cohort.programName),
    textColumn('Runs', (cohort) => `${formatDate(cohort.startsOn)} – ${formatDate(cohort.endsOn)}`),
    { header: 'Participants', align: 'right', cell: (cohort) => cohort.participantCount },
  ];
  return (
    <DataTable label="Cohorts" rows={cohorts} rowKey={(cohort) => cohort.cohortId} columns={columns} minWidth={640} highlightOnHover />
  );
}
