import { useMemo, useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { ColleagueSelect } from '../../../components/colleague-select';
import { Panel } from '../../../components/panel';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { EmptyState } from '../../../components/empty-state';
import { useCohort } from '../api/get-cohort';
import { useCohortSummary } from '../api/get-cohort-summary';
import { useCohortParticipants } from '../api/get-cohort-participants';
import { useCohortSeries } from '../api/get-cohort-series';
import { useEnrolParticipant } from '../api/enrol-participant';
import { useWithdrawParticipant } from '../api/withdraw-participant';
import { CohortHeader } from '../components/cohort-header';
import { CohortProgress } from '../components/cohort-progress';
import { CohortSeries } from '../components/cohort-series';
import { HabitHeatmap } from '../components/habit-heatmap';
import { ParticipantsTable } from '../components/participants-table';
import { EnrolMany } from '../components/enrol-many';
import { NextStepsCard } from '../../../components/next-steps-card';
import { cohortNextSteps } from '../components/cohort-next-steps';
import { useAsOf } from '../../../lib/as-of';

const route = getRouteApi('/signed-in/cohorts/$cohortId');

/** The route's screen: the cohort named in the address, as of the day the address says. */
export function CohortRoute() {
  const { cohortId } = route.useParams();
  const asOf = useAsOf();
  return <CohortScreen cohortId={cohortId} asOf={asOf.instant} />;
}

/** One cohort: what it is, how it progresses (now and week by week), and who takes part. */
export function CohortScreen({ cohortId, asOf }: { cohortId: string; asOf: string | undefined }) {
  const cohort = useCohort(cohortId);
  const progress = useCohortSummary(cohortId, asOf);
  const series = useCohortSeries(cohortId, asOf);
  const participantsProgress = useCohortParticipants(cohortId, asOf);
  const enrol = useEnrolParticipant(cohortId);
  const withdraw = useWithdrawParticipant(cohortId);
  const [personId, setPersonId] = useState<string | null>(null);
  const enrolled = useMemo(() => cohort.data?.participants.map((p) => p.personId) ?? [], [cohort.data]);
  const participantsPanel = (c: NonNullable<typeof cohort.data>) => (
    <Panel
      title="Participants"
      actions={
        <Group gap="xs">
          <ColleagueSelect
            label="Person to enrol"
            hiddenLabel
            placeholder="Find a person to enrol"
            exclude={enrolled}
            value={personId}
            onChange={setPersonId}
            w={260}
          />
          <Button
            disabled={!personId}
            loading={enrol.isPending}
            onClick={() => personId && enrol.mutate(personId, { onSuccess: () => setPersonId(null) })}
          >
            Enrol
          </Button>
        </Group>
      }
    >
      <Stack gap="sm">
        {enrol.error ? <ProblemAlert error={enrol.error} what="Enrolment" /> : null}
        {withdraw.error ? <ProblemAlert error={withdraw.error} what="Withdrawal" /> : null}
        {c.participants.length === 0 ? (
          <EmptyState title="Nobody enrolled yet">Find a person above and enrol them, or paste their e-mail addresses.</EmptyState>
        ) : (
          <ParticipantsTable
            participants={c.participants}
            onWithdraw={(id) => withdraw.mutate(id)}
            withdrawing={withdraw.isPending ? (withdraw.variables ?? null) : null}
          />
        )}
        <EnrolMany cohortId={cohortId} />
      </Stack>
    </Panel>
  );
  const nobody = <EmptyState title="Nobody enrolled yet">Enrol people under Participants, above.</EmptyState>;
  return (
    <QueryState query={cohort} what="Cohort">
      {(c) => (
        <Stack gap="lg">
          <div style={{ order: -2 }}>
            <CohortHeader cohort={c} asOf={asOf} />
            {progress.data && c.participants.length > 0 ? (
              <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
                <NextStepsCard steps={cohortNextSteps(progress.data)} />
              </div>
            ) : null}
          </div>
          {/* A new, empty cohort starts with who takes part: the enrolment box comes first (moved by order, so it keeps its state). */}
          <div style={{ order: c.participants.length === 0 ? -1 : 1 }}>{participantsPanel(c)}</div>
          <Panel title="Progress" description="Medians at the cohort's start and as of the chosen day">
            <QueryState query={progress} what="Cohort progress">
              {(p) => <CohortProgress progress={p} />}
            </QueryState>
          </Panel>
          <Panel title="Week by week" description="The median participant and the middle half of the cohort, each week since the start">
            <QueryState
              query={series}
              what="Weekly series"
              isEmpty={(s) => s.points.length === 0 || c.participants.length === 0}
              empty={nobody}
            >
              {(s) => <CohortSeries series={s} />}
            </QueryState>
          </Panel>
          <Panel title="Habit heatmap" description="Each participant's habit scores now">
            <QueryState query={participantsProgress} what="Habit heatmap" isEmpty={(p) => p.items.length === 0} empty={nobody}>
              {(p) => <HabitHeatmap progress={p} />}
            </QueryState>
          </Panel>
        </Stack>
      )}
    </QueryState>
  );
}
