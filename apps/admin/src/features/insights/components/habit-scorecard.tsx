import { Chart } from '../../../components/charts/chart';
import type { HabitScorecardView } from '../api/get-scorecard';

const habitLabels: Record<string, string> = {
  feltHeard: 'People felt heard',
  targets: 'Networking targets reached',
  theirOffice: 'Meets on their ground',
  value: 'Adds value',
  probing: 'Asks and listens',
  thankYou: 'Says thank you',
};

/** The habit scorecard as one horizontal bar per habit (0–100; "not enough data" when null). */
export function HabitScorecard({ scorecard }: { scorecard: HabitScorecardView }) {
  const habits = Object.entries(scorecard.habits);
  const labels = habits.map(([key]) => habitLabels[key] ?? key);
  const scores = habits.map(([, habit]) => habit.score ?? null);
  return (
    <Chart
      label={`Habit scores: ${habits.map(([, h], i) => `${labels[i]} ${h.score ?? 'not enough data'}`).join(', ')}`}
      height={40 + habits.length * 34}
      option={{
        grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'value', min: 0, max: 100 },
        yAxis: { type: 'category', data: labels, inverse: true },
        series: [
          {
            type: 'bar',
            data: scores.map((score) => score ?? 0),
            itemStyle: { color: '#4c6ef5', borderRadius: [0, 4, 4, 0] },
            label: {
              show: true,
              position: 'right',
              formatter: (p: { dataIndex: number }) => (scores[p.dataIndex] === null ? '—' : String(scores[p.dataIndex])),
            },
            barWidth: 14,
          },
        ],
      }}
    />
  );
}
