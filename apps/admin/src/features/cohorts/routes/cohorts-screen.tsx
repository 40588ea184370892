import { Grid, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { EmptyState } from '../../../components/empty-state';
import { ScreenTitle } from '../../../components/screen-title';
import { useCohorts } from '../api/list-cohorts';
import { CohortTable } from '../components/cohort-table';
import { CreateCohortForm } from '../components/create-cohort-form';
import { usePageTitle } from '../../../lib/page-title';

/** Cohorts (admin): every cohort of every programme, and a form to start a new one. */
export function CohortsScreen() {
  usePageTitle('Cohorts');
  const navigate = useNavigate();
  const onOpen = (cohortId: string) => void navigate({ to: '/cohorts/$cohortId', params: { cohortId } });
  const cohorts = useCohorts();
  return (
    <Stack gap="lg">
      <ScreenTitle title="Cohorts">Leadership programme cohorts: who takes part, and how their networks grow.</ScreenTitle>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Panel title="All cohorts">
            <QueryState
              query={cohorts}
              what="Cohorts"
              isEmpty={(page) => page.items.length === 0}
              empty={<EmptyState title="No cohorts yet">Create the first one with the form beside.</EmptyState>}
            >
              {(page) => <CohortTable cohorts={page.items} onOpen={onOpen} />}
            </QueryState>
          </Panel>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Panel title="New cohort">
            <QueryState query={cohorts} what="Cohorts">
              {() => <CreateCohortForm onCreated={onOpen} />}
            </QueryState>
          </Panel>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
