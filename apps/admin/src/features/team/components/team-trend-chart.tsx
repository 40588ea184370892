import { Text } from '@mantine/core';
import type { CohortMetricKey } from '@rapport/contracts';
import { Chart } from '../../../components/charts/chart';
import type { TeamDashboardView } from '../api/team-dashboard-schema';

type Trend = Extract<TeamDashboardView['trend'], { suppressed: false }>['value'];

const shownMetrics: Partial<Record<CohortMetricKey, string>> = {
  size: 'Network size',
  strongTies: 'Strong ties',
  crossDepartmentTies: 'Across departments',
};

/** Weekly medians over the subtree; a week where fewer than k people have a value is withheld (a gap, said in words). */
export function TeamTrendChart({ trend, k }: { trend: Trend; k: number }) {
  const metrics = Object.entries(shownMetrics) as [CohortMetricKey, string][];
  const withheld = metrics.filter(([metric]) => trend.some((point) => (point.metrics[metric] ?? null) === null)).map(([, name]) => name);
  return (
    <>
      <Chart
        label="Weekly trend of the team's median network size, strong ties and ties across departments"
        height={240}
        option={{
          grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
          legend: { top: 0 },
          // Every line is a median count of ties: one scale, named on the axis.
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: trend.map((point) => point.at.slice(0, 10)) },
          yAxis: { type: 'value', min: 0, name: 'ties per person', nameTextStyle: { align: 'left' } },
          series: metrics.map(([metric, name]) => ({
            type: 'line',
            name,
            smooth: true,
            data: trend.map((point) => point.metrics[metric] ?? null),
          })),
        }}
      />
      {withheld.length > 0 ? (
        <Text size="xs" c="dimmed" mt={4}>
          Gaps in {withheld.join(', ')}: weeks where fewer than {k} people had a value, so that median is suppressed.
        </Text>
      ) : null}
    </>
  );
}
