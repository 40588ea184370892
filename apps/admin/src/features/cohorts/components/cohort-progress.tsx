import { Grid, Paper, SimpleGrid, Text } from '@mantine/core';
import { metricScaleOf } from '@rapport/contracts';
import { BaselineVsNowChart } from '../../../components/charts/baseline-vs-now-chart';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { CohortProgressView } from '../api/cohort-summary-schema';
import { MetricProgressTable } from './metric-progress-table';

const shown = (value: number | null, digits = 1) => (value === null ? '—' : formatNumber(value, digits));

/** Baseline vs now for every metric, habit and structural figure, and the cohort's own internal network. */
export function CohortProgress({ progress }: { progress: CohortProgressView }) {
  const network = progress.metrics.filter((m) => m.kind === 'network');
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <BaselineVsNowChart
          rows={network.map((m) => ({
            label: m.label,
            scale: metricScaleOf[m.metric],
            baseline: m.baseline.median,
            now: m.current.median,
          }))}
        />
        <SimpleGrid cols={3} spacing="sm" mt="sm">
          <Figure label="Ties inside the cohort" value={`${progress.baselineNetwork.ties} → ${progress.internalNetwork.ties}`} />
          <Figure
            label="Density"
            value={`${progress.baselineNetwork.density === null ? '—' : formatPercent(progress.baselineNetwork.density)} → ${progress.internalNetwork.density === null ? '—' : formatPercent(progress.internalNetwork.density)}`}
          />
          <Figure
            label="Mean strength"
            value={`${shown(progress.baselineNetwork.meanStrength)} → ${shown(progress.internalNetwork.meanStrength)}`}
          />
        </SimpleGrid>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <MetricProgressTable metrics={progress.metrics} />
      </Grid.Col>
    </Grid>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Paper>
  );
}
