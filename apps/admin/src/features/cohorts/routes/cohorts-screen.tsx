import { Grid, Stack, Text, Title } from '@mantine/core';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { EmptyState } from '../../../components/empty-state';
import { useCohorts } from '../api/list-cohorts';
import { CohortTable } from '../components/cohort-table';
import { CreateCohortForm } from '../components/create-cohort-form';
import { usePageTitle } from '../../../lib/page-title';

/** Cohorts (admin): every cohort of every programme, and a form to start a new one. */
export function CohortsScreen({ onOpen }: { onOpen: (cohortId: string) => void }) {
  usePageTitle('Cohorts');
  const cohorts = useCohorts();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          Cohorts
        </Title>
        <Text c="dimmed">Leadership programme cohorts: who takes part, and how their networks grow.</Text>
      </div>
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
