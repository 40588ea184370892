import type { CohortMetricKey } from '@rapport/contracts';
import { Chart } from '../../../components/charts/chart';
import type { CohortParticipantsProgress } from '../api/cohort-participants-schema';

const habits: Partial<Record<CohortMetricKey, string>> = {
  feltHeard: 'Felt heard',
  targets: 'Targets',
  theirOffice: 'Their office',
  value: 'Value given',
  probing: 'Probing',
  thankYou: 'Thank-you',
};

/** Every participant × every habit, coloured by the current score (0–100; blank = not enough data). */
export function HabitHeatmap({ progress }: { progress: CohortParticipantsProgress }) {
  const people = progress.items.map((p) => p.displayName);
  const keys = Object.entries(habits) as [CohortMetricKey, string][];
  const cells = progress.items.flatMap((p, row) =>
    keys.map(([key], column) => [column, row, p.metrics[key]?.current ?? '-'] as [number, number, number | string]),
  );
  return (
    <Chart
      label={`Habit heatmap of ${people.length} participants`}
      height={80 + people.length * 26}
      option={{
        grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
        tooltip: { position: 'top' },
        xAxis: { type: 'category', data: keys.map(([, label]) => label), splitArea: { show: true } },
        yAxis: { type: 'category', data: people, inverse: true, splitArea: { show: true } },
        visualMap: {
          min: 0,
          max: 100,
          calculable: false,
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          inRange: { color: ['#f1f3f5', '#91a7ff', '#364fc7'] },
        },
        series: [{ type: 'heatmap', data: cells, label: { show: true, fontSize: 10 } }],
      }}
    />
  );
}
