import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { useTeamDashboard } from '../api/get-team-dashboard';

/** Manager dashboard: aggregates over the reporting subtree (never individual pairs). */
export function TeamDashboardScreen({ managerId, asOf }: { managerId: string; asOf: string | undefined }) {
  const dashboard = useTeamDashboard(managerId, asOf);
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>My team</Title>
        <Text c="dimmed">Aggregates over everyone who reports to you, directly or not. Figures over fewer than five people are suppressed.</Text>
      </div>
      <Panel title="Team aggregates">
        <QueryState query={dashboard} what="Team dashboard" isEmpty={(d) => Object.keys(d).length === 0}>
          {(d) => (
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
              {Object.entries(d)
                .filter(([, v]) => typeof v === 'number' || typeof v === 'string')
                .map(([key, value]) => (
                  <Paper key={key} withBorder p="sm" radius="md">
                    <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{key}</Text>
                    <Text fw={600}>{String(value)}</Text>
                  </Paper>
                ))}
            </SimpleGrid>
          )}
        </QueryState>
      </Panel>
    </Stack>
  );
}
