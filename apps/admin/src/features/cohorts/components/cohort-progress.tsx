import { Grid, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { BaselineVsNowChart } from '../../../components/charts/baseline-vs-now-chart';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { CohortProgressView } from '../api/cohort-summary-schema';

const shown = (value: number | null, digits = 1) => (value === null ? '—' : formatNumber(value, digits));

/** Baseline vs now for every metric and habit, and the cohort's own internal network. */
export function CohortProgress({ progress }: { progress: CohortProgressView }) {
  const network = progress.metrics.filter((m) => m.kind === 'network');
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <BaselineVsNowChart rows={network.map((m) => ({ label: m.label, baseline: m.baseline.median, now: m.current.median }))} />
        <SimpleGrid cols={3} spacing="sm" mt="sm">
          <Figure label="Ties inside the cohort" value={`${progress.baselineNetwork.ties} → ${progress.internalNetwork.ties}`} />
          <Figure label="Density" value={`${progress.baselineNetwork.density === null ? '—' : formatPercent(progress.baselineNetwork.density)} → ${progress.internalNetwork.density === null ? '—' : formatPercent(progress.internalNetwork.density)}`} />
          <Figure label="Mean strength" value={`${shown(progress.baselineNetwork.meanStrength)} → ${shown(progress.internalNetwork.meanStrength)}`} />
        </SimpleGrid>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Table verticalSpacing={4} aria-label="Progress by metric">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Metric</Table.Th>
              <Table.Th ta="right">Start</Table.Th>
              <Table.Th ta="right">Now</Table.Th>
              <Table.Th ta="right">Improved</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {progress.metrics.map((m) => (
              <Table.Tr key={m.metric}>
                <Table.Td><Text size="sm">{m.label}</Text></Table.Td>
                <Table.Td ta="right">{shown(m.baseline.median)}</Table.Td>
                <Table.Td ta="right">{shown(m.current.median)}</Table.Td>
                <Table.Td ta="right">{m.compared ? `${m.improved} of ${m.compared}` : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Grid.Col>
    </Grid>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fw={600}>{value}</Text>
    </Paper>
  );
}
