import { useState } from 'react';
import { Select, Stack, Text } from '@mantine/core';
import { cohortMetricKeys, habitKeys, metricLabels, type CohortMetricKey } from '@rapport/contracts';
import { WeeklyDistributionChart } from '../../../components/charts/weekly-distribution-chart';
import type { CohortSeriesView } from '../api/get-cohort-series';

const choices = [
  {
    group: 'Network',
    items: cohortMetricKeys.filter((k) => !(habitKeys as readonly string[]).includes(k)).map((k) => ({ value: k, label: metricLabels[k] })),
  },
  { group: 'Habits', items: habitKeys.map((k) => ({ value: k, label: metricLabels[k] })) },
];
// Shares (diversity, coverage) read best with two decimals; counts and 0–100 scores with one.
const digitsOf = (metric: CohortMetricKey) => (metric === 'diversity' || metric === 'expertiseCoverage' ? 2 : 1);

/** The cohort week by week for one metric at a time: the median and the middle half of the participants. */
export function CohortSeries({ series }: { series: CohortSeriesView }) {
  const [metric, setMetric] = useState<CohortMetricKey>('size');
  const weeks = series.points.map((point) => ({
    at: point.at,
    ...(point.metrics[metric] ?? { n: 0, p25: null, median: null, p75: null }),
  }));
  const empty = weeks.filter((w) => w.median === null).length;
  return (
    <Stack gap="xs">
      <Select
        label="Metric"
        data={choices}
        value={metric}
        onChange={(value) => value && setMetric(value as CohortMetricKey)}
        allowDeselect={false}
        w={240}
        size="xs"
      />
      <WeeklyDistributionChart label={metricLabels[metric]} weeks={weeks} digits={digitsOf(metric)} />
      {empty > 0 ? (
        <Text size="xs" c="dimmed">
          {empty === weeks.length
            ? `Nobody in the cohort has a value for ${metricLabels[metric].toLowerCase()} yet.`
            : `${empty} of ${weeks.length} weeks without a value: nobody in the cohort had one then.`}
        </Text>
      ) : null}
    </Stack>
  );
}
