import { Button, Stack } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { Panel } from '../../../components/panel';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { ScreenTitle } from '../../../components/screen-title';
import { useProjectionStatus } from '../api/get-projection-status';
import { useRebuildProjections } from '../api/rebuild-projections';
import { EventLogPanel } from '../components/event-log-panel';
import { ProjectionStatusFigures } from '../components/projection-status-figures';
import { usePageTitle } from '../../../lib/page-title';

/** Operations (admin): projection status and lag, rebuild with live progress, and the event log. */
export function OperationsScreen() {
  usePageTitle('Operations');
  const status = useProjectionStatus();
  const rebuild = useRebuildProjections();
  const running = status.data?.rebuild?.state === 'running' || status.data?.rebuild?.state === 'requested';
  return (
    <Stack gap="lg">
      <ScreenTitle title="Operations">How far the read models are behind the event store, and what was recorded.</ScreenTitle>
      <Panel
        title="Projections"
        description="Lag, last event applied and rebuild progress (refreshes by itself)"
        actions={
          <Button
            leftSection={<IconRefresh size={16} />}
            variant="light"
            loading={rebuild.isPending}
            disabled={running}
            onClick={() => rebuild.mutate('requested from the admin app')}
          >
            Rebuild read models
          </Button>
        }
      >
        <Stack gap="sm">
          {rebuild.error ? <ProblemAlert error={rebuild.error} what="The rebuild request" /> : null}
          <QueryState query={status} what="Projection status">
            {(s) => <ProjectionStatusFigures status={s} />}
          </QueryState>
        </Stack>
      </Panel>
      <EventLogPanel />
    </Stack>
  );
}
