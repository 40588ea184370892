import { useMemo, useState } from 'react';
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { ColleagueSelect } from '../../../components/colleague-select';
import { Panel } from '../../../components/panel';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { EmptyState } from '../../../components/empty-state';
import { formatDate } from '../../../lib/format';
import { useCohort } from '../api/get-cohort';
import { useCohortSummary } from '../api/get-cohort-summary';
import { CohortProgress } from '../components/cohort-progress';
import { useCohortParticipants } from '../api/get-cohort-participants';
import { useExportCohortReport, type ReportFormat } from '../api/export-cohort-report';
import { HabitHeatmap } from '../components/habit-heatmap';
import { useEnrolParticipant } from '../api/enrol-participant';
import { useWithdrawParticipant } from '../api/withdraw-participant';
import { ParticipantsTable } from '../components/participants-table';

/** One cohort: its participants, enrolling and withdrawing them. */
export function CohortScreen({ cohortId, asOf }: { cohortId: string; asOf: string | undefined }) {
  const cohort = useCohort(cohortId);
  const progress = useCohortSummary(cohortId, asOf);
  const participantsProgress = useCohortParticipants(cohortId, asOf);
  const exporting = useExportCohortReport(cohortId, asOf);
  const enrol = useEnrolParticipant(cohortId);
  const withdraw = useWithdrawParticipant(cohortId);
  const [personId, setPersonId] = useState<string | null>(null);
  const enrolled = useMemo(() => cohort.data?.participants.map((p) => p.personId) ?? [], [cohort.data]);
  return (
    <QueryState query={cohort} what="Cohort">
      {(c) => (
        <Stack gap="lg">
          <div>
            <Title order={2}>{c.name}</Title>
            <Group gap="xs" mt={4}>
              <Badge variant="light" tt="none">{c.programName}</Badge>
              <Text size="sm" c="dimmed">{formatDate(c.startsOn)} – {formatDate(c.endsOn)} · {c.participants.length} participants</Text>
            </Group>
          </div>
          <Group gap="xs">
            {(['csv', 'xlsx', 'pdf'] as ReportFormat[]).map((format) => (
              <Button key={format} variant="light" size="xs" loading={exporting.isPending && exporting.variables === format} onClick={() => exporting.mutate(format)}>
                Export {format.toUpperCase()}
              </Button>
            ))}
          </Group>
          {exporting.error ? <ProblemAlert error={exporting.error} what="The report" /> : null}
          <Panel title="Progress" description="Medians at the cohort's start and as of the chosen day">
            <QueryState query={progress} what="Cohort progress">
              {(p) => <CohortProgress progress={p} />}
            </QueryState>
          </Panel>
          <Panel title="Habit heatmap" description="Each participant's habit scores now">
            <QueryState query={participantsProgress} what="Habit heatmap" isEmpty={(p) => p.items.length === 0} empty={<EmptyState title="Nobody enrolled yet" />}>
              {(p) => <HabitHeatmap progress={p} />}
            </QueryState>
          </Panel>
          <Panel
            title="Participants"
            actions={
              <Group gap="xs">
                <ColleagueSelect label="Person to enrol" hiddenLabel placeholder="Find a person to enrol" exclude={enrolled} value={personId} onChange={setPersonId} w={260} />
                <Button disabled={!personId} loading={enrol.isPending} onClick={() => personId && enrol.mutate(personId, { onSuccess: () => setPersonId(null) })}>Enrol</Button>
              </Group>
            }
          >
            <Stack gap="sm">
              {enrol.error ? <ProblemAlert error={enrol.error} what="Enrolment" /> : null}
              {withdraw.error ? <ProblemAlert error={withdraw.error} what="Withdrawal" /> : null}
              {c.participants.length === 0 ? (
                <EmptyState title="Nobody enrolled yet">Find a person above and enrol them.</EmptyState>
              ) : (
                <ParticipantsTable participants={c.participants} onWithdraw={(id) => withdraw.mutate(id)} withdrawing={withdraw.isPending ? (withdraw.variables ?? null) : null} />
              )}
            </Stack>
          </Panel>
        </Stack>
      )}
    </QueryState>
  );
}
